import Foundation

/// What an annotation is attached to: a paragraph, a quote, or a span the researcher selected.
public enum TargetKind: String, Sendable, Codable, CaseIterable, Hashable {
  case paragraph, quote, span
}

/// Where an annotation sits, in a form that survives an edited source: the scalar offsets (W3C
/// TextPositionSelector) and the exact text with some context on each side (TextQuoteSelector), from
/// which `Reanchoring` finds the place again when the offsets no longer fit.
public struct TextAnchor: Sendable, Hashable, Codable {
  public var start: Int
  public var end: Int
  public var exact: String
  public var prefix: String
  public var suffix: String

  public init(start: Int, end: Int, exact: String, prefix: String, suffix: String) {
    self.start = start
    self.end = end
    self.exact = exact
    self.prefix = prefix
    self.suffix = suffix
  }

  /// Context kept on each side of the exact text.
  public static let contextLength = 32

  /// The anchor of `range` in `text`.
  public init(range: Range<Int>, in text: SourceText) {
    let before = max(0, range.lowerBound - TextAnchor.contextLength)
    let after = min(text.scalarCount, range.upperBound + TextAnchor.contextLength)
    self.init(
      start: range.lowerBound, end: range.upperBound, exact: text.substring(range),
      prefix: text.substring(before..<range.lowerBound), suffix: text.substring(range.upperBound..<after))
  }

  public var range: Range<Int> { start..<end }
}

/// What an annotation says about its target.
public enum AnnotationBody: Sendable, Hashable, Codable {
  /// A code from the codebook (by its id).
  case code(Int64)
  case note(String)
  /// The researcher's speaker for a quote (a speaker's canonical name, existing or new).
  case speaker(String)
  /// The researcher's verdict on a detected quote: confirmed as attributed, or not a quote at all.
  case review(QuoteReview)
}

extension AnnotationBody {
  /// A speaker correction (on a quote) or a quote the researcher made (on a span).
  public var isSpeaker: Bool {
    if case .speaker = self { return true }
    return false
  }
}

public enum QuoteReview: String, Sendable, Codable, Hashable {
  case confirmed
  case notAQuote = "not-a-quote"
}

/// One annotation: a body on a target of one document, by a coder, at a time.
public struct Annotation: Sendable, Hashable, Codable, Identifiable {
  /// A UUID string: stable across exports and across stores.
  public var id: String
  public var documentID: Int64
  public var targetKind: TargetKind
  /// The quote's id in the analysis (`q12` is 12) when the target is a quote.
  public var quoteID: Int?
  public var anchor: TextAnchor
  public var body: AnnotationBody
  public var coder: String
  public var created: Date
  /// True when re-anchoring found no place for it in the current text: kept, listed, never deleted.
  public var isOrphan = false

  public init(
    id: String = UUID().uuidString, documentID: Int64, targetKind: TargetKind, quoteID: Int? = nil,
    anchor: TextAnchor, body: AnnotationBody, coder: String, created: Date = Date()
  ) {
    self.id = id
    self.documentID = documentID
    self.targetKind = targetKind
    self.quoteID = quoteID
    self.anchor = anchor
    self.body = body
    self.coder = coder
    self.created = created
  }
}
