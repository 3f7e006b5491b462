extension Attributor {
  static func namesSpeakers(_ head: String) -> Bool {
    Lexicon.shared.roleNouns[head] != nil || Lexicon.shared.organisationWords[head] != nil
  }

  /// Reported speech of one paragraph ("The company said the review was …"), with its speaker resolved
  /// like a quote's. Found after the paragraph's quotes, so that they keep their own reading of it.
  func findReportedSpeech(_ tokens: TokenizedWindow, quoted: [Range<Int>], paragraph: Paragraph) {
    let reader = MentionReader(tokens: tokens)
    for found in IndirectSpeechFinder(tokens: tokens, quoted: quoted).find() {
      let mention = reader.mention(found.subject)
      // Without quote marks only a clear speaker makes a report: a name, a pronoun, or a noun that names
      // people or organisations ("the company", "officials"), not whatever precedes the verb.
      guard
        mention.name != nil || mention.pronoun != nil || mention.head.map(Attributor.namesSpeakers) == true,
        let entity = resolve(mention, at: mention.range.lowerBound)
      else { continue }
      roster.noteQuote(entity)
      let assignment = Assignment(
        entity: entity, mention: mention.range, cue: tokens.window.absolute(tokens.span(found.cue)),
        rule: found.rule, confidence: found.rule == .accordingTo ? 0.8 : 0.7)
      reported[paragraph.index, default: []].append(
        (tokens.window.absolute(tokens.span(found.content)), assignment))
    }
  }
}
