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
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(bytes.count)
    text.utf8.withUnsafeBufferPointer { buffer in
      var i = bytes.lowerBound
      // ASCII bytes are scalars as they are; anything else goes through the decoder.
      while i < bytes.upperBound {
        let byte = buffer[i]
        if byte < 0x80 {
          scalars.append(Unicode.Scalar(byte))
          i += 1
          continue
        }
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: buffer[i..<bytes.upperBound]).makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { break }
        scalars.append(scalar)
        i += UTF8.width(scalar)
      }
    }
    self.scalars = scalars
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
        for byte in UTF8.encode(scalars[k])! {
          buffer[n] = byte
          n += 1
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
