extension Attributor {
  /// A block-quote paragraph without quote marks: the indentation is the quotation. Consecutive block
  /// paragraphs are one quote.
  struct BlockQuote {
    var parts: [QuotePart]
    var assignment: Assignment?
  }

  /// Reads a block-quote paragraph that has no marks of its own: it continues the block just before, or
  /// starts a block whose speaker the paragraph before it names ("The minister wrote to staff:", "…, he
  /// told the committee.") or, failing that, whoever was quoted just before.
  func readBlockQuote(
    _ tokens: TokenizedWindow, paragraph: Paragraph, previousTokens: TokenizedWindow?, previousQuoted: Int?
  ) {
    let window = tokens.window
    let range = window.absolute(window.trimmed(0..<window.count))
    guard !range.isEmpty else { return }
    let part = QuotePart(paragraph: paragraph.index, range: range)
    if let last = blocks.indices.last, blocks[last].parts.last?.paragraph == paragraph.index - 1 {
      blocks[last].parts.append(part)
      return
    }
    let assignment =
      colonIntroduction(previousTokens, paragraph: paragraph)
      ?? closingTag(previousTokens)
      ?? previousSpeaker(before: paragraph.index, previousQuoted: previousQuoted)
    if let assignment { roster.noteQuote(assignment.entity) }
    blocks.append(BlockQuote(parts: [part], assignment: assignment))
  }

  /// A speech verb at the end of the paragraph before ("…, the minister wrote in a letter to staff."):
  /// with nothing reported after it, what it reports is the block.
  private func closingTag(_ previous: TokenizedWindow?) -> Assignment? {
    guard let previous, let lastSentence = previous.sentences.last else { return nil }
    let finder = CueFinder(tokens: previous)
    let reader = PhraseReader(tokens: previous)
    for v in lastSentence.reversed().prefix(10) where finder.isSpeechVerb(v) {
      guard
        let subject = reader.subject(before: v, floor: lastSentence.lowerBound)
          ?? reader.subject(after: v, ceiling: lastSentence.upperBound)
      else { continue }
      let mention = MentionReader(tokens: previous).mention(subject)
      guard let entity = resolve(mention, at: mention.range.lowerBound) else { return nil }
      return Assignment(
        entity: entity, mention: mention.range, cue: previous.window.absolute(previous.span(v..<(v + 1))),
        rule: .blockContext, confidence: 0.75)
    }
    return nil
  }

  /// The speaker of the quotes in the paragraph right before the block.
  private func previousSpeaker(before index: Int, previousQuoted: Int?) -> Assignment? {
    guard let previousQuoted, previousQuoted == index - 1,
      let source = states[previousQuoted]?.assignments.last(where: { $0 != nil }) ?? nil
    else { return nil }
    return Assignment(
      entity: source.entity, mention: source.mention, cue: source.cue, rule: .blockContext,
      confidence: max(0.3, min(source.confidence, 0.7) - 0.1))
  }
}
