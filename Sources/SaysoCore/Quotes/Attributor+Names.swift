/// Names in the narration: each run of capitalised words read once into a mention and recorded on the
/// roster, with what its sentence says about it (a subject, a place, a person with a pronoun of its own).
extension Attributor {
  /// Prepositions before a place name.
  static let locatives: Set<String> = [
    "in", "at", "from", "to", "near", "across", "throughout", "outside", "inside", "into", "toward",
    "towards",
    "around", "through", ",",
  ]

  /// Records every name of a prose paragraph outside its quotes on the roster, marking sentence and
  /// clause subjects, names after "in" or "at" (places) and names with a "he" or "she" of their own.
  func spotNames(_ tokens: TokenizedWindow, excluding spans: [Range<Int>]) {
    let reader = MentionReader(tokens: tokens)
    NameSpotter(tokens: tokens).forEachName(excluding: spans) { run in
      let spotted = spottedName(run, tokens: tokens, reader: reader)
      let opensSentence = tokens.opensSentence(run.lowerBound)
      let entity = roster.entity(
        parsed: spotted.parsed, at: spotted.range, kind: spotted.kind, gender: spotted.gender,
        isSubject: opensSentence || Attributor.opensClause(run.lowerBound, in: tokens))
      if run.lowerBound > 0, Attributor.isLocative(tokens.tokens[run.lowerBound - 1]) {
        roster.notePlace(entity)
      }
      if opensSentence, let gender = Attributor.ownPronoun(after: run, in: tokens) {
        roster.notePerson(entity, gender: gender)
      }
    }
  }

  /// One of `locatives` (a word by its feature, or the comma).
  static func isLocative(_ token: Token) -> Bool {
    token.features.contains(.locative) || token.mark == ","
  }

  /// Whether token `i` opens a main clause inside its sentence, where a name is that clause's subject:
  /// after a semicolon, or after "and" or "but" that follow a comma or a semicolon ("…, and Mr. Bennet
  /// soon assured her…").
  static func opensClause(_ i: Int, in tokens: TokenizedWindow) -> Bool {
    guard i > 0 else { return false }
    if tokens.tokens[i - 1].features.contains(.clauseOpener) { return true }
    if tokens.tokens[i - 1].mark == ";" { return true }
    guard i > 1, tokens.tokens[i - 2].mark == "," || tokens.tokens[i - 2].mark == ";" else { return false }
    let previous = tokens.tokens[i - 1].lower
    return previous == "and" || previous == "but"
  }

  /// Words after which a name is the subject of a clause of its own ("when Mr. Woodhouse called…").
  static let clauseOpeners: Set<String> = [
    "when", "while", "whilst", "until", "till", "before", "after", "because", "though", "although",
    "whereupon",
    "where", "if", "unless", "since", "then",
  ]

  /// The gender of the first "he", "his", "she" or "herself" after a sentence's subject in its sentence
  /// ("Holmes put his hand on…"), which refers to that subject.
  static func ownPronoun(after run: Range<Int>, in tokens: TokenizedWindow) -> Gender? {
    let sentence = tokens.sentences[tokens.sentenceOf[run.lowerBound]]
    for i in run.upperBound..<min(sentence.upperBound, run.upperBound + 12) {
      if tokens.tokens[i].kind == .quoteMark { return nil }
      // (Most words are none of them: a bit of the word's features says so before any comparison.)
      guard tokens.tokens[i].features.contains(.ownPronoun) else { continue }
      switch tokens.tokens[i].lower {
      case "he", "his", "himself": return .male
      case "she", "herself": return .female
      default: continue
      }
    }
    return nil
  }

  /// The words `ownPronoun` looks for (marked `WordFeatures.ownPronoun`).
  static let ownPronouns: Set<String> = ["he", "his", "himself", "she", "herself"]

  /// The mention a name run reads as (what the roster records of it), with its name read into parts. A
  /// novel names the same few people thousands of times, and how a run reads depends only on its words
  /// and on which of them open a sentence, so each reading is kept: found again by a hash of the run's
  /// scalars and starts, and checked against the text kept with it, without making a string of the run.
  private func spottedName(_ run: Range<Int>, tokens: TokenizedWindow, reader: MentionReader) -> SpottedName {
    var starts = SentenceStarts()
    for i in run where tokens.isSentenceInitial(i) { starts.note(i - run.lowerBound) }
    let span = tokens.span(run)
    let scalars = tokens.window.scalars[span]
    let key = starts.hash(continuing: SentenceStarts.hash(scalars))
    let start = tokens.window.base + span.lowerBound
    if let known = spottedNames[key], known.starts == starts, known.text.unicodeScalars.elementsEqual(scalars)
    {
      return known.name.shifted(by: start)
    }
    let mention = reader.mention(run)
    let spotted = SpottedName(
      range: mention.range, kind: mention.kind, gender: mention.gender,
      parsed: ParsedNameCache.shared.reading(mention.name ?? mention.text))
    // (The mention's text is the run's: the whole run is the phrase read.)
    spottedNames[key] = (mention.text, starts, spotted.shifted(by: -start))
    return spotted
  }
}

/// Which words of a name run open a sentence (by offset in the run: a bit each for the first 64, a list
/// past them): with its words, what the run reads as depends on.
struct SentenceStarts: Equatable {
  var bits: UInt64 = 0
  var later: [Int] = []

  mutating func note(_ offset: Int) {
    if offset < 64 { bits |= 1 << UInt64(offset) } else { later.append(offset) }
  }

  /// FNV-1a over the scalars' values.
  static func hash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
    var hash = WordFeatureTable.seed
    for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* WordFeatureTable.prime }
    return hash
  }

  /// `hash` with these starts mixed in.
  func hash(continuing hash: UInt64) -> UInt64 {
    var hash = (hash ^ bits) &* WordFeatureTable.prime
    for offset in later { hash = (hash ^ UInt64(offset)) &* WordFeatureTable.prime }
    return hash
  }
}
