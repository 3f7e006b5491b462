extension Attributor {
  /// Paragraphs whose quotes found no cue: a cue ending the previous paragraph with a colon; in news, the
  /// speaker of the quote just before; in fiction, an action beat in the paragraph or the turn order.
  func continueAcrossParagraphs(
    _ state: inout ParagraphState, paragraph: Paragraph, previousQuoted: Int?,
    previousTokens: TokenizedWindow?
  ) {
    guard state.assignments.allSatisfy({ $0 == nil }) else { return }
    let assignment =
      colonIntroduction(previousTokens, paragraph: paragraph)
      ?? (fiction
        ? dialogueTurn(state, paragraph: paragraph)
        : newsContinuation(state, paragraph: paragraph, previous: previousQuoted) ?? newsBeat(state))
    guard let assignment else { return }
    for k in state.quotes.indices { state.assignments[k] = assignment }
    roster.noteQuote(assignment.entity)
  }

  /// "He said:" (or any cue) ending the previous paragraph introduces this one's quote.
  func colonIntroduction(_ previous: TokenizedWindow?, paragraph: Paragraph) -> Assignment? {
    guard let previous, let last = previous.tokens.last, last.mark == ":" else { return nil }
    let finder = CueFinder(tokens: previous)
    let sentence = previous.sentences[previous.sentenceOf[previous.tokens.count - 1]]
    for v in sentence.reversed() where finder.isSpeechVerb(v, allowGerund: true) {
      let isGerund = Lexicon.shared.speechVerbs[previous.tokens[v].lower]?.form == .gerund
      let subject =
        isGerund
        ? finder.clauseSubject(start: sentence.lowerBound, before: v)
        : PhraseReader(tokens: previous).subject(before: v, floor: sentence.lowerBound)
      guard let subject else { continue }
      let mention = MentionReader(tokens: previous).mention(subject)
      guard let entity = resolve(mention, at: mention.range.lowerBound) else { continue }
      return Assignment(
        entity: entity, mention: mention.range, cue: previous.window.absolute(previous.span(v..<(v + 1))),
        rule: .colonIntro, confidence: 0.8)
    }
    return nil
  }

  /// Fiction: someone named (or a pronoun) at the start of the narration in this paragraph ("Emma laughed.
  /// “…”"), else the participant whose turn it is, unless the line addresses that participant by name.
  private func dialogueTurn(_ state: ParagraphState, paragraph: Paragraph) -> Assignment? {
    if let beat = actionBeat(state) { return beat }
    // The narration just before is about someone: "Tom came in from the yard." then his line.
    if subjectFloor < paragraph.start,
      let subject = roster.subject(
        pronoun: "he", gender: .unknown, from: subjectFloor, before: paragraph.start,
        excluding: state.addressed + (narrator.map { [$0] } ?? []))
    {
      return Assignment(entity: subject, mention: nil, cue: nil, rule: .actionBeat, confidence: 0.45)
    }
    guard conversation.continues(at: paragraph.index) else { return nil }
    // The one the last line addressed answers; otherwise the one who spoke before the last speaker.
    var speaker = conversation.lastAddressed.first { !state.addressed.contains($0) } ?? conversation.nextTurn
    if speaker == nil, let last = conversation.lastSpeaker {
      speaker = roster.resolve(
        pronoun: "he", gender: .unknown, before: state.tokens.window.base,
        excluding: [last] + state.addressed + (narrator.map { [$0] } ?? []))
    }
    guard var chosen = speaker else { return nil }
    if addresses(state, chosen), let other = conversation.speakers.first(where: { $0 != chosen }) {
      chosen = other
    }
    return Assignment(entity: chosen, mention: nil, cue: nil, rule: .turnTaking, confidence: 0.5)
  }

  /// The subject of the first narration sentence of the paragraph, when it is a name or a pronoun.
  private func actionBeat(_ state: ParagraphState) -> Assignment? {
    let tokens = state.tokens
    var span = 0  // sentences and quote spans are both in order
    for sentence in tokens.sentences {
      guard let first = sentence.first else { continue }
      let start = tokens.tokens[first].start
      while span < state.spans.count && state.spans[span].upperBound <= start { span += 1 }
      guard span == state.spans.count || !state.spans[span].contains(start), tokens.tokens[first].isWord
      else { continue }
      return sentenceSubject(sentence, in: state, namesFirstOnly: false)
    }
    return nil
  }

  /// The entity a sentence opens with: "he" or "she", or a name (after a word that is no determiner too,
  /// unless `namesFirstOnly`; never a word in capitals, as headlines are written).
  func sentenceSubject(
    _ sentence: Range<Int>, in state: ParagraphState, namesFirstOnly: Bool
  ) -> Assignment? {
    let tokens = state.tokens
    let reader = MentionReader(tokens: tokens)
    guard let first = sentence.first, tokens.tokens[first].isWord else { return nil }
    let token = tokens.tokens[first]
    if token.lower == "he" || token.lower == "she" {
      let mention = reader.mention(first..<(first + 1))
      guard let entity = resolve(mention, at: mention.range.lowerBound) else { return nil }
      return Assignment(entity: entity, mention: mention.range, cue: nil, rule: .actionBeat, confidence: 0.55)
    }
    guard token.isCapitalised, !(namesFirstOnly && token.allCaps),
      let run = reader.nameRun(in: first..<min(sentence.upperBound, first + 4)),
      run.lowerBound == first
        || (!namesFirstOnly && !token.features.contains(.determiner)
          && run.lowerBound == first + 1)
    else { return nil }
    let mention = reader.mention(run)
    guard let name = mention.name else { return nil }
    let entity = roster.entity(named: name, at: mention.range, kind: mention.kind, gender: mention.gender)
    return Assignment(entity: entity, mention: mention.range, cue: nil, rule: .actionBeat, confidence: 0.55)
  }

  /// Whether a quote of the paragraph calls `entity` by name.
  private func addresses(_ state: ParagraphState, _ entity: Int) -> Bool { state.addressed.contains(entity) }

  /// People the paragraph's quotes call by name: a name right after the opening mark or a comma, and
  /// before a comma, "!", "?" or the closing mark ("Emma," / "…, Harry." / "Good night, Mr. Knightley!").
  func vocatives(_ state: ParagraphState) -> ([Int], [String]) {
    let tokens = state.tokens
    let reader = MentionReader(tokens: tokens)
    var found: [Int] = []
    var names: [String] = []
    for span in state.spans {
      let range =
        tokens.tokenIndex(atOrAfter: span.lowerBound)..<tokens.tokenIndex(atOrAfter: span.upperBound)
      var i = range.lowerBound
      while i < range.upperBound {
        let token = tokens.tokens[i]
        guard token.isWord, token.isCapitalised, i > range.lowerBound else {
          i += 1
          continue
        }
        let before = tokens.tokens[i - 1]
        guard before.mark == "," || before.kind == .quoteMark || before.lower == "oh" || before.lower == "o"
        else {
          i += 1
          continue
        }
        var end = i
        while end < range.upperBound, tokens.tokens[end].isWord, tokens.tokens[end].isCapitalised, end - i < 4
        { end += 1 }
        let after = end < tokens.tokens.count ? tokens.tokens[end].lower : "”"
        if [",", "!", "?", ".", ";"].contains(after)
          || tokens.tokens[min(end, tokens.tokens.count - 1)].kind == .quoteMark,
          let run = reader.nameRun(in: i..<end),
          // “Ah!”, “Hush!”: an exclamation, or a word the text also writes in lower case, is not a name.
          run.count > 1
            || !(NameSpotter.interjections.contains(tokens.tokens[run.lowerBound].lower)
              || tokens.vocabulary?.seenInLowercase(tokens.tokens[run.lowerBound].lower) == true)
        {
          let name = tokens.text(run).split(whereSeparator: \.isWhitespace).joined(separator: " ")
          names.append(name)
          if let entity = roster.find(named: name), !found.contains(entity) { found.append(entity) }
        }
        i = end
      }
    }
    return (found, names)
  }

  /// Partial quotes with no cue at all: the subject of their sentence, if that subject is quoted elsewhere
  /// in the document ("Microsoft has launched an “urgent” inquiry").
  func attributeToSentenceSubjects() {
    for index in states.keys.sorted() {
      guard let kept = states[index], kept.assignments.contains(where: { $0 == nil }) else { continue }
      let paragraph = document.paragraphs[index]
      subjectFloor = narrationStart(before: paragraph)
      var state = ParagraphState(kept, tokens: tokenize(paragraph))
      let finder = CueFinder(tokens: state.tokens)
      var changed = false
      for k in state.quotes.indices where state.assignments[k] == nil {
        guard let open = quoteTokens(state, k).open, open > 0 else { continue }
        let start = finder.sentenceStart(of: open)
        guard start < open, let subject = finder.clauseSubject(start: start, before: open) else { continue }
        let mention = MentionReader(tokens: state.tokens).mention(subject)
        guard
          mention.name != nil || mention.head != nil || mention.pronoun == "he" || mention.pronoun == "she",
          let entity = resolve(mention, at: mention.range.lowerBound)
        else { continue }
        // Someone quoted elsewhere is the likelier speaker; a person named here only is a guess.
        let quotedElsewhere = roster.entities[entity].quoteCount > 0
        guard quotedElsewhere || (roster.entities[entity].kind == .person && mention.name != nil) else {
          continue
        }
        roster.noteQuote(entity)
        state.assignments[k] = Assignment(
          entity: entity, mention: mention.range, cue: nil, rule: .sentenceSubject,
          confidence: quotedElsewhere ? 0.45 : 0.4)
        changed = true
      }
      guard changed else { continue }
      classify(&state, paragraph: paragraph)
      states[index] = QuotedParagraph(state)
    }
  }
}
