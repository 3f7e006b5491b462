/// The analysis as the researcher corrected it: speakers reassigned, quotes that are not quotes taken
/// out, confirmations noted. Sayso's own findings stay in the analysis; corrections are annotations,
/// applied on top each time, so that undoing one restores what Sayso found.
public struct CorrectedAnalysis: Sendable {
  public var analysis: QuoteAnalysis
  /// Quote ids the researcher confirmed.
  public var confirmed: Set<Int>
  /// Quote ids marked "not a quote" (removed from `analysis.quotes`).
  public var rejected: Set<Int>

  public init(_ analysis: QuoteAnalysis, annotations: [Annotation], paragraphs: [Paragraph] = []) {
    var analysis = analysis
    var confirmed: Set<Int> = []
    var rejected: Set<Int> = []
    var speakerFor: [Int: String] = [:]
    var madeQuotes: [(annotation: Annotation, speaker: String)] = []
    // The latest correction of a quote wins.
    // Only reviews and speakers correct the analysis; codes and notes (most annotations) do not.
    let corrections = annotations.filter { annotation in
      switch annotation.body {
      case .speaker, .review: return !annotation.isOrphan
      case .code, .note: return false
      }
    }
    for annotation in corrections.sorted(by: { $0.created < $1.created }) {
      if annotation.targetKind == .span, case .speaker(let name) = annotation.body {
        madeQuotes.append((annotation, name))
        continue
      }
      guard let quote = annotation.quoteID else { continue }
      switch annotation.body {
      case .speaker(let name): speakerFor[quote] = name
      case .review(.confirmed): confirmed.insert(quote)
      case .review(.notAQuote): rejected.insert(quote)
      case .code, .note: break
      }
    }
    var byName: [String: Int] = [:]
    for speaker in analysis.speakers { byName[speaker.name.lowercased()] = speaker.id }
    func speakerID(_ name: String) -> Int {
      if let known = byName[name.lowercased()] { return known }
      let id = analysis.speakers.count
      analysis.speakers.append(Speaker(id: id, name: name, kind: .person))
      byName[name.lowercased()] = id
      return id
    }
    for index in analysis.quotes.indices {
      guard let name = speakerFor[analysis.quotes[index].id] else { continue }
      analysis.quotes[index].attribution = Attribution(
        speaker: speakerID(name), mention: nil, cue: nil, rule: .researcher, confidence: 1)
    }
    // Spans the researcher made quotes of, with the speaker they gave them.
    for (annotation, name) in madeQuotes {
      let range = annotation.anchor.range
      guard let paragraph = paragraphs.index(containing: range.lowerBound) else {
        continue
      }
      var quote = Quote(
        id: CorrectedAnalysis.madeQuoteID(annotation.id), paragraph: paragraph, range: range, kind: .direct)
      let id = speakerID(name)
      quote.attribution = Attribution(speaker: id, mention: nil, cue: nil, rule: .researcher, confidence: 1)
      if let placeholder = speakerFor[quote.id] { quote.attribution?.speaker = speakerID(placeholder) }
      analysis.quotes.append(quote)
    }
    analysis.quotes.removeAll { rejected.contains($0.id) }
    if !madeQuotes.isEmpty {
      analysis.quotes.sort { ($0.paragraph, $0.range.lowerBound) < ($1.paragraph, $1.range.lowerBound) }
    }
    self.analysis = analysis
    self.confirmed = confirmed
    self.rejected = rejected
  }

  /// Quotes the researcher made get ids far above Sayso's, derived from the annotation's id so that
  /// codes and notes on them find them again in every session.
  public static func madeQuoteID(_ annotationID: String) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in annotationID.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return 1_000_000_000 + Int(hash % 1_000_000_000)
  }
}
