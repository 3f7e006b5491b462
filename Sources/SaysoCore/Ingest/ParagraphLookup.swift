extension Array where Element == Paragraph {
  /// The paragraph whose start is the last at or before scalar `offset` (offsets between paragraphs
  /// belong to the one before), by binary search; nil before the first paragraph or when there are none.
  public func index(containing offset: Int) -> Int? {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if self[middle].start <= offset { low = middle + 1 } else { high = middle }
    }
    return low > 0 ? low - 1 : nil
  }
}

extension Array where Element == Paragraph {
  /// The paragraphs a scalar range runs over (an empty range: the one holding its start); nil when
  /// there are no paragraphs. Offsets before the first paragraph count as in it.
  public func indices(covering range: Range<Int>) -> ClosedRange<Int>? {
    guard !isEmpty else { return nil }
    let first = index(containing: range.lowerBound) ?? 0
    let last = index(containing: Swift.max(range.lowerBound, range.upperBound - 1)) ?? 0
    return first...Swift.max(first, last)
  }
}
