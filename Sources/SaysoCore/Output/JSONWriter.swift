import Foundation

/// Writes one JSON object with keys in the order given (JSONSerialization sorts or scrambles them),
/// escaping strings per RFC 8259 so control characters from documents never reach a terminal raw.
public struct JSONObjectWriter {
  private var bytes: [UInt8] = [0x7B]
  private var first = true

  public init() {}

  public mutating func string(_ key: String, _ value: String?) {
    self.key(key)
    if let value { JSONObjectWriter.appendString(value, to: &bytes) } else { bytes += Array("null".utf8) }
  }

  public mutating func int(_ key: String, _ value: Int?) {
    self.key(key)
    bytes += Array((value.map(String.init) ?? "null").utf8)
  }

  public mutating func double(_ key: String, _ value: Double?, digits: Int = 3) {
    self.key(key)
    guard let value, value.isFinite else {
      bytes += Array("null".utf8)
      return
    }
    bytes += Array(JSONObjectWriter.format(value, digits: digits).utf8)
  }

  public mutating func bool(_ key: String, _ value: Bool) {
    self.key(key)
    bytes += Array((value ? "true" : "false").utf8)
  }

  public mutating func strings(_ key: String, _ values: [String]) {
    self.key(key)
    bytes.append(0x5B)
    for (i, value) in values.enumerated() {
      if i > 0 { bytes.append(0x2C) }
      JSONObjectWriter.appendString(value, to: &bytes)
    }
    bytes.append(0x5D)
  }

  /// Embeds an object written by another writer.
  public mutating func object(_ key: String, _ value: JSONObjectWriter?) {
    self.key(key)
    if let value { bytes += value.finished() } else { bytes += Array("null".utf8) }
  }

  public func finished() -> [UInt8] { bytes + [0x7D] }
  public var string: String { String(decoding: finished(), as: UTF8.self) }

  private mutating func key(_ key: String) {
    if !first { bytes.append(0x2C) }
    first = false
    JSONObjectWriter.appendString(key, to: &bytes)
    bytes.append(0x3A)
  }

  /// Fixed-point with at most `digits` decimals and no trailing zeros ("0.86", "1").
  public static func format(_ value: Double, digits: Int) -> String {
    var text = String(format: "%.\(digits)f", value)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }

  static func appendString(_ value: String, to bytes: inout [UInt8]) {
    bytes.append(0x22)
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    for byte in value.utf8 {
      switch byte {
      case 0x22: bytes += [0x5C, 0x22]
      case 0x5C: bytes += [0x5C, 0x5C]
      case 0x0A: bytes += [0x5C, 0x6E]
      case 0x0D: bytes += [0x5C, 0x72]
      case 0x09: bytes += [0x5C, 0x74]
      case 0..<0x20, 0x7F:
        bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      default: bytes.append(byte)
      }
    }
    bytes.append(0x22)
  }
}
