/// Finds reported speech without quote marks in one paragraph: "The company said the review was …",
/// "…, sources said.", "According to X, …". Each find is the reported clause, the verb and its subject.
///
/// Precision first: the clause must be a clause (a few words with a finite verb), must not be a direct
/// quote's business (no quote mark opens it), and the verb must be one that reports what someone said.
struct IndirectSpeechFinder {
  let tokens: TokenizedWindow
  /// Window ranges inside quote marks, in order: never reported speech themselves.
  let quoted: [Range<Int>]

  struct Found {
    /// Token ranges of the reported clause, the cue and the speaker phrase.
    var content: Range<Int>
    var cue: Range<Int>
    var subject: Range<Int>
    var rule: AttributionRule
  }

  /// Words that make a run of words a clause: auxiliaries and modals.
  static let finiteMarkers: Set<String> = [
    "is", "was", "were", "are", "be", "been", "would", "will", "could", "should", "can", "may", "might",
    "must", "had", "has", "have", "did", "does", "do", "won't", "wouldn't", "can't", "couldn't", "isn't",
    "wasn't", "weren't", "aren't", "hasn't", "hadn't", "haven't", "didn't", "doesn't", "don't", "shall",
  ]
  /// Words that start an object or adverbial after a reporting verb, never a reported clause.
  static let notClauseStarts: Set<String> = [
    "a", "an", "as", "so", "nothing", "something", "anything", "some", "him", "them", "me", "us", "out", "up",
    "to", "with", "for", "about", "of", "back", "aloud", "in", "at", "on", "from", "by", "into", "over",
    "himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves",
  ]
  /// Verbs whose object comes before the reported clause ("told reporters that …").
  static let objectVerbs: Set<String> = ["tell", "inform", "assure", "remind", "warn"]

  func find() -> [Found] {
    var found: [Found] = []
    let reportingWords: WordFeatures = [.clauseVerb, .according]
    for sentence in tokens.sentences {
      // Each way of reporting needs a reporting verb or "according" in the sentence: most sentences
      // have neither and are passed over at the cost of a bit test per word.
      guard sentence.contains(where: { !tokens.tokens[$0].features.isDisjoint(with: reportingWords) })
      else { continue }
      let end = contentEnd(sentence)
      guard end - sentence.lowerBound >= 5 else { continue }
      // "…, she replied," at the end of a paragraph introduces the quote that follows: not reported.
      if end < sentence.upperBound, [",", ":", ";"].contains(tokens.tokens[end].mark) { continue }
      // A tag at the end decides first; "According to X, Y said …" is Y's, so the inner cue comes next.
      if let hit = trailingTag(sentence, end: end) ?? leadingCue(sentence, end: end)
        ?? accordingTo(sentence, end: end)
      {
        found.append(hit)
      }
    }
    return found
  }

  /// "According to X, CLAUSE." and "CLAUSE, according to X."
  private func accordingTo(_ sentence: Range<Int>, end: Int) -> Found? {
    let s = sentence.lowerBound
    if tokens.tokens[s].features.contains(.according), s + 1 < end, tokens.tokens[s + 1].lower == "to",
      let comma = (s + 2..<min(end, s + 14)).first(where: { tokens.tokens[$0].mark == "," }),
      let subject = PhraseReader(tokens: tokens).subject(after: s + 1, ceiling: comma)
    {
      return clause((comma + 1)..<end).map {
        Found(content: $0, cue: s..<(s + 2), subject: subject, rule: .accordingTo)
      }
    }
    for i in max(s, end - 12)..<max(s, end - 2)
    where tokens.tokens[i + 1].features.contains(.according) && tokens.tokens[i].mark == ","
      && tokens.tokens[i + 2].lower == "to"
    {
      guard let subject = PhraseReader(tokens: tokens).subject(after: i + 2, ceiling: end) else { return nil }
      return clause(s..<i).map {
        Found(content: $0, cue: (i + 1)..<(i + 3), subject: subject, rule: .accordingTo)
      }
    }
    return nil
  }

  /// "CLAUSE, sources said." / "CLAUSE, said Jane Doe." / "CLAUSE, officials told Reuters on Monday."
  private func trailingTag(_ sentence: Range<Int>, end: Int) -> Found? {
    guard
      let comma = (max(sentence.lowerBound, end - 10)..<end).last(where: { tokens.tokens[$0].mark == "," }),
      comma > sentence.lowerBound, tokens.tokens[comma - 1].kind != .quoteMark
    else { return nil }
    let reader = PhraseReader(tokens: tokens)
    for v in (comma + 1)..<end where isClauseVerb(v) {
      let subject =
        v == comma + 1
        ? reader.subject(after: v, ceiling: end)
        : reader.subject(before: v, floor: comma + 1).flatMap { $0.lowerBound == comma + 1 ? $0 : nil }
      guard let subject, let content = clause(sentence.lowerBound..<comma) else { continue }
      return Found(content: content, cue: v..<(v + 1), subject: subject, rule: .reportedSpeech)
    }
    return nil
  }

