/// What a quoted span is: a statement by someone, or quoted words that are not a statement.
public enum QuoteKind: String, Sendable, Codable, CaseIterable, Hashable {
  /// A whole statement in quote marks.
  case direct
  /// A few quoted words inside the writer's own sentence.
  case partial
  /// A block-quote paragraph (no marks needed).
  case block
  /// Reported speech without quote marks ("The company said the review was ...").
  case indirect
  /// The name of a work: an article, book, film, report, show or headline. Not a statement.
  case title
  /// Scare quotes and so-called terms. Not a statement.
  case scare

  /// Kinds that are statements and get a speaker.
  public var isStatement: Bool {
    switch self {
    case .direct, .partial, .block, .indirect: return true
    case .title, .scare: return false
    }
  }
}

/// A quoted span with, for statements, who said it and why Sayso thinks so.
///
/// `range` covers the quoted words without the quote marks. A quote that runs over several paragraphs
/// (an opening mark repeated at each paragraph start) is one quote with one part per paragraph.
public struct Quote: Sendable, Hashable, Codable {
  public var id: Int
  public var paragraph: Int
  public var range: Range<Int>
  public var kind: QuoteKind
  /// The later parts of a multi-paragraph quote; empty for the usual one-paragraph quote.
  public var continuation: [QuotePart] = []
  public var attribution: Attribution?

  public init(id: Int, paragraph: Int, range: Range<Int>, kind: QuoteKind) {
    self.id = id
    self.paragraph = paragraph
    self.range = range
    self.kind = kind
  }

  /// Every part of the quote, the first included.
  public var parts: [QuotePart] { [QuotePart(paragraph: paragraph, range: range)] + continuation }
}

/// One paragraph's share of a quote.
public struct QuotePart: Sendable, Hashable, Codable {
  public var paragraph: Int
  public var range: Range<Int>
}

/// The answer to "why this speaker?": the rule that fired, the cue and the mention it found, a confidence.
public struct Attribution: Sendable, Hashable, Codable {
  /// Index into `QuoteAnalysis.speakers`.
  public var speaker: Int
  /// Where the text names the speaker for this quote ("Jane Doe, a spokeswoman for Acme", "she").
  public var mention: Range<Int>?
  /// The reporting verb or phrase ("said", "according to", "describing it as").
  public var cue: Range<Int>?
  public var rule: AttributionRule
  /// 0...1: how often this rule is right, lowered when the evidence is weak.
  public var confidence: Double
}

/// The sieve's rules, most precise first; recorded on every attribution so a reader can ask why.
public enum AttributionRule: String, Sendable, Codable, CaseIterable, Hashable {
  case cueAfter = "cue-after"
  case cueBefore = "cue-before"
  case cueInside = "cue-between"
  case cueSentence = "cue-in-sentence"
  case accordingTo = "according-to"
  case colonIntro = "colon-introduction"
  case participle = "participle-subject"
  case continuation = "continuation"
  case multiParagraph = "multi-paragraph"
  case actionBeat = "action-beat"
  case turnTaking = "turn-taking"
  case vocative = "vocative"
  case blockContext = "block-context"
  case sentenceSubject = "sentence-subject"
  case reportedSpeech = "reported-speech"
  /// Set by the researcher (a speaker correction), not found by Sayso.
  case researcher = "researcher"
}
