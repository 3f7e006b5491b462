/// Who said each quote: a sieve over the document in reading order. Cues next to the quote first, then
/// quotes in the same paragraph, then paragraph-to-paragraph continuation (news) or turn-taking (fiction),
/// then the subject of the quote's sentence when that subject speaks elsewhere.
final class Attributor {
  /// A name run as read once (see `spottedName`): what the roster records of its mention (the range
  /// at offset 0, the kind and gender read) and its name's reading. Not the whole `Mention`: its four
  /// strings were copied at every later sighting of the name and never read.
  struct SpottedName {
    var range: Range<Int>
    var kind: SpeakerKind?
    var gender: Gender
    var parsed: SpeakerRoster.ParsedName

    /// The same name `offset` scalars further on.
    func shifted(by offset: Int) -> SpottedName {
      var moved = self
      moved.range = (range.lowerBound + offset)..<(range.upperBound + offset)
      return moved
    }
  }

  struct Assignment {
    var entity: Int
    var mention: Range<Int>?
    var cue: Range<Int>?
    var rule: AttributionRule
    var confidence: Double
  }

  let document: Document
  let scanned: [Int: QuoteScanner.ParagraphQuotes]
  let roster = SpeakerRoster()
  let fiction: Bool
  let vocabulary: DocumentVocabulary
  /// The paragraphs with quotes, by index, as kept after reading them.
  var states: [Int: QuotedParagraph] = [:]
  var conversation = Conversation()
  /// Who the quotes of the paragraph being read address.
  var currentAddressed: [Int] = []
  /// Block-quote paragraphs without quote marks, as quotes, in document order.
  var blocks: [BlockQuote] = []
  /// Reported speech without quote marks, by paragraph: document range of the clause and its speaker.
  var reported: [Int: [(range: Range<Int>, assignment: Assignment)]] = [:]
  /// Name runs already read, at offset 0, by a hash of their text and sentence starts (see
  /// `spottedName`), with the text and starts a hit is checked against.
  var spottedNames: [UInt64: (text: String, starts: SentenceStarts, name: SpottedName)] = [:]
  /// A short document's tokens of the paragraphs with a quote still unattributed after reading, which the
  /// last pass reads again (`tokenize`); a long document's are made again instead, to keep its memory low.
  var tokensToReread: [Int: TokenizedWindow] = [:]
  /// The first-person narrator ("I said"), once the text has one.
  var narrator: Int?
  /// Names others call the narrator by, with counts: the narrator's name.
  var narratorNames: [String: Int] = [:]
  /// Where the narration a speech tag's pronoun looks back on begins: this paragraph, or the paragraph
  /// before when that one is narration only (see `SpeakerRoster.subject`).
  var subjectFloor = 0

  /// Whether `tokensToReread` is kept: for a document below the size where a second core helps.
  private var keepsTokensToReread: Bool { document.text.byteCount < AnalysisThreads.minimumBytes }

  /// The paragraphs' tokens for the reading pass (see `TokenSupply`).
  private let supply: TokenSupply

  /// `vocabulary` when already made (on another thread); `tokenizesAhead` tokenizes on a second thread.
  init(
    document: Document, scanned: [Int: QuoteScanner.ParagraphQuotes], genre: Genre = .auto,
    vocabulary: DocumentVocabulary? = nil, tokenizesAhead: Bool = false
  ) {
    self.document = document
    self.scanned = scanned
    switch genre {
    case .auto: fiction = Attributor.looksLikeFiction(document, scanned: scanned)
    case .news: fiction = false
    case .fiction: fiction = true
    }
    let vocabulary = vocabulary ?? DocumentVocabulary(document.text)
    self.vocabulary = vocabulary
    // An article names a few dozen people and places: room for them from the start, not grown by doubling.
    spottedNames.reserveCapacity(64)
    supply = TokenSupply(document: document, vocabulary: vocabulary, scanned: scanned, ahead: tokenizesAhead)
  }