  /// "SUBJECT said (that) CLAUSE", "SUBJECT said... CLAUSE", "SUBJECT told reporters that CLAUSE".
  private func leadingCue(_ sentence: Range<Int>, end: Int) -> Found? {
    let reader = PhraseReader(tokens: tokens)
    for v in sentence.lowerBound..<min(end, sentence.lowerBound + 25) where isClauseVerb(v) {
      guard let subject = reader.subject(before: v, floor: sentence.lowerBound) else { continue }
      var k = v + 1
      let base = Lexicon.shared.speechVerbs[tokens.tokens[v].lower]?.base ?? ""
      let that = (k..<min(end, k + 7)).first {
        tokens.tokens[$0].lower == "that" && !tokens.tokens[$0].isCapitalised
      }
      if IndirectSpeechFinder.objectVerbs.contains(base) {
        // The object comes first: only "told X that …" is safe to read.
        guard let that, !(k..<that).contains(where: { !tokens.tokens[$0].isWord }) else { return nil }
        k = that + 1
      } else if let that, !(k..<that).contains(where: { !tokens.tokens[$0].isWord }) {
        k = that + 1  // "said on Tuesday that …"
      } else {
        // "said... the new inquiry": an ellipsis, not the end of the sentence.
        while k < end, ["…", "."].contains(tokens.tokens[k].mark) { k += 1 }
      }
      // "added a note of caution", "said as much": an object or an adverbial, not a reported clause.
      guard k < end, tokens.tokens[k].isWord,
        that != nil || !IndirectSpeechFinder.notClauseStarts.contains(tokens.tokens[k].lower)
      else { return nil }
      // Without "that", the reported clause's verb comes within its first words ("said the new inquiry
      // would …"); a longer run is an object ("recalled her past kindness, the affection of …").
      return clause(k..<end, verbWithin: that == nil ? 8 : nil).map {
        Found(content: $0, cue: v..<(v + 1), subject: subject, rule: .reportedSpeech)
      }
    }
    return nil
  }

  /// A reporting verb used as a finite verb: a past or present form of a verb that takes a clause.
  private func isClauseVerb(_ v: Int) -> Bool {
    let token = tokens.tokens[v]
    guard token.features.contains(.clauseVerb), !token.isCapitalised, !isQuoted(v),
      let verb = Lexicon.shared.speechVerbs[token.lower]
    else { return false }
    // "a swing state", "the president's claims": words as often nouns count only in the past tense.
    if Lexicon.nounLikeVerbs.contains(verb.base) { return verb.form == .past }
    return verb.form == .past || verb.form == .thirdPerson
  }

  /// The clause `range`, cut at a quote mark or a trailing participle (", adding: …"), if it still reads
  /// as a clause: four words or more with an auxiliary, a modal or a past-tense verb after the first word.
  private func clause(_ range: Range<Int>, verbWithin limit: Int? = nil) -> Range<Int>? {
    var end = range.upperBound
    for i in range where tokens.tokens[i].kind == .quoteMark || isQuoted(i) {
      end = i
      break
    }
    if let participle = (range.lowerBound..<end).first(where: { i in
      tokens.tokens[i].mark == "," && i + 1 < end
        && Lexicon.shared.speechVerbs[tokens.tokens[i + 1].lower]?.form == .gerund
    }) {
      end = participle
    }
    while end > range.lowerBound, !tokens.tokens[end - 1].isWord { end -= 1 }
    let words = (range.lowerBound..<end).filter { tokens.tokens[$0].isWord }
    guard words.count >= 4, tokens.tokens[range.lowerBound].isWord else { return nil }
    let finite = words.dropFirst().prefix(limit ?? words.count).contains { i in
      let lower = tokens.tokens[i].lower
      return IndirectSpeechFinder.finiteMarkers.contains(lower)
        || (lower.endsWith("ed") && lower.utf8.count > 4)
    }
    return finite ? range.lowerBound..<end : nil
  }

  /// The sentence without its closing punctuation.
  private func contentEnd(_ sentence: Range<Int>) -> Int {
    var end = sentence.upperBound
    while end > sentence.lowerBound, !tokens.tokens[end - 1].isWord, tokens.tokens[end - 1].kind != .quoteMark
    {
      end -= 1
    }
    return end
  }

  private func isQuoted(_ i: Int) -> Bool {
    let start = tokens.tokens[i].start
    // Binary search: the last quoted span starting at or before the token.
    var low = 0
    var high = quoted.count
    while low < high {
      let middle = (low + high) / 2
      if quoted[middle].lowerBound <= start { low = middle + 1 } else { high = middle }
    }
    return low > 0 && quoted[low - 1].contains(start)
  }
}
