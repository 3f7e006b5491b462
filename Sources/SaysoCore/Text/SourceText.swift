import Crypto

/// A document's normalised text: the bytes every offset points into, with its scalar index and version hash.
///
/// Immutable once made. Ranges are half-open Unicode scalar offsets (Python `str` indices); the UTF-8
/// bytes are kept for scanning, the scalar index converts between the two.
public struct SourceText: Sendable, Equatable {
  /// Files above this size are refused: offsets are stored as 32-bit checkpoints.
  public static let maximumBytes = 1 << 30

  public let utf8: [UInt8]
  public let index: ScalarIndex
  /// Lower-case hex SHA-256 of `utf8`: the version of this text that annotations are anchored to.
  public let sha256: String

  public init(utf8: [UInt8]) {
    self.utf8 = utf8
    self.index = ScalarIndex(utf8: utf8)
    self.sha256 = SourceText.digest(utf8)
  }

  public init(_ string: String) {
    self.init(utf8: Array(string.utf8))
  }

  public var scalarCount: Int { index.scalarCount }
  public var byteCount: Int { utf8.count }

  /// The whole text as a `String` (O(n): call once, not in loops).
  public var string: String { String(decoding: utf8, as: UTF8.self) }

  /// The text of a scalar range, clamped to the text.
  public func substring(_ range: Range<Int>) -> String {
    let bytes = byteRange(range)
    return utf8.withUnsafeBufferPointer { buffer in
      String(decoding: UnsafeBufferPointer(rebasing: buffer[bytes]), as: UTF8.self)
    }
  }

  public func byteRange(_ range: Range<Int>) -> Range<Int> {
    let start = index.byteOffset(ofScalar: range.lowerBound, in: utf8)
    let end = index.byteOffset(ofScalar: range.upperBound, in: utf8)
    return start..<max(start, end)
  }

  public func scalarRange(bytes range: Range<Int>) -> Range<Int> {
    let start = index.scalarOffset(ofByte: range.lowerBound, in: utf8)
    let end = index.scalarOffset(ofByte: range.upperBound, in: utf8)
    return start..<max(start, end)
  }

  public func byteOffset(ofScalar scalar: Int) -> Int { index.byteOffset(ofScalar: scalar, in: utf8) }
  public func scalarOffset(ofByte byte: Int) -> Int { index.scalarOffset(ofByte: byte, in: utf8) }

  static func digest(_ bytes: [UInt8]) -> String {
    let hash = SHA256.hash(data: bytes)
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(64)
    for byte in hash {
      out.append(hex[Int(byte >> 4)])
      out.append(hex[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
