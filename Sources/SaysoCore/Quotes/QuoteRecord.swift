/// One line of `sayso quotes` output: a quote part with its speaker, mention, cue and rule as text.
///
/// A multi-paragraph quote gives one record per paragraph, sharing the quote's id.
public struct QuoteRecord: Sendable, Equatable {
  public var id: Int
  public var part: Int
  public var parts: Int
  public var paragraph: Int
  public var range: Range<Int>
  public var text: String
  public var kind: QuoteKind
  public var speaker: String?
  public var speakerKind: SpeakerKind?
  public var mention: (range: Range<Int>, text: String)?
  public var cue: (range: Range<Int>, text: String)?
  public var rule: AttributionRule?
  public var confidence: Double?

  public init(
    id: Int, part: Int, parts: Int, paragraph: Int, range: Range<Int>, text: String, kind: QuoteKind,
    speaker: String?, speakerKind: SpeakerKind?, mention: (range: Range<Int>, text: String)?,
    cue: (range: Range<Int>, text: String)?, rule: AttributionRule?, confidence: Double?
  ) {
    self.id = id
    self.part = part
    self.parts = parts
    self.paragraph = paragraph
    self.range = range
    self.text = text
    self.kind = kind
    self.speaker = speaker
    self.speakerKind = speakerKind
    self.mention = mention
    self.cue = cue
    self.rule = rule
    self.confidence = confidence
  }

  public static func == (a: QuoteRecord, b: QuoteRecord) -> Bool {
    a.id == b.id && a.part == b.part && a.range == b.range && a.speaker == b.speaker && a.kind == b.kind
  }

  /// Records for the quotes of `analysis` whose kinds pass the filter, in document order.
  public static func records(
    _ analysis: QuoteAnalysis, in document: Document, kinds: Set<QuoteKind>
  ) -> [QuoteRecord] {
    var records: [QuoteRecord] = []
    for quote in analysis.quotes where kinds.contains(quote.kind) {
      let speaker = analysis.speaker(of: quote)
      let attribution = quote.attribution
      let parts = quote.parts
      for (i, part) in parts.enumerated() {
        records.append(
          QuoteRecord(
            id: quote.id, part: i + 1, parts: parts.count, paragraph: part.paragraph, range: part.range,
            text: document.text.substring(part.range), kind: quote.kind, speaker: speaker?.name,
            speakerKind: speaker?.kind,
            mention: attribution?.mention.map { ($0, document.text.substring($0)) },
            cue: attribution?.cue.map { ($0, document.text.substring($0)) }, rule: attribution?.rule,
            confidence: attribution?.confidence))
      }
    }
    return records
  }
}
