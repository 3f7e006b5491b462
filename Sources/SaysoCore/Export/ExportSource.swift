import Foundation

/// One document as exports see it: its text and metadata, the quotes and speakers as the researcher
/// corrected them, the annotations and the codebook. Every export is built from this, and checks
/// before writing that the text at each offset is the text it exports.
public struct ExportSource: Sendable {
  /// A stable id for the document in exports (its text's SHA-256, first 12 hex digits).
  public var id: String
  public var path: String
  public var document: Document
  public var analysis: QuoteAnalysis
  public var confirmed: Set<Int>
  public var annotations: [Annotation]
  public var codes: [Code]
  /// Quote kinds exported (statements by default).
  public var kinds: Set<QuoteKind>
  /// Quotes Sayso found that the researcher marked as not quotes (brat keeps them, marked rejected).
  public var rejectedQuotes: [Quote]
  /// The annotations on each quote (by quote id), placed ones only: looked up once per quote by
  /// every format instead of scanning all annotations each time.
  public let onQuote: [Int: [Annotation]]

  public init(
    path: String, document: Document, analysis: QuoteAnalysis, annotations: [Annotation] = [],
    codes: [Code] = [],
    kinds: Set<QuoteKind> = QuoteKind.statements
  ) {
    let corrected = CorrectedAnalysis(analysis, annotations: annotations, paragraphs: document.paragraphs)
    self.id = String(document.text.sha256.prefix(12))
    self.path = path
    self.document = document
    self.analysis = corrected.analysis
    self.confirmed = corrected.confirmed
    self.annotations = annotations
    self.codes = codes
    self.kinds = kinds
    onQuote = Dictionary(
      grouping: annotations.filter { $0.quoteID != nil && !$0.isOrphan }, by: { $0.quoteID ?? 0 })
    rejectedQuotes = analysis.quotes.filter { corrected.rejected.contains($0.id) && kinds.contains($0.kind) }
  }

  public var quotes: [Quote] { analysis.quotes.filter { kinds.contains($0.kind) } }

  /// Annotations that are not about speakers or verdicts (those are part of the quotes): codes and
  /// notes, on quotes, paragraphs and spans, in text order.
  public var codings: [Annotation] {
    annotations.filter { !$0.isOrphan && !$0.body.isSpeaker && !$0.body.isReview }
      .sorted { ($0.anchor.start, $0.anchor.end, $0.created) < ($1.anchor.start, $1.anchor.end, $1.created) }
  }

  public func codePath(_ id: Int64) -> String { codes.first { $0.id == id }?.name ?? "#\(id)" }

  /// Codes and notes on a quote (on the quote itself).
  public func marks(of quote: Quote) -> (codes: [String], notes: [String]) {
    var codes: [String] = []
    var notes: [String] = []
    for annotation in onQuote[quote.id] ?? [] {
      switch annotation.body {
      case .code(let id): codes.append(codePath(id))
      case .note(let text): notes.append(text)
      case .speaker, .review: break
      }
    }
    return (codes.sorted(), notes)
  }

  /// How the researcher left a quote: found by Sayso, confirmed, given another speaker, or made.
  public func status(of quote: Quote) -> String {
    if quote.attribution?.rule == .researcher {
      return quote.id >= 1_000_000_000 ? "added" : "corrected"
    }
    return confirmed.contains(quote.id) ? "confirmed" : "found"
  }

  /// The text where Sayso found the speaker named for a quote.
  public func speakerMention(of quote: Quote) -> String? {
    quote.attribution?.mention.map { document.text.substring($0) }
  }

  /// Fails when an offset does not point at the text an export would write with it.
  public func verify() throws {
    for quote in quotes {
      for part in quote.parts where part.range.upperBound > document.text.scalarCount {
        throw ExportError.offsets("quote q\(quote.id) ends past the text")
      }
    }
    for annotation in annotations where !annotation.isOrphan {
      let range = annotation.anchor.range
      guard range.upperBound <= document.text.scalarCount,
        document.text.substring(range) == annotation.anchor.exact
      else {
        throw ExportError.offsets(
          "annotation \(annotation.id) at \(range.lowerBound)–\(range.upperBound) does not hold its text; re-open the source to re-anchor it"
        )
      }
    }
  }
}

public enum ExportError: Error, CustomStringConvertible, Equatable {
  case offsets(String)
  case format(String)

  public var description: String {
    switch self {
    case .offsets(let message): return "offsets do not match the text: \(message)"
    case .format(let message): return message
    }
  }
}

extension AnnotationBody {
  public var isReview: Bool {
    if case .review = self { return true }
    return false
  }
}

/// ISO 8601 times in exports.
enum ExportTime {
  static func text(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }
}
