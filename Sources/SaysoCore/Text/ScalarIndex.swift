/// Converts between Unicode scalar offsets (the unit of every range in Sayso) and UTF-8 byte offsets.
///
/// The text is kept as UTF-8 bytes for fast scanning, while offsets are scalar offsets (Python `str`
/// indices). A checkpoint every `stride` scalars keeps conversions O(stride) without a 4-byte-per-scalar
/// table; an all-ASCII text needs no table at all. (Every 16 scalars: a quarter byte per scalar, and the
/// attributor converts each paragraph's range twice; at every 64 the walk from the checkpoint cost
/// about a percent of quote analysis.)
public struct ScalarIndex: Sendable, Equatable {
  static let strideShift = 4
  static let stride = 1 << strideShift

  /// Byte offset of scalar `i * stride`; empty when the text is ASCII (offsets are then equal).
  private let checkpoints: [Int32]
  public let scalarCount: Int
  public let byteCount: Int

  public init(utf8 bytes: [UInt8]) {
    byteCount = bytes.count
    if ScalarIndex.allASCII(bytes) {
      scalarCount = bytes.count
      checkpoints = []
      return
    }
    var points: [Int32] = []
    points.reserveCapacity(bytes.count / ScalarIndex.stride + 1)
    var count = 0
    bytes.withUnsafeBufferPointer { buffer in
      let mask = ScalarIndex.stride - 1
      for offset in 0..<buffer.count where buffer[offset] & 0xC0 != 0x80 {
        if count & mask == 0 { points.append(Int32(truncatingIfNeeded: offset)) }
        count += 1
      }
    }
    scalarCount = count
    checkpoints = points
  }

  /// Eight bytes at a time: no byte with the high bit set means every scalar is one byte.
  static func allASCII(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { raw in
      let words = raw.count / 8
      for i in 0..<words
      where raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
        return false
      }
      for i in (words * 8)..<raw.count where raw[i] >= 0x80 { return false }
      return true
    }
  }

  public var isASCII: Bool { scalarCount == byteCount }

  /// The byte offset where scalar `scalar` starts (`byteCount` for the end of the text).
  public func byteOffset(ofScalar scalar: Int, in bytes: [UInt8]) -> Int {
    if isASCII || scalar <= 0 { return max(0, min(scalar, byteCount)) }
    if scalar >= scalarCount { return byteCount }
    var byte = Int(checkpoints[scalar >> ScalarIndex.strideShift])
    var remaining = scalar & (ScalarIndex.stride - 1)
    while remaining > 0 {
      byte += ScalarIndex.sequenceLength(lead: bytes[byte])
      remaining -= 1
    }
    return byte
  }

  /// The scalar offset of the scalar that contains byte `byte`.
  public func scalarOffset(ofByte byte: Int, in bytes: [UInt8]) -> Int {
    if isASCII || byte <= 0 { return max(0, min(byte, byteCount)) }
    if byte >= byteCount { return scalarCount }
    var low = 0
    var high = checkpoints.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if Int(checkpoints[middle]) <= byte { low = middle } else { high = middle - 1 }
    }
    var scalar = low << ScalarIndex.strideShift
    var position = Int(checkpoints[low])
    while position < byte {
      position += ScalarIndex.sequenceLength(lead: bytes[position])
      if position <= byte { scalar += 1 }
    }
    return scalar
  }

  /// Length of a UTF-8 sequence from its lead byte (1 for stray continuation bytes, which valid text lacks).
  @inline(__always)
  static func sequenceLength(lead: UInt8) -> Int {
    if lead < 0xC0 { return 1 }
    if lead < 0xE0 { return 2 }
    if lead < 0xF0 { return 3 }
    return 4
  }
}
