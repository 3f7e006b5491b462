/// Decides what a quoted span is: a statement (direct or partial), the title of a work, or scare quotes.
///
/// Cues, not length alone: a speech verb that governs the quote makes it a statement; capitalised title
/// words with a work noun nearby ("the film", "titled", "ABC's") make it a title; a few words with no
/// speaker anywhere near are scare quotes.
struct QuoteKindClassifier {
  let tokens: TokenizedWindow
  /// In fiction a short capitalised line is dialogue ("Mr. Knightley!"), not a subheading.
  var fiction = false

  /// Words near a quote that say it names a work.
  static let workWords: Set<String> = [
    "book", "books", "film", "films", "movie", "movies", "show", "shows", "series", "song", "songs", "album",
    "albums", "play", "plays", "article", "articles", "column", "op-ed", "essay", "ad", "ads", "advert",
    "advertisement", "commercial", "video", "videos", "documentary", "report", "program", "programme",
    "broadcast",
    "episode", "novel", "poem", "magazine", "newspaper", "titled", "entitled", "headlined", "headline",
    "dubbed",
    "named", "called", "memoir", "musical", "opera", "podcast", "blog", "post", "campaign", "slogan", "tour",
    "star", "host", "anchor", "of", "on", "in", "hashtag", "app", "website", "site", "game", "painting",
  ]

  func kind(
    _ quote: RawQuote, paragraphKind: ParagraphKind, assignment: Attributor.Assignment?,
    quoteTokens: CueFinder.QuoteTokens
  ) -> QuoteKind {
    guard paragraphKind.isProse || paragraphKind == .blockquote else { return .title }
    let words = contentWords(quote)
    if precededBySoCalled(quoteTokens) { return .scare }
    let titleCase = isTitleCase(words)
    let rule = assignment?.rule
    let governed = rule == .cueAfter || rule == .cueBefore || rule == .accordingTo || rule == .colonIntro
    if titleCase && words.count <= 12 && (namedWork(quoteTokens) || (workContext(quoteTokens) && !governed)) {
      return .title
    }
    // A paragraph that is only a short quote in title case is a subheading ("'All Bets Are Off.'").
    if !fiction && titleCase && words.count <= 8 && quoteTokens.open == 0
      && quoteTokens.close.map({ $0 + 1 >= tokens.tokens.count }) == true
    {
      return .title
    }
    if assignment == nil {
      if titleCase && words.count <= 12 && !endsSentence(quote) { return .title }
      if words.count <= 4 && !endsSentence(quote) { return .scare }
    }
    return isPartial(quote, quoteTokens: quoteTokens, words: words) ? .partial : .direct
  }

  /// The words inside a quote's marks, read in place: a quote is classified for every paragraph of a
  /// novel, and copying its tokens out was a tenth of the attributor's time.
  struct QuotedWords {
    let tokens: [Token]
    let range: Range<Int>
    let count: Int
    let first: Token?

    init(_ tokens: [Token], _ range: Range<Int>) {
      self.tokens = tokens
      self.range = range
      var count = 0
      var first: Token?
      for i in range where tokens[i].isWord {
        if first == nil { first = tokens[i] }
        count += 1
      }
      self.count = count
      self.first = first
    }
  }

  private func contentWords(_ quote: RawQuote) -> QuotedWords {
    QuotedWords(
      tokens.tokens,
      tokens.tokenIndex(
        atOrAfter: quote.content.lowerBound)..<tokens.tokenIndex(atOrAfter: quote.content.upperBound))
  }

  /// Most words of four letters or more start with a capital, the first word included.
  private func isTitleCase(_ words: QuotedWords) -> Bool {
    guard let first = words.first, first.isCapitalised else { return false }
    var long = 0
    var capitalised = 0
    var all = true
    for i in words.range where words.tokens[i].isWord {
      let word = words.tokens[i]
      if !word.isCapitalised { all = false }
      guard word.range.count >= 4 else { continue }
      long += 1
      if word.isCapitalised { capitalised += 1 }
    }
    guard long > 0 else { return words.count <= 3 && all }
    return capitalised * 10 >= long * 8
  }

