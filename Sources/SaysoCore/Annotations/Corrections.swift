/// The analysis as the researcher corrected it: speakers reassigned, quotes that are not quotes taken
/// out, confirmations noted. Sayso's own findings stay in the analysis; corrections are annotations,
/// applied on top each time, so that undoing one restores what Sayso found.
public struct CorrectedAnalysis: Sendable {
  public var analysis: QuoteAnalysis
  /// Quote ids the researcher confirmed.
  public var confirmed: Set<Int>
  /// Quote ids marked "not a quote" (removed from `analysis.quotes`).
  public var rejected: Set<Int>

  public init(_ analysis: QuoteAnalysis, annotations: [Annotation]) {
    var analysis = analysis
    var confirmed: Set<Int> = []
    var rejected: Set<Int> = []
    var speakerFor: [Int: String] = [:]
    // The latest correction of a quote wins.
    for annotation in annotations.sorted(by: { $0.created < $1.created }) where !annotation.isOrphan {
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
    for index in analysis.quotes.indices {
      guard let name = speakerFor[analysis.quotes[index].id] else { continue }
      let id: Int
      if let known = byName[name.lowercased()] {
        id = known
      } else {
        id = analysis.speakers.count
        analysis.speakers.append(Speaker(id: id, name: name, kind: .person))
        byName[name.lowercased()] = id
      }
      analysis.quotes[index].attribution = Attribution(
        speaker: id, mention: nil, cue: nil, rule: .researcher, confidence: 1)
    }
    analysis.quotes.removeAll { rejected.contains($0.id) }
    self.analysis = analysis
    self.confirmed = confirmed
    self.rejected = rejected
  }
}
