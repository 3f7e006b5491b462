/// A filter over quotes and paragraphs: `speaker:Obama kind:partial -has:note`, `code:economy or
/// "climate change"`, `confidence<0.6 para:10-20`. One language for the explorer, the command line and
/// saved views; `QueryParser` reads it, `QueryEvaluator` applies it.
public indirect enum Query: Sendable, Equatable {
  case atom(QueryAtom)
  case and(Query, Query)
  case or(Query, Query)
  case not(Query)
}

/// One condition.
public enum QueryAtom: Sendable, Equatable {
  /// The speaker's canonical name or an alias, case-insensitive (a whole name or whole words of it).
  case speaker(String)
  case kind(QuoteKind)
  /// A code or any code under it (`economy` takes `economy/jobs`).
  case code(String)
  case hasNote
  case hasCode
  case unattributed
  case confirmed
  case confidence(Comparison, Double)
  /// Paragraph numbers as shown (from 1), both ends included.
  case paragraphs(ClosedRange<Int>)
  /// The document's name or path contains this (case-insensitive; `*` is any run of characters).
  case document(String)
  /// A word or phrase in the text, case-insensitive.
  case text(String)
  /// A regular expression over the text (checked for runaway patterns when parsed).
  case regex(String)
}

public enum Comparison: String, Sendable, Equatable {
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case equal = "="

  func holds(_ value: Double, _ limit: Double) -> Bool {
    switch self {
    case .less: return value < limit
    case .lessOrEqual: return value <= limit
    case .greater: return value > limit
    case .greaterOrEqual: return value >= limit
    case .equal: return abs(value - limit) < 0.0005
    }
  }
}

/// A query that could not be read: where (1-based column) and what was expected there.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
  public var column: Int
  public var message: String

  public init(column: Int, message: String) {
    self.column = column
    self.message = message
  }

  public var description: String { "column \(column): \(message)" }
}
