import SaysoCore

/// A search in the document: the query and every match, as document scalar ranges.
public struct SearchState: Equatable, Sendable {
  public var query: String
  public var matches: [Range<Int>]
  /// Index into `matches` of the match the cursor was last taken to.
  public var current: Int?
  /// Whether matches are still highlighted (Ctrl-l hides them and keeps the query for n/N).
  public var highlighted = true
}

/// Case-insensitive literal search over a document's text, on scalars (offsets come out as the
/// document's scalar offsets).
public enum TextSearch {
  /// At most this many matches are kept: enough to step through, small enough to draw.
  public static let limit = 100_000

  public static func matches(of query: String, in text: SourceText) -> [Range<Int>] {
    let needle = Array(query.lowercased().unicodeScalars)
    guard let first = needle.first else { return [] }
    var matches: [Range<Int>] = []
    var haystack: [Unicode.Scalar] = []
    haystack.reserveCapacity(text.byteCount)
    for scalar in text.string.unicodeScalars { haystack.append(lowered(scalar)) }
    var i = 0
    let last = haystack.count - needle.count
    while i <= last {
      if haystack[i] == first {
        var k = 1
        while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
        if k == needle.count {
          matches.append(i..<(i + needle.count))
          if matches.count >= limit { break }
          i += needle.count
          continue
        }
      }
      i += 1
    }
    return matches
  }

  /// Lower case of one scalar when it maps to one scalar; ASCII without the Unicode tables.
  static func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.value < 0x80 {
      return scalar.value >= 0x41 && scalar.value <= 0x5A
        ? Unicode.Scalar(UInt8(scalar.value | 0x20)) : scalar
    }
    let mapping = scalar.properties.lowercaseMapping.unicodeScalars
    return mapping.count == 1 ? (mapping.first ?? scalar) : scalar
  }
}
