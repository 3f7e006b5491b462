/// A reporting cue found for a quote: the verb or phrase, the speaker phrase, and the rule.
struct FoundCue: Sendable {
  var cue: Range<Int>
  var subject: Range<Int>
  var rule: AttributionRule
  var confidence: Double
}

/// Finds the reporting cue of a quote in its paragraph: right after it ("…,” she said), right before it
/// (Microsoft said: “…”), elsewhere in its sentence (for partial quotes), "according to X", or a
/// participle ("…, describing it as “…”") whose subject is the sentence's subject.
struct CueFinder {
  let tokens: TokenizedWindow
  let lexicon = Lexicon.shared

  /// Token positions of one quote in the paragraph and the tokens its cue may use.
  struct QuoteTokens {
    var open: Int?
    var close: Int?
    /// First token after the previous quote (cues never reach across another quote).
    var floor: Int
    /// First token of the next quote.
    var ceiling: Int
  }

  func cue(for quote: QuoteTokens) -> FoundCue? {
    guard let found = after(quote) ?? before(quote) else { return accordingTo(quote) ?? inSentence(quote) }
    // "“…,” Walker said, according to an Associated Press account": the words come to the reader from
    // the account, which is the source the text gives for them.
    if let source = accordingTo(quote), source.cue.lowerBound > found.cue.upperBound { return source }
    return found
  }

  /// A reporting verb used as a verb: not after a determiner or possessive ("its demands", "the report").
  /// `inTag`: the verb stands where a tag's verb does ("“…,” the letter reads."), which settles that a
  /// word as often a noun ("reads", "states") is a verb.
  func isSpeechVerb(_ i: Int, allowGerund: Bool = false, inTag: Bool = false) -> Bool {
    let token = tokens.tokens[i]
    guard token.isWord, token.features.contains(.speechVerb),
      !token.isCapitalised || tokens.opensSentence(i),
      let verb = lexicon.speechVerbs[token.lower]
    else { return false }
    if i > 0, tokens.tokens[i - 1].features.contains(.nounMarker) { return false }
    // "a formula called the “chained CPI”", "a play named …": naming, not saying.
    if token.features.contains(.namingVerb), i > 0 {
      let previous = tokens.tokens[i - 1]
      // ("The mayor called the decision “…”": after a noun that names a speaker it is a cue.)
      if previous.isWord && !previous.isCapitalised && !previous.features.contains(.personalPronoun)
        && !previous.features.contains(.verbModifier)
        && !previous.features.contains(.roleNoun) && !previous.features.contains(.organisationWord)
      {
        return false
      }
    }
    // Words as often nouns as verbs ("a lunch counter", "the report") count only in the past tense, or
    // right after a name or pronoun ("Viguerie notes").
    if Lexicon.nounLikeVerbs.contains(verb.base) && verb.form != .past && verb.form != .participle {
      guard i > 0, verb.form == .thirdPerson || verb.form == .base else { return false }
      if inTag && verb.form == .thirdPerson { return true }
      let previous = tokens.tokens[i - 1]
      guard previous.features.contains(.personalPronoun) || (previous.isCapitalised && previous.isWord)
      else {
        return false
      }
    }
    return allowGerund || verb.form != .gerund
  }

  static let namingVerbs: Set<String> = [
    "called", "named", "dubbed", "labeled", "labelled", "termed", "titled", "known",
  ]

  static let nounMarkers: Set<String> = [
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those", "that's",
    "whose", "every", "each", "no", "any", "some", "such", "of", "first", "last", "new",
  ]