  /// Dialogue-heavy text in hard-wrapped paragraphs, or a long text where many paragraphs open with a quote.
  static func looksLikeFiction(_ document: Document, scanned: [Int: QuoteScanner.ParagraphQuotes]) -> Bool {
    let body = document.paragraphs.filter { $0.kind == .body }
    guard body.count >= 40 else { return false }
    let opening = body.filter { paragraph in
      guard let quotes = scanned[paragraph.index]?.quotes, let first = quotes.first else { return false }
      return (first.openMark ?? 0) == 0
    }.count
    let share = Double(opening) / Double(body.count)
    return (document.layout == .wrapped || document.layout == .indented)
      ? share > 0.1 : share > 0.3 && body.count > 150
  }

  func run() {
    var previousQuoted: Int?
    var previousTokens: TokenizedWindow?
    for paragraph in document.paragraphs {
      let found = scanned[paragraph.index]
      let tokens = supply.next(paragraph.index)
      let quotes = found?.quotes ?? []
      let spans = Attributor.spans(of: quotes)
      subjectFloor = narrationStart(before: paragraph)
      if paragraph.kind.isProse { spotNames(tokens, excluding: spans) }
      if paragraph.kind == .heading || paragraph.kind == .title { conversation.sceneBreak() }
      guard !quotes.isEmpty else {
        if paragraph.kind.isProse && !tokens.tokens.isEmpty { conversation.narration(paragraph.index) }
        // Plain text marks block quotes only by indentation, which in novels is as often verse or a
        // letter; marked-up sources say so explicitly.
        if paragraph.kind == .blockquote && document.format != .text {
          readBlockQuote(
            tokens, paragraph: paragraph, previousTokens: previousTokens, previousQuoted: previousQuoted)
        } else if paragraph.kind.isProse {
          findReportedSpeech(tokens, quoted: spans, paragraph: paragraph)
        }
        previousTokens = tokens
        continue
      }
      var state = ParagraphState(tokens: tokens, quotes: quotes, spans: spans)
      (state.addressed, state.vocativeNames) = vocatives(state)
      currentAddressed = state.addressed
      findCues(&state, paragraph: paragraph)
      shareWithinParagraph(&state)
      continueAcrossParagraphs(
        &state, paragraph: paragraph, previousQuoted: previousQuoted, previousTokens: previousTokens)
      classify(&state, paragraph: paragraph)
      states[paragraph.index] = QuotedParagraph(state)
      if keepsTokensToReread && state.assignments.contains(where: { $0 == nil }) {
        tokensToReread[paragraph.index] = tokens
      }
      if paragraph.kind.isProse { findReportedSpeech(tokens, quoted: spans, paragraph: paragraph) }
      previousTokens = tokens
      learnNarratorName(state, previous: previousQuoted.flatMap { states[$0] })
      if state.assignments.contains(where: { $0 != nil }) { previousQuoted = paragraph.index }
      conversation.quoted(
        paragraph.index, speakers: state.assignments.compactMap { $0?.entity }, addressed: state.addressed)
    }
    anchorTurnChains()
    attributeToSentenceSubjects()
    if let narrator, let name = narratorName() { roster.name(narrator, name) }
  }

  /// The start of `paragraph`, or of the paragraph before it when that one is prose without quotes.
  func narrationStart(before paragraph: Paragraph) -> Int {
    guard paragraph.index > 0 else { return paragraph.start }
    let previous = document.paragraphs[paragraph.index - 1]
    let quoted = !(scanned[previous.index]?.quotes.isEmpty ?? true)
    return previous.kind.isProse && !quoted ? previous.start : paragraph.start
  }

