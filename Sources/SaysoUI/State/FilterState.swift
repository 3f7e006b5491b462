import SaysoCore

/// The reader narrowed by a query (`&` or `:filter`): which quotes and paragraphs match, and whether
/// the other paragraphs are dimmed (the default, to keep the context) or hidden.
public struct FilterState: Equatable, Sendable {
  public var text: String
  public var query: Query
  /// Ids of the matching quotes among those the reader steps through.
  public var quoteIDs: Set<Int> = []
  /// Paragraphs that match or hold a matching quote, in order.
  public var paragraphs: [Int] = []
  public var paragraphSet: Set<Int> = []
  public var hideContext = false
  /// Quotes the reader would step through without the filter.
  public var total = 0

  public init(text: String, query: Query, hideContext: Bool = false) {
    self.text = text
    self.query = query
    self.hideContext = hideContext
  }
}
