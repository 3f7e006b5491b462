/// Finds the quotes of a document, gives each a kind and, for statements, a speaker with an explanation.
///
/// The entry point of quote analysis; pure and deterministic, linear in the length of the document.
public struct QuoteAnalyzer {
  public init() {}

  public func analyze(_ document: Document) -> QuoteAnalysis {
    let scanned = QuoteScanner(document: document).scan()
    let attributor = Attributor(document: document, scanned: scanned)
    attributor.run()
    var quotes: [Quote] = []
    var assignments: [Attributor.Assignment?] = []
    var openMulti: Int?
    let paragraphs = Set(attributor.states.keys).union(attributor.reported.keys).sorted()
    for index in paragraphs {
      // Reported speech goes in among the paragraph's quotes by position, so ids follow reading order.
      var pending = attributor.reported[index] ?? []
      func flushReported(before position: Int) {
        while let first = pending.first, first.range.lowerBound < position {
          quotes.append(Quote(id: quotes.count + 1, paragraph: index, range: first.range, kind: .indirect))
          assignments.append(first.assignment)
          pending.removeFirst()
        }
      }
      if let state = attributor.states[index] {
        for (k, raw) in state.quotes.enumerated() {
          let range = state.ranges[k]
          if raw.continuesPrevious, let multi = openMulti {
            quotes[multi].continuation.append(QuotePart(paragraph: index, range: range))
            if assignments[multi] == nil { assignments[multi] = state.assignments[k] }
          } else {
            flushReported(before: range.lowerBound)
            quotes.append(Quote(id: quotes.count + 1, paragraph: index, range: range, kind: state.kinds[k]))
            assignments.append(state.assignments[k])
          }
          openMulti = raw.continuesToNext ? (raw.continuesPrevious ? openMulti : quotes.count - 1) : nil
        }
      }
      flushReported(before: Int.max)
    }
    return SpeakerList.build(quotes: quotes, assignments: assignments, roster: attributor.roster)
  }
}

/// Turns roster entities that speak into `Speaker`s and attaches attributions to statements.
enum SpeakerList {
  static func build(
    quotes: [Quote], assignments: [Attributor.Assignment?], roster: SpeakerRoster
  ) -> QuoteAnalysis {
    var quotes = quotes
    var speakerOf: [Int: Int] = [:]
    var speakers: [Speaker] = []
    for (i, assignment) in assignments.enumerated() {
      guard let assignment, quotes[i].kind.isStatement else { continue }
      let id =
        speakerOf[assignment.entity]
        ?? {
          let entity = roster.entities[assignment.entity]
          let name = roster.canonicalName(assignment.entity)
          let aliases = (entity.forms + entity.descriptions.map { "the " + $0 }).filter { $0 != name }
          speakers.append(
            Speaker(
              id: speakers.count, name: name, kind: entity.kind ?? .person, gender: entity.gender,
              aliases: Array(Set(aliases)).sorted(),
              mentions: entity.mentions.sorted { $0.lowerBound < $1.lowerBound }))
          speakerOf[assignment.entity] = speakers.count - 1
          return speakers.count - 1
        }()
      quotes[i].attribution = Attribution(
        speaker: id, mention: assignment.mention, cue: assignment.cue, rule: assignment.rule,
        confidence: assignment.confidence)
    }
    return QuoteAnalysis(quotes: quotes, speakers: speakers)
  }
}
