import Foundation

/// One line of a text, as byte offsets into the UTF-8 bytes, with its shape (indentation, length).
struct TextLine: Sendable, Equatable {
  var start: Int
  var end: Int
  /// First and one-past-last byte of the content, without leading and trailing white space.
  var contentStart: Int
  var contentEnd: Int
  /// Leading white space in columns (a tab counts 4, an ideographic space 2).
  var indent: Int
  /// Content length in scalars.
  var length: Int

  /// The line's last character ends a sentence (. ! ? or a closing quote mark after one).
  var endsSentence = false

  var isBlank: Bool { contentStart >= contentEnd }
}

/// Splits normalised text into lines in one byte scan.
enum LineTable {
  static func lines(_ bytes: [UInt8]) -> [TextLine] {
    var lines: [TextLine] = []
    lines.reserveCapacity(bytes.count / 40 + 1)
    let ascii = ScalarIndex.allASCII(bytes)
    bytes.withUnsafeBufferPointer { buffer in
      let n = buffer.count
      var start = 0
      while start <= n {
        var end = n
        if start < n, let base = buffer.baseAddress, let found = memchr(base + start, 0x0A, n - start) {
          end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        lines.append(measure(buffer, start, end, ascii: ascii))
        if end >= n { break }
        start = end + 1
      }
    }
    if let last = lines.last, last.start == bytes.count, lines.count > 1 { lines.removeLast() }
    return lines
  }

  private static func measure(
    _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, ascii: Bool
  ) -> TextLine {
    var position = start
    var indent = 0
    while position < end {
      let width = whitespaceWidth(buffer, at: position, end: end)
      if width.bytes == 0 { break }
      indent += width.columns
      position += width.bytes
    }
    let contentStart = position
    var contentEnd = end
    while contentEnd > contentStart {
      let byte = buffer[contentEnd - 1]
      if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C {
        contentEnd -= 1
      } else if byte == 0xA0, contentEnd - 2 >= contentStart, buffer[contentEnd - 2] == 0xC2 {
        contentEnd -= 2
      } else if byte == 0x80, contentEnd - 3 >= contentStart, buffer[contentEnd - 3] == 0xE3,
        buffer[contentEnd - 2] == 0x80
      {
        contentEnd -= 3
      } else {
        break
      }
    }
    var length = contentEnd - contentStart
    if !ascii {
      for i in contentStart..<contentEnd where buffer[i] & 0xC0 == 0x80 { length -= 1 }
    }
    var line = TextLine(
      start: start, end: end, contentStart: contentStart, contentEnd: contentEnd, indent: indent,
      length: length)
    line.endsSentence = endsSentence(buffer, contentStart, contentEnd)
    return line
  }

  /// Whether the content ends with . ! ? (or … ), possibly followed by closing quotes or brackets.
  private static func endsSentence(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    var i = end
    while i > start {
      let byte = buffer[i - 1]
      if byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D {  // " ' ) ]
        i -= 1
      } else if i - 3 >= start, buffer[i - 3] == 0xE2, buffer[i - 2] == 0x80,
        buffer[i - 1] == 0x9D || buffer[i - 1] == 0x99
      {  // ” ’
        i -= 3
      } else {
        break
      }
    }
    guard i > start else { return false }
    let last = buffer[i - 1]
    if last == 0x2E || last == 0x21 || last == 0x3F { return true }
    return i - 3 >= start && buffer[i - 3] == 0xE2 && buffer[i - 2] == 0x80 && last == 0xA6  // …
  }

  /// White space at a position: ASCII blanks, no-break space and the ideographic space used to indent CJK text.
  @inline(__always)
  static func whitespaceWidth(
    _ buffer: UnsafeBufferPointer<UInt8>, at i: Int, end: Int
  ) -> (
    bytes: Int, columns: Int
  ) {
    switch buffer[i] {
    case 0x20, 0x0B, 0x0C: return (1, 1)
    case 0x09: return (1, 4)
    case 0xC2 where i + 1 < end && buffer[i + 1] == 0xA0: return (2, 1)
    case 0xE3 where i + 2 < end && buffer[i + 1] == 0x80 && buffer[i + 2] == 0x80: return (3, 2)
    default: return (0, 0)
    }
  }
}