  /// "…,” she said" / "…,” said Jane Doe" / "…,” Jane Doe, an analyst, wrote": a cue attached to the close.
  private func after(_ quote: QuoteTokens) -> FoundCue? {
    guard let close = quote.close else { return nil }
    var t = close + 1
    while t < quote.ceiling, tokens.tokens[t].mark == "," { t += 1 }
    // "…,” as Cruz said on the radio" / "as a memo put it".
    if t + 1 < quote.ceiling, tokens.tokens[t].lower == "as", !tokens.tokens[t].isCapitalised { t += 1 }
    // "“…” ― Pamela Padilla": a dash and a name sign the quote.
    if t + 1 < quote.ceiling, ["—", "―", "–", "-"].contains(tokens.tokens[t].mark),
      let name = MentionReader(tokens: tokens).nameRun(in: (t + 1)..<min(quote.ceiling, t + 6)),
      name.lowerBound == t + 1
    {
      return FoundCue(cue: t..<(t + 1), subject: name, rule: .cueAfter, confidence: 0.85)
    }
    guard t < quote.ceiling, tokens.tokens[t].isWord else { return nil }
    let end = min(quote.ceiling, sentenceEnd(from: t))
    if isSpeechVerb(t, inTag: true),
      let subject = PhraseReader(tokens: tokens).subject(after: t, ceiling: end)
    {
      return FoundCue(cue: t..<(t + 1), subject: subject, rule: .cueAfter, confidence: 0.95)
    }
    // A quote that ends its own sentence ("…arbitrary.” Josh Hendler warned that …") is followed by a new
    // sentence, not by its tag, unless that sentence is only the tag ("…?” Smith asked.").
    let endsSentence = closesSentence(close) && tokens.tokens[t].isCapitalised
    let tagComma = tokens.tokens[close + 1].mark == "," || tokens.tokens[lastInside(close)].mark == ","
    let reach = endsSentence ? min(end, t + 14) : min(end, t + 30)
    for v in t..<reach
    where isSpeechVerb(v, inTag: v + 1 >= end || [".", ","].contains(tokens.tokens[v + 1].mark))
      && !inRelativeClause(v, after: t)
    {
      // After a quote that ends its sentence, a tag is a short sentence of its own ("Miller said pleasantly
      // into the phone."), never one that goes on to report something else ("… warned that …").
      if endsSentence, end - v > 9 || (v + 1 < end && tokens.tokens[v + 1].lower == "that") {
        continue
      }
      // "…,” Clinton has gotten the contrition game down, and has settled on …": another verb first.
      if (t..<v).contains(where: { k in
        k > t && CueFinder.looksLikeVerb(tokens.tokens[k].lower)
          && !tokens.tokens[k].features.contains(.verbModifier)
          && (tokens.tokens[k - 1].isCapitalised
            || tokens.tokens[k - 1].features.contains(.personalPronoun))
          && !(k + 1 < v && tokens.tokens[k + 1].mark == ",")
      }) {
        continue
      }
      if let subject = PhraseReader(tokens: tokens).subject(before: v, floor: t), subject.lowerBound == t {
        return FoundCue(cue: v..<(v + 1), subject: subject, rule: .cueAfter, confidence: 0.95)
      }
      // "…” Nate Silver, the polling guru who founded the site, tweeted": everything from the quote to the
      // verb is the speaker when it starts with a name or a determiner and holds no other quote.
      let first = tokens.tokens[t]
      let holdsQuote = (t..<v).contains { k in
        tokens.tokens[k].kind == .quoteMark && !(k > 0 && tokens.tokens[k].start == tokens.tokens[k - 1].end)
      }
      if tagComma, !endsSentence, v - t <= 20,
        first.isCapitalised || first.features.contains(.determiner),
        !holdsQuote
      {
        var end = v
        while end > t,
          [",", "-"].contains(tokens.tokens[end - 1].mark)
            || tokens.tokens[end - 1].features.contains(.verbModifier)
        {
          end -= 1
        }
        if end > t { return FoundCue(cue: v..<(v + 1), subject: t..<end, rule: .cueAfter, confidence: 0.85) }
      }
    }
    return nil
  }

