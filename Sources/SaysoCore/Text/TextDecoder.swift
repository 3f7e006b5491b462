import Foundation

/// What decoding changed in a file, reported as warnings (`sayso info`) so that nothing happens silently.
public struct DecodeReport: Sendable, Equatable, Codable {
  public var byteOrderMarkRemoved = false
  public var convertedFromUTF16 = false
  /// Invalid UTF-8 sequences, each replaced by U+FFFD (one per maximal invalid subpart).
  public var invalidSequencesReplaced = 0
  public var crlfNormalised = 0
  public var crNormalised = 0

  public init() {}

  public var lineEndingsNormalised: Int { crlfNormalised + crNormalised }
}

/// Decodes raw file bytes into Sayso's normalised text: valid UTF-8, no BOM, `\n` line ends.
///
/// The normalised text never changes afterwards; every offset in Sayso points into it.
public enum TextDecoder {
  /// How far into a file NUL bytes mark it as binary.
  public static let binaryProbeLength = 8192

  public static func decode(_ input: [UInt8], path: String? = nil) throws -> ([UInt8], DecodeReport) {
    var report = DecodeReport()
    var bytes = input[...]
    if let utf16 = utf16ByteOrder(bytes) {
      report.convertedFromUTF16 = true
      report.byteOrderMarkRemoved = true
      bytes = decodeUTF16(bytes.dropFirst(2), bigEndian: utf16)[...]
    } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      report.byteOrderMarkRemoved = true
      bytes = bytes.dropFirst(3)
    }
    if containsNUL(bytes.prefix(binaryProbeLength)) { throw SaysoError.binary(path) }
    var valid = Array(bytes)
    if !ScalarIndex.allASCII(valid) && String(validating: valid, as: UTF8.self) == nil {
      valid = replaceInvalidSequences(valid, count: &report.invalidSequencesReplaced)
    }
    let hasCarriageReturn = valid.withUnsafeBytes { raw in
      raw.baseAddress.map { memchr($0, 0x0D, raw.count) != nil } ?? false
    }
    if hasCarriageReturn {
      valid = normaliseLineEnds(valid, report: &report)
    }
    return (valid, report)
  }

  private static func containsNUL(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBytes { $0.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
  }

  private static func utf16ByteOrder(_ bytes: ArraySlice<UInt8>) -> Bool? {
    if bytes.starts(with: [0xFF, 0xFE]) && !bytes.starts(with: [0xFF, 0xFE, 0, 0]) { return false }
    if bytes.starts(with: [0xFE, 0xFF]) { return true }
    return nil
  }

  private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var iterator = bytes.makeIterator()
    while let first = iterator.next() {
      let second = iterator.next() ?? 0
      units.append(bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first))
    }
    return Array(String(decoding: units, as: UTF16.self).utf8)
  }

  /// Copies valid sequences and writes one U+FFFD per maximal invalid subpart (the WHATWG policy).
  static func replaceInvalidSequences(_ input: [UInt8], count: inout Int) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(input.count + 16)
    let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
    let n = input.count
    var i = 0
    while i < n {
      let lead = input[i]
      if lead < 0x80 {
        output.append(lead)
        i += 1
        continue
      }
      let (length, low, high) = sequenceShape(lead)
      guard length > 1 else {
        output.append(contentsOf: replacement)
        count += 1
        i += 1
        continue
      }
      var consumed = 1
      while consumed < length, i + consumed < n {
        let byte = input[i + consumed]
        let inRange = consumed == 1 ? (byte >= low && byte <= high) : (byte & 0xC0 == 0x80)
        if !inRange { break }
        consumed += 1
      }
      if consumed == length {
        output.append(contentsOf: input[i..<(i + length)])
      } else {
        output.append(contentsOf: replacement)
        count += 1
      }
      i += consumed
    }
    return output
  }

  /// Sequence length and the allowed range of the second byte for a lead byte (length 1 = invalid lead).
  private static func sequenceShape(_ lead: UInt8) -> (Int, UInt8, UInt8) {
    switch lead {
    case 0xC2...0xDF: return (2, 0x80, 0xBF)
    case 0xE0: return (3, 0xA0, 0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80, 0xBF)
    case 0xED: return (3, 0x80, 0x9F)
    case 0xF0: return (4, 0x90, 0xBF)
    case 0xF1...0xF3: return (4, 0x80, 0xBF)
    case 0xF4: return (4, 0x80, 0x8F)
    default: return (1, 0, 0)
    }
  }

  private static func normaliseLineEnds(_ input: [UInt8], report: inout DecodeReport) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(input.count)
    var i = 0
    let n = input.count
    while i < n {
      let byte = input[i]
      if byte == 0x0D {
        output.append(0x0A)
        if i + 1 < n && input[i + 1] == 0x0A {
          report.crlfNormalised += 1
          i += 2
        } else {
          report.crNormalised += 1
          i += 1
        }
        continue
      }
      output.append(byte)
      i += 1
    }
    return output
  }
}
