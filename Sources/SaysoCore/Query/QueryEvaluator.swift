import Foundation

/// What a query is evaluated against: one document, its (corrected) quotes and speakers, the
/// researcher's annotations and codebook.
public struct QueryContext: Sendable {
  public var document: Document
  public var name: String
  public var analysis: QuoteAnalysis
  public var confirmed: Set<Int>
  public var annotations: [Annotation]
  public var codes: [Code]

  public init(
    document: Document, name: String, analysis: QuoteAnalysis, confirmed: Set<Int> = [],
    annotations: [Annotation] = [], codes: [Code] = []
  ) {
    self.document = document
    self.name = name
    self.analysis = analysis
    self.confirmed = confirmed
    self.annotations = annotations
    self.codes = codes
  }
}

/// Applies a query to the quotes and paragraphs of a context. Everything a query asks that does not
/// depend on the item (which speakers a name means, which codes a path covers, the regex) is worked
/// out once, so a filter over 10,000 quotes takes milliseconds.
public final class QueryEvaluator {
  let context: QueryContext
  private let compiled: CompiledQuery
  /// Per quote (by index) and per paragraph: the code ids on it and whether it has a note. Paragraph
  /// marks are only worked out when a paragraph is asked about.
  private var quoteMarks: [Marks] = []
  private var paragraphMarksStore: [Int: Marks]?
  private var quotesByParagraph: [Int: [Int]] = [:]
  private var lowered: [Int: String] = [:]
  private var loweredParagraphs: [Int: String] = [:]

  struct Marks {
    var codes: Set<Int64> = []
    var hasNote = false
  }

  public init(_ query: Query, context: QueryContext) {
    self.context = context
    compiled = CompiledQuery(query, context: context)
    index()
  }

  /// Indices into `context.analysis.quotes` of the quotes that match.
  public func matchingQuotes() -> [Int] {
    context.analysis.quotes.indices.filter { matches(quote: $0) }
  }

  /// Indices of the paragraphs that match, or that hold a quote that matches.
  public func matchingParagraphs() -> [Int] {
    let withQuotes = Set(matchingQuotes().map { context.analysis.quotes[$0].paragraph })
    return context.document.paragraphs.indices.filter { withQuotes.contains($0) || matches(paragraph: $0) }
  }

  public func matches(quote index: Int) -> Bool { evaluate(compiled, item: .quote(index)) }

  public func matches(paragraph index: Int) -> Bool { evaluate(compiled, item: .paragraph(index)) }

  enum Item {
    case quote(Int)
    case paragraph(Int)
  }

  private func evaluate(_ query: CompiledQuery, item: Item) -> Bool {
    switch query {
    case .and(let a, let b): return evaluate(a, item: item) && evaluate(b, item: item)
    case .or(let a, let b): return evaluate(a, item: item) || evaluate(b, item: item)
    case .not(let a): return !evaluate(a, item: item)
    case .atom(let atom):
      switch item {
      case .quote(let index): return holds(atom, quote: index)
      case .paragraph(let index):
        if let paragraphAnswer = holds(atom, paragraph: index) { return paragraphAnswer }
        // A quote condition holds for a paragraph when one of its quotes meets it.
        return (quotesByParagraph[index] ?? []).contains { holds(atom, quote: $0) }
      }
    }
  }

  private func holds(_ atom: CompiledAtom, quote index: Int) -> Bool {
    let quote = context.analysis.quotes[index]
    switch atom {
    case .speakers(let ids): return quote.attribution.map { ids.contains($0.speaker) } ?? false
    case .kind(let kind): return quote.kind == kind
    case .codes(let ids): return !ids.isEmpty && !quoteMarks[index].codes.isDisjoint(with: ids)
    case .hasNote: return quoteMarks[index].hasNote
    case .hasCode: return !quoteMarks[index].codes.isEmpty
    case .unattributed: return quote.attribution == nil && quote.kind.isStatement
    case .confirmed: return context.confirmed.contains(quote.id)
    case .confidence(let op, let limit):
      return quote.attribution.map { op.holds($0.confidence, limit) } ?? false
    case .paragraphs(let range): return quote.parts.contains { range.contains($0.paragraph + 1) }
    case .document(let matches): return matches
    case .text(let needle): return quoteText(quote).containsText(needle)
    case .regex(let regex): return Self.search(regex, in: context.document.text.substring(quote.range))
    }
  }

  /// The answer for a paragraph as a whole, or nil when only its quotes can answer.
  private func holds(_ atom: CompiledAtom, paragraph index: Int) -> Bool? {
    let paragraphMarks = self.paragraphMarks
    switch atom {
    case .codes(let ids): return !(paragraphMarks[index]?.codes.isDisjoint(with: ids) ?? true)
    case .hasNote: return paragraphMarks[index]?.hasNote ?? false
    case .hasCode: return !(paragraphMarks[index]?.codes.isEmpty ?? true)
    case .paragraphs(let range): return range.contains(index + 1)
    case .document(let matches): return matches
    case .text(let needle): return paragraphText(index).containsText(needle)
    case .regex(let regex):
      return Self.search(regex, in: context.document.text.substring(context.document.paragraphs[index].range))
    default: return nil
    }
  }

  static func search(_ regex: NSRegularExpression, in text: String) -> Bool {
    regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }

  private func quoteText(_ quote: Quote) -> String {
    if let known = lowered[quote.id] { return known }
    let text = context.document.text.substring(quote.range).lowercased()
    lowered[quote.id] = text
    return text
  }

  private func paragraphText(_ index: Int) -> String {
    if let known = loweredParagraphs[index] { return known }
    let text = context.document.text.substring(context.document.paragraphs[index].range).lowercased()
    loweredParagraphs[index] = text
    return text
  }

  /// Which codes and notes sit on each quote: on the quote itself, or on a span that overlaps it.
  private func index() {
    let quotes = context.analysis.quotes
    quoteMarks = Array(repeating: Marks(), count: quotes.count)
    var indexByID: [Int: Int] = [:]
    indexByID.reserveCapacity(quotes.count)
    for (index, quote) in quotes.enumerated() {
      indexByID[quote.id] = index
      for part in quote.parts { quotesByParagraph[part.paragraph, default: []].append(index) }
    }
    for annotation in context.annotations where !annotation.isOrphan {
      switch annotation.targetKind {
      case .quote:
        if let id = annotation.quoteID, let index = indexByID[id] {
          Self.mark(annotation, &quoteMarks[index])
        }
      case .span:
        for p in paragraphs(of: annotation) {
          for q in quotesByParagraph[p] ?? [] where quotes[q].range.overlaps(annotation.anchor.range) {
            Self.mark(annotation, &quoteMarks[q])
          }
        }
      case .paragraph: break
      }
    }
  }

  /// What is on each paragraph: everything anchored in it.
  private var paragraphMarks: [Int: Marks] {
    if let known = paragraphMarksStore { return known }
    var marks: [Int: Marks] = [:]
    for annotation in context.annotations where !annotation.isOrphan {
      for p in paragraphs(of: annotation) { Self.mark(annotation, &marks[p, default: Marks()]) }
    }
    paragraphMarksStore = marks
    return marks
  }

  private static func mark(_ annotation: Annotation, _ marks: inout Marks) {
    switch annotation.body {
    case .code(let id): marks.codes.insert(id)
    case .note: marks.hasNote = true
    case .speaker, .review: break
    }
  }

  /// The paragraphs an annotation's anchor runs over.
  private func paragraphs(of annotation: Annotation) -> ClosedRange<Int> {
    context.document.paragraphs.indices(covering: annotation.anchor.range) ?? 0...0
  }
}