  /// "Microsoft said: “…”", "She told reporters, “…”", "he said that “…”", "…, adding: “…”": a cue
  /// ending at the open mark (a participle's speaker is the subject of its sentence).
  private func before(_ quote: QuoteTokens) -> FoundCue? {
    guard let open = quote.open, open > quote.floor else { return nil }
    // "Said Dorothy Poynter, who grew up with Ali, “…”": the verb opens the sentence, the speaker follows.
    let opening = max(quote.floor, sentenceStart(of: open))
    if opening < open - 1, tokens.tokens[opening].isCapitalised, isSpeechVerb(opening),
      let subject = PhraseReader(tokens: tokens).subject(after: opening, ceiling: open)
    {
      return FoundCue(cue: opening..<(opening + 1), subject: subject, rule: .cueBefore, confidence: 0.9)
    }
    var v = open - 1
    while v >= quote.floor, [":", ",", "that", "—", "–"].contains(tokens.tokens[v].lower) { v -= 1 }
    guard v >= quote.floor else { return nil }
    if !isSpeechVerb(v, allowGerund: true) {
      // An object between verb and quote: "told reporters", "told the BBC's Jane Doe".
      var w = v
      var words = 0
      while w >= quote.floor, words < 5, tokens.tokens[w].isWord, !isSpeechVerb(w, allowGerund: true),
        !tokens.tokens[w].features.contains(.phraseBoundary) || tokens.tokens[w].isCapitalised
      {
        words += 1
        w -= 1
      }
      guard w >= quote.floor, isSpeechVerb(w),
        ["told", "tells", "tell", "asked", "asks", "warned", "assured", "reminded", "informed"].contains(
          tokens.tokens[w].lower)
      else { return nil }
      v = w
    }
    let floor = max(quote.floor, sentenceStart(of: v))
    if lexicon.speechVerbs[tokens.tokens[v].lower]?.form == .gerund {
      guard let subject = mainSubject(start: floor, before: v) else { return nil }
      return FoundCue(cue: v..<(v + 1), subject: subject, rule: .participle, confidence: 0.8)
    }
    guard
      let subject = PhraseReader(tokens: tokens).subject(before: v, floor: floor)
        ?? coordinatedSubject(verb: v, floor: floor)
    else { return nil }
    // "Benjamin said he believes “…”": the reported clause's pronoun is the outer speaker, named there.
    if subject.count == 1, tokens.tokens[subject.lowerBound].features.contains(.personalPronoun),
      var outer = outerCue(before: subject.lowerBound, start: floor)
    {
      outer.rule = .cueBefore
      return outer
    }
    return FoundCue(cue: v..<(v + 1), subject: subject, rule: .cueBefore, confidence: 0.9)
  }

  /// "Cruz, who has proposed repealing the mandate, said": a verb of the relative clause that describes
  /// the speaker, not the tag's own verb.
  private func inRelativeClause(_ v: Int, after floor: Int) -> Bool {
    var k = v - 1
    while k > floor, tokens.tokens[k].features.contains(.verbModifier) { k -= 1 }
    return k > floor && ["who", "which", "that"].contains(tokens.tokens[k].lower)
  }

  /// "According to X, “…”" or "“…”, according to X".
  private func accordingTo(_ quote: QuoteTokens) -> FoundCue? {
    let anchor = quote.open ?? quote.floor
    let start = max(quote.floor, sentenceStart(of: anchor))
    let end = min(quote.ceiling, sentenceEnd(from: quote.close ?? anchor))
    for i in start..<max(start, end - 1)
    where tokens.tokens[i].features.contains(.according) && tokens.tokens[i + 1].lower == "to" {
      if let open = quote.open, let close = quote.close, i > open && i < close { continue }
      guard let subject = PhraseReader(tokens: tokens).subject(after: i + 1, ceiling: end) else { continue }
      // "according to Trump, the media would …": the source ends at the comma.
      var trimmed =
        subject.lowerBound..<(subject.first { tokens.tokens[$0].mark == "," } ?? subject.upperBound)
      while let last = trimmed.last, !tokens.tokens[last].isWord { trimmed = trimmed.lowerBound..<last }
      guard !trimmed.isEmpty else { continue }
      return FoundCue(cue: i..<(i + 2), subject: trimmed, rule: .accordingTo, confidence: 0.9)
    }
    return nil
  }

