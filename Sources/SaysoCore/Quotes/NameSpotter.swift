/// Finds the proper names a paragraph mentions outside its quotes, so that "he" and "the company" can
/// resolve to the last person or organisation the narration named.
struct NameSpotter {
  let tokens: TokenizedWindow

  /// Capitalised words that are not names even in the middle of a sentence.
  static let notNames: Set<String> = [
    "i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "god",
    "oh", "ah", "yes", "no", "mr", "mrs", "the", "a", "an", "chapter", "ok", "okay", "tv", "am", "pm",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "mon.",
    "tue.", "tues.", "wed.", "thu.", "thurs.", "fri.", "sat.", "sun.",
  ]

  /// Words that open a line as an exclamation ("Ah!", "Hush, …"), capitalised there but never a name
  /// called out (`Attributor.vocatives`). Wider than the few in `notNames`, which apply to every name in
  /// the narration.
  static let interjections: Set<String> = [
    "ah", "aha", "oh", "o", "eh", "hm", "hmm", "hum", "ha", "hah", "bah", "pah", "pshaw", "tut", "hush",
    "alas",
    "hallo", "hello", "hullo", "halloa", "hey", "hi", "ahem", "well", "why", "yes", "no", "nay", "yea", "aye",
    "bravo", "hurrah", "hurray", "ugh", "ooh", "ow", "ouch", "whew", "phew", "lo", "behold", "gad", "egad",
    "hein", "bonjour", "adieu", "ciao", "mais", "voila", "ja", "nein", "si", "indeed", "nonsense",
    "pooh-pooh",
  ]

  /// The name runs outside `excluded` window ranges (the quotes, in document order), as token ranges,
  /// handed to `body` in order. Not collected: the attributor reads every paragraph's names, and an array
  /// of them made per paragraph was an allocation (or several, as it grew) for each.
  func forEachName(excluding excluded: [Range<Int>], _ body: (Range<Int>) -> Void) {
    let reader = MentionReader(tokens: tokens)
    var i = 0
    let all = tokens.tokens
    // The excluded spans are in order: one cursor walks them alongside the tokens.
    var span = 0
    while i < all.count {
      let token = all[i]
      while span < excluded.count && excluded[span].upperBound <= token.start { span += 1 }
      let quoted = span < excluded.count && excluded[span].contains(token.start)
      guard token.isWord, token.isCapitalised, !quoted else {
        i += 1
        continue
      }
      var j = i + 1
      while j < all.count, all[j].isWord,
        all[j].isCapitalised
          || (all[j].features.contains(.nameConnector) && j + 1 < all.count && all[j + 1].isCapitalised)
      {
        j += 1
      }
      let run = i..<j
      i = j
      let sentenceInitial = tokens.opensSentence(run.lowerBound)
      let first = all[run.lowerBound].features
      if run.count == 1 && (first.contains(.notName) || first.contains(.determiner)) { continue }
      // "Later", "Despite": a capital only because the sentence starts there; but "Microsoft" is written
      // with a capital in mid-sentence too, and never in lower case.
      if sentenceInitial && run.count == 1 && first.firstNameGender == .unknown && !first.contains(.honorific)
      {
        let lower = all[run.lowerBound].lower
        guard let vocabulary = tokens.vocabulary, !first.contains(.opener),
          vocabulary.writesAsName(lower)
        else { continue }
      }
      guard let name = reader.nameRun(in: run) else { continue }
      body(name)
    }
  }
}
