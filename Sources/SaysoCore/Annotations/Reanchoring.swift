/// Finds an annotation's place again in an edited text: the exact text at the old offsets, then the
/// exact text nearest the old offsets (its context breaking ties), then a fuzzy place where the start
/// and end of the text, or its context, still stand at about the right distance. Nil when none is
/// convincing: the annotation becomes an orphan, kept and listed, never deleted.
public struct Reanchoring {
  let scalars: [Unicode.Scalar]

  public init(text: SourceText) {
    scalars = Array(text.string.unicodeScalars)
  }

  public enum Placement: Equatable, Sendable {
    case unchanged
    case moved(Range<Int>)
    case fuzzy(Range<Int>)
  }

  public func place(_ anchor: TextAnchor) -> Placement? {
    let exact = Array(anchor.exact.unicodeScalars)
    guard !exact.isEmpty else { return nil }
    if anchor.end <= scalars.count, anchor.start >= 0, scalars[anchor.start..<anchor.end].elementsEqual(exact)
    {
      return .unchanged
    }
    let prefix = Array(anchor.prefix.unicodeScalars)
    let suffix = Array(anchor.suffix.unicodeScalars)
    // The occurrence whose context matches best, then the nearest to where it was.
    let best = occurrences(of: exact).max { a, b in
      let (ca, cb) = (
        contextScore(a, prefix, suffix, exact.count), contextScore(b, prefix, suffix, exact.count)
      )
      return ca != cb ? ca < cb : abs(a - anchor.start) > abs(b - anchor.start)
    }
    if let best { return .moved(best..<(best + exact.count)) }
    return fuzzy(exact, anchor: anchor)
  }

  /// Start and end of the exact text (a third of it each, at least 6 scalars) found at about the old
  /// length apart, the closest pair to the old place.
  private func fuzzy(_ exact: [Unicode.Scalar], anchor: TextAnchor) -> Placement? {
    let piece = min(exact.count, max(6, exact.count / 3))
    guard exact.count >= 12 else { return nil }
    let heads = occurrences(of: Array(exact.prefix(piece)))
    let tails = occurrences(of: Array(exact.suffix(piece)))
    var best: (range: Range<Int>, distance: Int)?
    for head in heads {
      for tail in tails where tail >= head {
        let length = tail + piece - head
        guard abs(length - exact.count) <= max(8, exact.count * 3 / 10) else { continue }
        let distance = abs(head - anchor.start)
        if best.map({ distance < $0.distance }) ?? true { best = (head..<(tail + piece), distance) }
      }
    }
    return best.map { .fuzzy($0.range) }
  }

  private func contextScore(
    _ start: Int, _ prefix: [Unicode.Scalar], _ suffix: [Unicode.Scalar], _ length: Int
  ) -> Int {
    var score = 0
    var i = start - 1
    var j = prefix.count - 1
    while i >= 0, j >= 0, scalars[i] == prefix[j] {
      score += 1
      i -= 1
      j -= 1
    }
    var k = start + length
    var m = 0
    while k < scalars.count, m < suffix.count, scalars[k] == suffix[m] {
      score += 1
      k += 1
      m += 1
    }
    return score
  }

  /// Start offsets of every occurrence of `needle` (at most 10,000).
  func occurrences(of needle: [Unicode.Scalar]) -> [Int] {
    guard let first = needle.first, needle.count <= scalars.count else { return [] }
    var found: [Int] = []
    var i = 0
    let last = scalars.count - needle.count
    while i <= last, found.count < 10_000 {
      if scalars[i] == first && scalars[i..<(i + needle.count)].elementsEqual(needle) { found.append(i) }
      i += 1
    }
    return found
  }
}