  /// A work noun or a possessive name right before the quote, or a work noun right after it.
  private func workContext(_ quote: CueFinder.QuoteTokens) -> Bool {
    // A quote nested in another ('If-Match: "2"') has its neighbour's bounds inside its own marks:
    // the windows around it are empty then, never reversed.
    if let open = quote.open {
      let before = (min(open, max(quote.floor, open - 3))..<open).map { tokens.tokens[$0] }
      if before.contains(where: { QuoteKindClassifier.workWords.contains($0.lower) }) { return true }
      if let last = before.last(where: \.isWord), last.isCapitalised,
        last.lower.endsInPossessive
      {
        return true
      }
    }
    if let close = quote.close, close + 1 < tokens.tokens.count {
      let after = ((close + 1)..<max(close + 1, min(quote.ceiling, close + 3))).map { tokens.tokens[$0] }
      if after.contains(where: {
        [
          "show", "star", "film", "movie", "series", "book", "song", "album", "program", "programme",
          "episode", "campaign", "hashtag", "slogan", "ad",
        ].contains($0.lower)
      }) {
        return true
      }
    }
    return false
  }

  /// Right after a possessive name ("CBS's “Face the Nation”") or a naming word ("titled", "called").
  private func namedWork(_ quote: CueFinder.QuoteTokens) -> Bool {
    guard let open = quote.open, open > quote.floor else { return false }
    let previous = tokens.tokens[open - 1]
    if previous.isCapitalised && previous.lower.endsInPossessive {
      return true
    }
    return ["titled", "entitled", "headlined", "dubbed", "named", "show", "film", "movie", "book", "series"]
      .contains(previous.lower)
  }

  private func precededBySoCalled(_ quote: CueFinder.QuoteTokens) -> Bool {
    guard let open = quote.open, open >= 1 else { return false }
    let previous = tokens.tokens[open - 1].lower
    return previous == "so-called" || previous == "self-described" || previous == "self-styled"
  }

  /// The quoted words end a sentence inside the marks ("… to delay." or "… now!").
  private func endsSentence(_ quote: RawQuote) -> Bool {
    var end = quote.content.upperBound
    while end > quote.content.lowerBound, tokens.window.scalars[end - 1].isWhiteSpace { end -= 1 }
    guard end > quote.content.lowerBound else { return false }
    return "?!…".unicodeScalars.contains(tokens.window.scalars[end - 1])
      || (tokens.window.scalars[end - 1] == "." && quoteWordCount(quote) > 3)
  }

  private func quoteWordCount(_ quote: RawQuote) -> Int { contentWords(quote).count }

  /// A few quoted words inside the writer's sentence: they start in lower case, or the writer's own words
  /// run right up to the opening mark.
  private func isPartial(_ quote: RawQuote, quoteTokens: CueFinder.QuoteTokens, words: QuotedWords) -> Bool {
    guard let first = words.first else { return true }
    // "Microsoft said “using Azure for … the West Bank” would be prohibited": a whole clause quoted as
    // the object of a reporting verb is a statement, even in lower case and inside a longer sentence.
    if let open = quoteTokens.open, words.count >= 10, governedBySpeechVerb(open) { return false }
    if !first.isCapitalised && first.lower.unicodeScalars.first?.isLetter == true { return true }
    guard let open = quoteTokens.open, open > 0 else { return false }
    let before = tokens.tokens[open - 1]
    if [":", ",", "—", "–", "("].contains(before.mark) || before.kind == .quoteMark { return false }
    if tokens.opensSentence(open) { return false }
    return words.count <= 8 || !endsSentence(quote)
  }

  /// A reporting verb right before the opening mark, perhaps with "that" between ("said that “…”").
  private func governedBySpeechVerb(_ open: Int) -> Bool {
    var v = open - 1
    if v >= 0, tokens.tokens[v].lower == "that" { v -= 1 }
    guard v >= 0 else { return false }
    return tokens.tokens[v].features.contains(.speechVerb) && !tokens.tokens[v].isCapitalised
  }
}
