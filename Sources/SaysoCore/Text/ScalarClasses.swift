extension Unicode.Scalar {
  /// White space as JavaScript's `\s` sees it: Unicode's White_Space and the byte order mark, without the
  /// Unicode property tables (which dominate profiles when asked per character of a web page).
  @inline(__always)
  var isSpace: Bool { isWhiteSpace || value == 0xFEFF }
}

extension Unicode.Scalar {
  /// Unicode's White_Space property, from a table of its 25 scalars instead of the property lookup
  /// (quote analysis asks it of every scalar next to a quote mark or a paragraph's edge).
  @inline(__always)
  var isWhiteSpace: Bool {
    let v = value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
    switch v {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  /// Letters outside ASCII, with the General Punctuation block (curly quotes, dashes, ellipsis: the
  /// non-ASCII scalars English text has most) answered without the property lookup.
  @inline(__always)
  var isAlphabeticBeyondASCII: Bool {
    if value >= 0x2000 && value <= 0x206F { return false }
    return properties.isAlphabetic
  }
}

extension String {
  /// Substring search on UTF-8 bytes (Foundation's `contains` bridges to NSString and is slow in loops).
  func containsBytes(_ needle: String) -> Bool {
    var haystack = self
    var pattern = needle
    return haystack.withUTF8 { h in pattern.withUTF8 { n in ByteSearch.contains(h, n) } }
  }
}

enum ByteSearch {
  static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = needle.count
    guard n > 0 else { return true }
    guard haystack.count >= n, let first = needle.first else { return false }
    var i = 0
    let last = haystack.count - n
    while i <= last {
      if haystack[i] == first {
        var j = 1
        while j < n && haystack[i + j] == needle[j] { j += 1 }
        if j == n { return true }
      }
      i += 1
    }
    return false
  }
}
