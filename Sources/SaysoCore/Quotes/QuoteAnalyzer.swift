/// Finds the quotes of a document, gives each a kind and, for statements, a speaker with an explanation.
///
/// The entry point of quote analysis; pure and deterministic, linear in the length of the document.
public struct QuoteAnalyzer: Sendable {
  /// How dialogue is read: news continues a speaker across paragraphs; fiction takes turns.
  public var genre: Genre
  /// Whether one long document may use a second core (see `AnalysisThreads`). Off where documents are
  /// already analysed side by side, one per core (indexing a corpus).
  public var usesSecondCore: Bool

  public init(genre: Genre = .auto, usesSecondCore: Bool = true) {
    self.genre = genre
    self.usesSecondCore = usesSecondCore
  }

  /// Forgets what analyses share across documents (names already read), so that a benchmark that
  /// analyses the same documents again measures a first reading.
  public static func forgetSharedReadings() {
    ParsedNameCache.shared.removeAll()
  }

  public func analyze(_ document: Document) -> QuoteAnalysis {
    let split = usesSecondCore && AnalysisThreads.worthSplitting(document)
    let (scanned, vocabulary) = AnalysisThreads.scan(document, split: split)
    let attributor = Attributor(
      document: document, scanned: scanned, genre: genre, vocabulary: vocabulary, tokenizesAhead: split)
    attributor.run()
    var quotes: [Quote] = []
    var assignments: [Attributor.Assignment?] = []
    var openMulti: Int?
    // Quotes without marks (reported speech, block quotes) go in among the marked ones by position, so
    // that ids follow reading order.
    var unmarked: [Int: [(quote: Quote, assignment: Attributor.Assignment?)]] = [:]
    for (index, found) in attributor.reported {
      unmarked[index, default: []] += found.map {
        (Quote(id: 0, paragraph: index, range: $0.range, kind: .indirect), $0.assignment)
      }
    }
    for block in attributor.blocks {
      guard let first = block.parts.first else { continue }
      var quote = Quote(id: 0, paragraph: first.paragraph, range: first.range, kind: .block)
      quote.continuation = Array(block.parts.dropFirst())
      unmarked[first.paragraph, default: []].append((quote, block.assignment))
    }
    for index in Set(attributor.states.keys).union(unmarked.keys).sorted() {
      var pending = (unmarked[index] ?? []).sorted { $0.quote.range.lowerBound < $1.quote.range.lowerBound }[
        ...]
      func flushUnmarked(before position: Int) {
        while let first = pending.first, first.quote.range.lowerBound < position {
          var quote = first.quote
          quote.id = quotes.count + 1
          quotes.append(quote)
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
            flushUnmarked(before: range.lowerBound)
            quotes.append(Quote(id: quotes.count + 1, paragraph: index, range: range, kind: state.kinds[k]))
            assignments.append(state.assignments[k])
          }
          openMulti = raw.continuesToNext ? (raw.continuesPrevious ? openMulti : quotes.count - 1) : nil
        }
      }
      flushUnmarked(before: Int.max)
    }
    return SpeakerList.build(quotes: quotes, assignments: assignments, roster: attributor.roster)
  }
}

/// The kind of writing a source is, which decides how unattributed lines of dialogue are read.
public enum Genre: String, Sendable, CaseIterable {
  /// Decide from the text: many paragraphs opening with a quote, in a long or hard-wrapped text, is fiction.
  case auto
  case news
  case fiction
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
          // Names are read across line breaks ("his young\ninterlocutor"): shown on one line.
          let name = QuoteAnalyzer.oneLine(roster.canonicalName(assignment.entity))
          // Descriptions are aliases ("the minister"); a speaker known only as "he" or "I" has the
          // pronoun as its description, which is no alias ("the i").
          let described = entity.descriptions.filter { Lexicon.pronouns[$0] == nil }.map { "the " + $0 }
          // Sorted, each once (what a set then sorted gave, without the set).
          var aliases: [String] = []
          for alias in (entity.forms + described).map(QuoteAnalyzer.oneLine).sorted()
          where alias != name && alias != aliases.last {
            aliases.append(alias)
          }
          // Mentions are recorded nearly in order: sorted only when they are not.
          let mentions = entity.mentions
          let inOrder = zip(mentions, mentions.dropFirst()).allSatisfy { $0.lowerBound <= $1.lowerBound }
          speakers.append(
            Speaker(
              id: speakers.count, name: name, kind: entity.kind ?? .person, gender: entity.gender,
              aliases: aliases,
              mentions: inOrder ? mentions : mentions.sorted { $0.lowerBound < $1.lowerBound }))
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

extension QuoteAnalyzer {
  /// A name as one line: runs of whitespace (line breaks of hard-wrapped text included) become a space.
  static func oneLine(_ text: String) -> String {
    // Nearly every name is ASCII with single spaces inside it: said so by one pass over its bytes, and
    // returned as it is. Anything else (non-ASCII white space included) is split and joined.
    var copy = text
    let plain = copy.withUTF8 { bytes in
      var previousSpace = true
      for byte in bytes {
        if byte >= 0x80 || (byte >= 0x09 && byte <= 0x0D) || (byte == 0x20 && previousSpace) { return false }
        previousSpace = byte == 0x20
      }
      return !previousSpace
    }
    if plain { return text }
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
