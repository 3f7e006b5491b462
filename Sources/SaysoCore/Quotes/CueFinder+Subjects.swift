/// Who a cue's verb belongs to: the subject of the sentence or clause before a quote.
extension CueFinder {
  /// The subject a participle or a coordinated verb shares ("Mr. Ackman wrote to investors, telling them",
  /// "Clinton chimed in on Twitter, saying"): the subject of the nearest verb-like word before it.
  func mainSubject(start: Int, before limit: Int) -> Range<Int>? {
    let reader = PhraseReader(tokens: tokens)
    var w = limit - 1
    while w > start {
      let token = tokens.tokens[w]
      if token.isWord && !token.isCapitalised && isSpeechVerb(w),
        let subject = reader.subject(before: w, floor: start)
      {
        let first = tokens.tokens[subject.lowerBound]
        if first.isCapitalised || first.features.contains(.personalPronoun)
          || first.features.contains(.determiner)
        {
          return subject
        }
      }
      w -= 1
    }
    return namedSubject(start: start, before: limit) ?? clauseSubject(start: start, before: limit)
  }

  /// The first name or pronoun of the sentence that a verb-like word follows ("Mrs. Clinton tried to …").
  func namedSubject(start: Int, before limit: Int) -> Range<Int>? {
    let reader = MentionReader(tokens: tokens)
    var i = start
    while i < limit {
      let token = tokens.tokens[i]
      if token.isWord && token.features.contains(.personalPronoun), i + 1 < limit,
        CueFinder.looksLikeVerb(tokens.tokens[i + 1].lower) || tokens.tokens[i + 1].lower.endsWith("ed")
      {
        return i..<(i + 1)
      }
      if token.isWord && token.isCapitalised {
        var j = i
        while j < limit, tokens.tokens[j].isWord,
          tokens.tokens[j].isCapitalised || tokens.tokens[j].features.contains(.determiner)
        { j += 1 }
        if j < limit, reader.nameRun(in: i..<j) != nil {
          let next = tokens.tokens[j].lower
          if CueFinder.looksLikeVerb(next) || (next.endsWith("ed") && next.count > 3) || isSpeechVerb(j) {
            return i..<j
          }
        }
        i = max(j, i + 1)
        continue
      }
      i += 1
    }
    return nil
  }

  /// "He adopted a fake accent and joked, “…”": a verb after "and" shares the sentence's subject.
  func coordinatedSubject(verb: Int, floor: Int) -> Range<Int>? {
    guard verb > floor, tokens.tokens[verb - 1].lower == "and" else { return nil }
    return mainSubject(start: floor, before: verb - 1)
  }

  /// The subject of the clause that starts at `start`: skips an introductory phrase ending in a comma,
  /// then reads the first noun phrase.
  static let introductionOpeners: Set<String> = [
    "in", "on", "at", "after", "before", "during", "while", "when", "as", "for", "with", "however", "but",
    "meanwhile", "still", "instead", "last", "earlier", "later", "since",
  ]

  /// Last words of a short introductory phrase of time ("Hours later,", "A week ago,", "That evening,").
  static let introductionEnders: Set<String> = [
    "later", "ago", "earlier", "afterward", "afterwards", "then", "now", "today", "yesterday", "tonight",
    "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "however", "instead",
    "meanwhile", "though", "too",
  ]

  func clauseSubject(start: Int, before limit: Int) -> Range<Int>? {
    var s = start
    // An introductory phrase is short: the comma is looked for within a few dozen tokens, so that a
    // sentence of thousands of words with thousands of quotes is not read again for each.
    if start < limit,
      tokens.tokens[start].lower.endsWith("ing")
        || CueFinder.introductionOpeners.contains(tokens.tokens[start].lower),
      let comma = (start..<min(limit, start + 40)).first(where: { tokens.tokens[$0].mark == "," })
    {
      s = comma + 1
    } else if let comma = (start..<min(limit, start + 6)).first(where: { tokens.tokens[$0].mark == "," }),
      comma > start, CueFinder.introductionEnders.contains(tokens.tokens[comma - 1].lower)
    {
      // "Hours later, she …", "Two weeks ago, Mr. Carson …": a phrase of time before the subject.
      s = comma + 1
    }
    // "But Mrs. Clinton would …", "When Mr. Trump tried …": skip the conjunction.
    while s < limit, tokens.tokens[s].isWord, tokens.tokens[s].features.contains(.opener) {
      s += 1
    }
    guard s < limit else { return nil }
    if tokens.tokens[s].features.contains(.personalPronoun) { return s..<(s + 1) }
    var e = s
    var sawName = false
    var lowercaseWords = 0
    while e < limit, e - s < 8 {
      let token = tokens.tokens[e]
      guard token.isWord else { break }
      if token.isCapitalised || token.features.contains(.determiner) || token.lower == "of"
        || token.mark == "&"
      {
        if token.isCapitalised && !token.features.contains(.determiner) { sawName = true }
        e += 1
        continue
      }
      // After a name, a lower-case word is the verb; after a determiner, up to three words ("an early
      // tweet") run until something that looks like a verb.
      // "The Florida senator", "the GOP presidential nominee": a role or organisation noun (perhaps after
      // an adjective) after a name is the head.
      let isHead: (Int) -> Bool = { k in
        k < limit
          && (self.lexicon.roleNouns[self.tokens.tokens[k].lower] != nil
            || self.lexicon.organisationWords[self.tokens.tokens[k].lower] != nil)
      }
      let headNoun = isHead(e) || (isHead(e + 1) && !CueFinder.looksLikeVerb(token.lower))
      if (sawName && !headNoun) || token.features.contains(.phraseBoundary)
        || IndirectSpeechFinder.finiteMarkers.contains(token.lower)
        || lexicon.speechVerbs[token.lower] != nil || lowercaseWords >= 3
        || (lowercaseWords > 0 && CueFinder.looksLikeVerb(token.lower))
      {
        break
      }
      lowercaseWords += 1
      e += 1
    }
    return e > s ? s..<e : nil
  }
}
