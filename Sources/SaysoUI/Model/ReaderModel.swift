import SaysoCore

/// A document with its quote analysis, arranged for reading: quotes by paragraph, the statements a
/// reader steps through, each speaker's colour and share. Built once when a document opens.
public final class ReaderModel: @unchecked Sendable {
  public let document: Document
  public let analysis: QuoteAnalysis
  public let name: String
  /// Statements a reader steps through with ]q, in reading order (reported speech when included).
  public let quotes: [Quote]
  /// Per paragraph: (index into `analysis.quotes`, the part's range) of every quote part in it.
  public let partsByParagraph: [Int: [(quote: Int, range: Range<Int>)]]
  /// Palette slot per speaker id: the most quoted speaker gets the first colour.
  public let slots: [Int]
  public let summary: SpeakerSummary
  /// Index into `quotes` for an index into `analysis.quotes`.
  public let stepIndex: [Int: Int]
  public let includesIndirect: Bool
  /// Quote ids whose speaker the researcher confirmed.
  public let confirmed: Set<Int>

  public init(
    document: Document, analysis: QuoteAnalysis, name: String, includeIndirect: Bool = false,
    confirmed: Set<Int> = [], only: Set<Int>? = nil
  ) {
    self.confirmed = confirmed
    self.document = document
    self.analysis = analysis
    self.name = name
    includesIndirect = includeIndirect
    var kinds: Set<QuoteKind> = QuoteKind.statements
    if includeIndirect { kinds.insert(.indirect) }
    // A filter narrows the quotes stepped through and listed; all of them keep their colours.
    quotes = analysis.quotes.filter { kinds.contains($0.kind) && (only?.contains($0.id) ?? true) }
    // Quote ids are not positions once the researcher's corrections took some out or added some.
    var stepByID: [Int: Int] = [:]
    for (step, quote) in quotes.enumerated() { stepByID[quote.id] = step }
    var stepIndex: [Int: Int] = [:]
    for (index, quote) in analysis.quotes.enumerated() { stepIndex[index] = stepByID[quote.id] }
    self.stepIndex = stepIndex
    var parts: [Int: [(quote: Int, range: Range<Int>)]] = [:]
    for (index, quote) in analysis.quotes.enumerated() where quote.kind != .indirect || includeIndirect {
      for part in quote.parts { parts[part.paragraph, default: []].append((index, part.range)) }
    }
    partsByParagraph = parts.mapValues { $0.sorted { $0.range.lowerBound < $1.range.lowerBound } }
    summary = SpeakerSummary(analysis, in: document, kinds: kinds)
    var slots = [Int](repeating: 0, count: analysis.speakers.count)
    for (rank, row) in summary.rows.enumerated() { slots[row.speaker.id] = rank }
    var next = summary.rows.count
    for speaker in analysis.speakers where !summary.rows.contains(where: { $0.speaker.id == speaker.id }) {
      slots[speaker.id] = next
      next += 1
    }
    self.slots = slots
  }

  public var paragraphCount: Int { document.paragraphs.count }

  /// The quote (index into `analysis.quotes`) covering a document offset in a paragraph, if any.
  public func quote(at offset: Int, paragraph: Int) -> Int? {
    partsByParagraph[paragraph]?.first { $0.range.contains(offset) }?.quote
  }

  public func speaker(of quote: Quote) -> Speaker? { analysis.speaker(of: quote) }

  /// The palette slot of a quote's speaker, nil for quotes without one.
  public func slot(of quote: Quote) -> Int? { quote.attribution.map { slots[$0.speaker] } }
}
