/// A paragraph's scalars with the absolute offset of the first: the unit quote analysis works on.
///
/// Paragraphs are short enough to hold as scalar arrays; positions inside are window-relative,
/// `base + i` is the document offset.
struct TextWindow {
  let base: Int
  let scalars: [Unicode.Scalar]

  init(text: SourceText, range: Range<Int>) {
    base = range.lowerBound
    let bytes = text.byteRange(range)
    // Written straight into the array's storage (every paragraph is decoded, a quoted one of a long
    // document twice): ASCII bytes are
    // scalars as they are, a lead byte and its continuation bytes are put together in place.
    scalars = text.utf8.withUnsafeBufferPointer { buffer in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
        var i = bytes.lowerBound
        var n = 0
        while i < bytes.upperBound {
          let byte = buffer[i]
          if byte < 0x80 {
            out[n] = Unicode.Scalar(byte)
            n += 1
            i += 1
            continue
          }
          guard let (scalar, width) = TextWindow.decode(buffer, at: i, end: bytes.upperBound) else { break }
          out[n] = scalar
          n += 1
          i += width
        }
        count = n
      }
    }
  }

  /// The multi-byte scalar at `i` and its length in bytes; nil for bytes that are not UTF-8.
  private static func decode(
    _ buffer: UnsafeBufferPointer<UInt8>, at i: Int, end: Int
  ) -> (Unicode.Scalar, Int)? {
    let lead = UInt32(buffer[i])
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
    guard width > 0, i + width <= end else { return slowDecode(buffer, at: i, end: end) }
    var value = lead & (0xFF >> (width + 1))
    for k in 1..<width {
      let next = UInt32(buffer[i + k])
      guard next & 0xC0 == 0x80 else { return slowDecode(buffer, at: i, end: end) }
      value = value << 6 | (next & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value), UTF8.width(scalar) == width else {
      return slowDecode(buffer, at: i, end: end)
    }
    return (scalar, width)
  }

  /// The standard decoder, for what the fast path above does not take (malformed or overlong bytes).
  private static func slowDecode(
    _ buffer: UnsafeBufferPointer<UInt8>, at i: Int, end: Int
  ) -> (Unicode.Scalar, Int)? {
    var decoder = UTF8()
    var iterator = UnsafeBufferPointer(rebasing: buffer[i..<end]).makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
    return (scalar, UTF8.width(scalar))
  }

  init(base: Int, scalars: [Unicode.Scalar]) {
    self.base = base
    self.scalars = scalars
  }

  var count: Int { scalars.count }

  subscript(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < scalars.count ? scalars[i] : nil }

  func string(_ range: Range<Int>) -> String {
    let clamped = max(0, range.lowerBound)..<min(scalars.count, max(range.lowerBound, range.upperBound))
    // Encoded straight into the string's storage: names and cues are cut out of every paragraph, and
    // appending scalars one by one to a String was most of what that cost.
    var length = 0
    for k in clamped { length += UTF8.width(scalars[k]) }
    return String(unsafeUninitializedCapacity: length) { buffer in
      var n = 0
      for k in clamped {
        let value = scalars[k].value
        // UTF-8 by hand: `UTF8.encode` made an optional sequence per scalar.
        if value < 0x80 {
          buffer[n] = UInt8(truncatingIfNeeded: value)
          n += 1
        } else if value < 0x800 {
          buffer[n] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
          buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          n += 2
        } else if value < 0x10000 {
          buffer[n] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
          buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
          buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          n += 3
        } else {
          buffer[n] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
          buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
          buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
          buffer[n + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          n += 4
        }
      }
      return n
    }
  }

  /// `range` without white space at either end.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end, scalars[start].isWhiteSpace { start += 1 }
    while end > start, scalars[end - 1].isWhiteSpace { end -= 1 }
    return start..<end
  }

  func absolute(_ range: Range<Int>) -> Range<Int> { (base + range.lowerBound)..<(base + range.upperBound) }
}

extension Unicode.Scalar {
  var isLetter: Bool {
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    return isAlphabeticBeyondASCII
  }

  var isDigit: Bool { value >= 0x30 && value <= 0x39 }
  var isLetterOrDigit: Bool { isDigit || isLetter }

  var isUppercaseLetter: Bool {
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    return properties.isUppercase
  }

  var isLowercaseLetter: Bool {
    if value < 0x80 { return value >= 0x61 && value <= 0x7A }
    return properties.isLowercase
  }
}