  /// The name others call the narrator most often (at least twice; ties to the first in alphabetical
  /// order, so that the result does not depend on hashing). A name the narration itself uses for someone
  /// again and again ("Potapitch came in", "said Potapitch") is a third person, not the "I" of the story.
  private func narratorName() -> String? {
    let candidates = narratorNames.filter { name, count in
      guard count >= 2 else { return false }
      guard let entity = roster.find(named: name) else { return true }
      return roster.entities[entity].mentions.count < SpeakerRoster.thirdPersonMentions
    }
    return candidates.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  /// When the narrator and someone else take turns, the names the other calls out are the narrator's.
  private func learnNarratorName(_ state: ParagraphState, previous: QuotedParagraph?) {
    guard let narrator, let previous else { return }
    let speakers = Set(state.assignments.compactMap { $0?.entity })
    let previousSpeakers = Set(previous.assignments.compactMap { $0?.entity })
    if speakers.contains(narrator) && !previousSpeakers.contains(narrator) {
      for name in previous.vocativeNames { narratorNames[name, default: 0] += 1 }
    } else if previousSpeakers.contains(narrator) && !speakers.isEmpty && !speakers.contains(narrator) {
      for name in state.vocativeNames { narratorNames[name, default: 0] += 1 }
    }
  }

  /// Token positions of quote `k` in its paragraph.
  func quoteTokens(_ state: ParagraphState, _ k: Int) -> CueFinder.QuoteTokens {
    Attributor.quoteTokens(tokens: state.tokens, quotes: state.quotes, spans: state.spans, k: k)
  }

  static func quoteTokens(
    tokens: TokenizedWindow, quotes: [RawQuote], spans: [Range<Int>], k: Int
  ) -> CueFinder.QuoteTokens {
    let quote = quotes[k]
    let open = quote.openMark.map { tokens.tokenIndex(atOrAfter: $0) }
    // The last token of the closing mark (the wire-copy '' is two tokens).
    let close = quote.closeMark.map { tokens.tokenIndex(atOrAfter: $0.upperBound) - 1 }
    let floor = k > 0 ? tokens.tokenIndex(atOrAfter: spans[k - 1].upperBound) : 0
    let ceiling =
      k + 1 < quotes.count ? tokens.tokenIndex(atOrAfter: spans[k + 1].lowerBound) : tokens.tokens.count
    return CueFinder.QuoteTokens(open: open, close: close, floor: floor, ceiling: ceiling)
  }

  /// The window ranges the quotes cover, marks included.
  static func spans(of quotes: [RawQuote]) -> [Range<Int>] {
    quotes.map { ($0.openMark ?? 0)..<($0.closeMark?.upperBound ?? $0.content.upperBound) }
  }

  private func findCues(_ state: inout ParagraphState, paragraph: Paragraph) {
    let finder = CueFinder(tokens: state.tokens)
    let reader = MentionReader(tokens: state.tokens)
    let foundAhead = supply.cues(paragraph.index)
    for k in state.quotes.indices {
      guard let cue = foundAhead.map({ $0[k] }) ?? finder.cue(for: quoteTokens(state, k)) else { continue }
      let mention = reader.mention(cue.subject)
      guard let entity = resolve(mention, at: mention.range.lowerBound) else { continue }
      roster.noteQuote(entity)
      // "said Holmes": whoever speaks by name is a person (an organisation keeps its kind).
      if mention.name != nil && mention.kind == nil { roster.notePerson(entity) }
      state.assignments[k] = Assignment(
        entity: entity, mention: mention.range, cue: state.tokens.window.absolute(state.tokens.span(cue.cue)),
        rule: cue.rule, confidence: cue.confidence)
    }
  }

  /// Quotes of one paragraph with no cue of their own share the speaker of the nearest quote that has one
  /// ("“…,” he said. “…”"): the previous one first.
  private func shareWithinParagraph(_ state: inout ParagraphState) {
    // The nearest cued quote before each uncued one, else the first cued one after it: in one sweep,
    // without arrays (this runs for every paragraph with quotes; a paragraph may hold thousands).
    guard let firstCued = state.assignments.firstIndex(where: { $0 != nil }) else { return }
    var lastCued = firstCued
    for k in state.quotes.indices {
      if state.assignments[k] != nil {
        lastCued = k
        continue
      }
      guard let source = state.assignments[k < firstCued ? firstCued : lastCued] else { continue }
      state.assignments[k] = Assignment(
        entity: source.entity, mention: source.mention, cue: source.cue, rule: .continuation,
        confidence: min(source.confidence, 0.85) - 0.05)
    }
  }
}
