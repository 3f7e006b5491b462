/// News continuation: how a paragraph whose quotes found no cue takes its speaker from the text around it
/// (the quote just before, reported speech, a narration sentence about someone quoted).
extension Attributor {
  /// News: a paragraph that opens with a quote and has no cue goes on with the speaker of the quote in
  /// the paragraph just before.
  /// So does one after a paragraph of reported speech ("Carter said that the U.S. would not withdraw.").
  func newsContinuation(_ state: ParagraphState, paragraph: Paragraph, previous: Int?) -> Assignment? {
    guard let first = state.quotes.first, (first.openMark ?? 0) == 0 || first.continuesPrevious else {
      return nil
    }
    let before = flowParagraph(before: paragraph.index)
    let quotedBefore = previous == before ? states[before]?.assignments.compactMap({ $0 }).last : nil
    guard let source = quotedBefore ?? reported[before]?.last?.assignment else {
      return speakerOfNarration(before: before, paragraph: paragraph)
    }
    return Assignment(
      entity: source.entity, mention: source.mention, cue: source.cue, rule: .continuation,
      confidence: max(0.3, min(source.confidence, 0.8) - 0.1))
  }

  /// News: a quote standing alone after a paragraph of narration about someone quoted before ("But for
  /// Parata and his family the deaths are personal." / “It’s very emotional…”) is theirs: the first person
  /// that paragraph names who has already spoken in the article (its subject, more often than not).
  private func speakerOfNarration(before index: Int, paragraph: Paragraph) -> Assignment? {
    guard index >= 0, scanned[index]?.quotes.isEmpty ?? true else { return nil }
    let previous = document.paragraphs[index]
    guard previous.kind == .body else { return nil }
    var found: (entity: Int, position: Int)?
    roster.timeline.backward(before: previous.range.upperBound) { event in
      guard event.position >= previous.range.lowerBound else { return false }
      // Fields read in place: copying an entity (forms, mentions) for each event costs more than the test.
      let kind = roster.entities[event.entity].kind
      if roster.entities[event.entity].quoteCount > 0, kind == .person || kind == nil {
        found = (event.entity, event.position)
      }
      return true
    }
    guard let found else { return nil }
    let mention = roster.entities[found.entity].mentions.first { $0.lowerBound == found.position }
    return Assignment(entity: found.entity, mention: mention, cue: nil, rule: .continuation, confidence: 0.4)
  }

  /// The paragraph the text flows on from, passing over a photo caption set between two paragraphs of the
  /// article (“…,” says Parata. / Hori Parata at his farm / “We’re having to…”): a web page's captions
  /// caption-like list items (a short line without a quote or a closing full stop) and the labels of
  /// links a reader view keeps (“whale strandings”: a few words without a full stop).
  func flowParagraph(before index: Int) -> Int {
    var before = index - 1
    while before > 0, index - before <= 2 {
      let candidate = document.paragraphs[before]
      guard scanned[before]?.quotes.isEmpty ?? true, candidate.range.count < 200 else { break }
      let text = document.text.substring(candidate.range)
      let aside =
        candidate.kind == .caption || candidate.kind == .listItem
        || (candidate.kind == .body && text.spaceSeparatedWords().count <= 4)
      guard aside, let last = text.unicodeScalars.last, !".!?…:".unicodeScalars.contains(last) else { break }
      before -= 1
    }
    return before
  }

  /// News: a quote that makes a sentence of its own right after a narration sentence about a person
  /// ("Clinton touted her credentials as a co-sponsor. “…”", "She then addressed the supporters: “…”") is
  /// that person's. Headlines in capitals, organisations and words that only open a sentence are not.
  func newsBeat(_ state: ParagraphState) -> Assignment? {
    guard let open = state.quotes.first?.openMark else { return nil }
    let tokens = state.tokens
    let mark = tokens.tokenIndex(atOrAfter: open)
    guard mark > 0, [".", "!", "?", ":"].contains(tokens.tokens[mark - 1].mark),
      var beat = sentenceSubject(
        tokens.sentences[tokens.sentenceOf[mark - 1]], in: state, namesFirstOnly: true)
    else { return nil }
    let entity = roster.entities[beat.entity]
    guard entity.kind == .person || (entity.kind == nil && (entity.isKnownPerson || entity.quoteCount > 0))
    else { return nil }
    beat.confidence = 0.5
    return beat
  }
}