  /// For partial quotes: the nearest reporting verb before the quote in its sentence (or a participle,
  /// whose speaker is the sentence's subject), else one after it.
  private func inSentence(_ quote: QuoteTokens) -> FoundCue? {
    guard let open = quote.open else { return nil }
    let start = max(quote.floor, sentenceStart(of: open))
    var v = open - 1
    while v >= start {
      if isSpeechVerb(v, allowGerund: true) {
        let gerund = lexicon.speechVerbs[tokens.tokens[v].lower]?.form == .gerund
        if gerund || describesAs(v) {
          if let subject = mainSubject(start: start, before: v) {
            return FoundCue(cue: v..<(v + 1), subject: subject, rule: .participle, confidence: 0.75)
          }
        } else if let subject = PhraseReader(tokens: tokens).subject(before: v, floor: start)
          ?? coordinatedSubject(verb: v, floor: start)
        {
          // "Bolton said he would advise Trump on “…”": a pronoun subject inside a reported clause is
          // the outer speaker, who the text names at the outer verb.
          if subject.count == 1, tokens.tokens[subject.lowerBound].features.contains(.personalPronoun),
            let outer = outerCue(before: subject.lowerBound, start: start)
          {
            return outer
          }
          // "Cruz said he's certain Rubio will continue to be “…”": a verb that only sometimes reports
          // speech, inside the clause of a plain verb of saying, is not the quote's cue; that verb is.
          if let base = lexicon.speechVerbs[tokens.tokens[v].lower]?.base,
            !CueFinder.plainSayingVerbs.contains(base),
            let outer = outerCue(before: subject.lowerBound, start: start, namedOnly: false),
            let outerBase = lexicon.speechVerbs[tokens.tokens[outer.cue.lowerBound].lower]?.base,
            CueFinder.plainSayingVerbs.contains(outerBase)
          {
            return outer
          }
          return FoundCue(cue: v..<(v + 1), subject: subject, rule: .cueSentence, confidence: 0.8)
        }
      }
      v -= 1
    }
    return nil
  }

  /// Verbs that do nothing but report speech or writing, and whose clause holds what was said.
  static let plainSayingVerbs: Set<String> = [
    "say", "tell", "write", "tweet", "argue", "claim", "insist", "add", "note", "explain", "warn", "state",
    "contend", "maintain", "assert", "acknowledge", "admit", "declare", "announce", "suggest", "stress",
  ]

  /// A reporting verb with a subject earlier in the sentence: a named one (not a pronoun) unless
  /// `namedOnly` is false.
  func outerCue(before limit: Int, start: Int, namedOnly: Bool = true) -> FoundCue? {
    var v = limit - 1
    while v >= start {
      if isSpeechVerb(v), let subject = PhraseReader(tokens: tokens).subject(before: v, floor: start),
        !namedOnly
          || !(subject.count == 1 && tokens.tokens[subject.lowerBound].features.contains(.personalPronoun))
      {
        return FoundCue(cue: v..<(v + 1), subject: subject, rule: .cueSentence, confidence: 0.8)
      }
      v -= 1
    }
    return nil
  }

  /// Whether the quoted words end with sentence punctuation inside the closing mark ("…today.”").
  func closesSentence(_ close: Int) -> Bool {
    [".", "!", "?", "…"].contains(tokens.tokens[lastInside(close)].mark)
  }

  /// The last token inside the quote, before its closing mark (which the wire-copy '' makes two tokens).
  func lastInside(_ close: Int) -> Int {
    var i = close
    while i > 0, tokens.tokens[i].kind == .quoteMark { i -= 1 }
    return i
  }

  /// "described it as", "called it": the object comes between the verb and the quote.
  private func describesAs(_ v: Int) -> Bool {
    let lower = tokens.tokens[v].lower
    return [
      "described", "describes", "call", "called", "calls", "branded", "dubbed", "labelled", "labeled",
      "termed",
    ]
    .contains(lower) && v > 0 && tokens.tokens[v - 1].mark == ","
  }

  static func looksLikeVerb(_ word: String) -> Bool {
    // (A switch: an array literal here was made and destroyed at every call.)
    switch word {
    case "has", "had", "have", "is", "was", "were", "are", "will", "would", "can", "could", "did", "does",
      "also":
      return true
    default:
      return word.endsWith("ed") && word.unicodeScalars.count > 4
    }
  }

  func sentenceStart(of i: Int) -> Int {
    tokens.sentences[tokens.sentenceOf[min(i, tokens.tokens.count - 1)]].lowerBound
  }

  func sentenceEnd(from i: Int) -> Int {
    guard i < tokens.tokens.count else { return tokens.tokens.count }
    return tokens.sentences[tokens.sentenceOf[i]].upperBound
  }
}
