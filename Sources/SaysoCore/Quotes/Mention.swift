/// A phrase that refers to a speaker, read for the name in it and for what kind of speaker it can be.
struct Mention: Sendable {
  /// Absolute range of the whole phrase ("Isaac Boltansky, an analyst at Compass Point Research").
  var range: Range<Int>
  var text: String
  /// The proper name inside, titles kept ("Gov. Mike Pence"), if any.
  var name: String?
  var nameRange: Range<Int>?
  /// The pronoun, when the phrase is one ("he", "they").
  var pronoun: String?
  /// The head noun of a description without a name ("company", "spokeswoman", "officials").
  var head: String?
  var kind: SpeakerKind?
  var gender: Gender

  var isPronoun: Bool { pronoun != nil }

  /// The same mention `offset` scalars further on.
  func shifted(by offset: Int) -> Mention {
    var moved = self
    moved.range = (range.lowerBound + offset)..<(range.upperBound + offset)
    moved.nameRange = nameRange.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
    return moved
  }
}

/// Reads a token range as a `Mention`.
struct MentionReader {
  let tokens: TokenizedWindow
  let lexicon = Lexicon.shared

  /// Sentence-initial capitalised words that are not names.
  static let determiners: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
    "some",
    "many", "several", "one", "two", "three", "four", "five", "another", "other", "both", "each", "every",
    "most",
    "former", "then", "senior", "top", "chief", "veteran", "longtime", "fellow", "but", "and", "so", "yet",
  ]
  /// Capitalised words that make a name an organisation's.
  static let organisationNameWords: Set<String> = [
    "news", "times", "post", "journal", "daily", "press", "tribune", "herald", "gazette", "telegraph",
    "guardian",
    "agency", "party", "committee", "department", "ministry", "university", "college", "council", "institute",
    "association", "foundation", "inc", "corp", "corporation", "group", "bank", "company", "network",
    "magazine",
    "review", "club", "union", "commission", "campaign", "center", "centre", "office", "administration",
    "court",
    "congress", "senate", "house", "parliament", "government", "police", "army", "force", "service",
    "services",
    "fund", "watch", "project", "initiative", "coalition", "alliance", "federation", "league", "society",
    "organization", "organisation", "board", "authority", "bureau", "radio", "television", "tv", "channel",
    "broadcasting", "media", "studios", "pictures", "records", "airlines", "motors", "technologies", "labs",
  ]

  /// Lower-case words that stay inside a name between capitalised words ("Bank of America", "No Azure for
  /// Apartheid", "Charles de Gaulle").
  static let nameConnectors: Set<String> = [
    "de", "da", "di", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "&", "of", "for", "the",
    "on",
  ]

  func mention(_ range: Range<Int>) -> Mention {
    let span = tokens.window.absolute(tokens.span(range))
    let text = tokens.text(range)
    if range.count == 1, tokens.tokens[range.lowerBound].features.contains(.pronoun),
      let pronoun = Lexicon.pronouns[tokens.tokens[range.lowerBound].lower]
    {
      return Mention(
        range: span, text: text, pronoun: tokens.tokens[range.lowerBound].lower, kind: pronoun.kind,
        gender: pronoun.gender)
    }
    let headZone = self.headZone(range)
    var mention = Mention(range: span, text: text, gender: .unknown)
    let nameRun = nameRun(in: headZone) ?? nameRun(in: range)
    if let name = nameRun {
      var nameRange = tokens.window.absolute(tokens.span(name))
      // (A run the name spotter found is its own name: its text is already cut.)
      var text = name == range ? text : tokens.text(name)
      if text.endsInPossessive {  // "Microsoft’s Azure": the name is "Microsoft"
        text.removeLast(2)
        nameRange = nameRange.lowerBound..<(nameRange.upperBound - 2)
      }
      mention.nameRange = nameRange
      mention.name = text
      mention.gender = gender(ofName: name)
    }
    mention.head = headZone.reversed().first { tokens.tokens[$0].isWord && !tokens.tokens[$0].isCapitalised }
      .map { tokens.tokens[$0].lower }
    mention.kind = kind(range, headZone: headZone, nameRun: nameRun)
    if mention.gender == .unknown, let head = mention.head, let gender = lexicon.roleNouns[head] {
      mention.gender = gender
    }
    return mention
  }

  /// The part of a phrase before an appositive, a parenthesis or a post-modifier ("of", "who", "at").
  private func headZone(_ range: Range<Int>) -> Range<Int> {
    for i in range where i > range.lowerBound {
      let token = tokens.tokens[i]
      if token.mark == "," || token.mark == "("
        || (!token.isCapitalised
          && ["who", "which", "whose", "at", "for", "from", "with", "in"].contains(token.lower))
      {
        return range.lowerBound..<i
      }
      if token.lower == "of" && !token.isCapitalised {
        // "Ross Eisenbrey of the Economic Policy Institute": the name comes before "of"; but "Bank of
        // America" is one name: keep going when the words on both sides are capitalised.
        let before = tokens.tokens[i - 1]
        let after = i + 1 < range.upperBound ? tokens.tokens[i + 1] : nil
        if !(before.isCapitalised && after?.isCapitalised == true && !isPersonName(range.lowerBound..<i)) {
          return range.lowerBound..<i
        }
      }
    }
    return range
  }

  /// The last run of capitalised words (with initials and name particles), without a leading determiner.
  func nameRun(in range: Range<Int>) -> Range<Int>? {
    var best: Range<Int>?
    var i = range.lowerBound
    while i < range.upperBound {
      guard isNameToken(i, in: range) else {
        i += 1
        continue
      }
      var j = i
      while j < range.upperBound, isNameToken(j, in: range) || connects(j, in: range) {
        // "London Lydia", "June Kitty": a first name after a word that is neither a first name, a title
        // nor an initial starts a new name.
        if j > i, tokens.tokens[j].features.firstNameGender != .unknown {
          let previous = tokens.tokens[j - 1]
          if previous.features.firstNameGender == .unknown && !previous.features.contains(.honorific)
            && !previous.lower.endsWith(".") && previous.mark != "&"
          {
            break
          }
        }
        j += 1
      }
      best = i..<j
      i = j
    }
    return best
  }

  /// Words that are capitalised only because they open a sentence or clause.
  static let openers: Set<String> = [
    "as", "when", "if", "while", "after", "before", "since", "although", "though", "because", "but", "and",
    "so",
    "yet", "then", "now", "however", "still", "also", "even", "only", "just", "in", "on", "at", "for", "with",
    "from", "by", "to", "of", "meanwhile", "instead", "indeed", "asked", "later", "earlier", "there", "here",
    "what", "why", "how", "who", "where", "which", "despite", "like", "unlike", "among", "during", "under",
    "over",
    "anyway", "hence", "thus", "therefore", "perhaps", "presently", "suddenly", "finally", "again", "once",
    "soon",
    "poor", "dear", "little", "old", "young", "good", "oh", "ah", "well", "yes", "no", "nay", "alas",
  ]

  /// A particle or "of" inside one name ("Bank of America", "Charles de Gaulle"), not between two people
  /// ("Grimwig of Mr. Brownlow").
  private func connects(_ j: Int, in range: Range<Int>) -> Bool {
    let token = tokens.tokens[j]
    guard token.features.contains(.nameConnector), !token.isCapitalised || token.mark == "&",
      j + 1 < range.upperBound, isNameToken(j + 1, in: range)
    else { return false }
    return !tokens.tokens[j + 1].features.contains(.honorific)
  }

  private func isNameToken(_ i: Int, in range: Range<Int>) -> Bool {
    // The token's fields are read in place: a copy of the whole token (its string retained, then
    // released) for each of the words every name run is tested on cost more than the tests.
    let all = tokens.tokens
    guard all[i].isWord, all[i].isCapitalised else { return false }
    let features = all[i].features
    if features.contains(.determiner) { return false }
    // ("“…,” Young said": an opener the text writes as a name, "Grant Young", is one.)
    if features.contains(.opener) && (tokens.isSentenceInitial(i) || i == range.lowerBound)
      && tokens.vocabulary?.writesAsName(all[i].lower) != true
    {
      return false
    }
    // A word in capitals ("WASHINGTON", "CHAPTER"): a heading or dateline, not a name.
    if all[i].allCaps, all[i].lower.unicodeScalars.count > 4 { return false }
    // "Poor Alice", "Again the Jew": a capital that only opens the sentence, on a word the text writes
    // in lower case elsewhere.
    if tokens.isSentenceInitial(i), !features.contains(.honorific),
      tokens.vocabulary?.seenInLowercase(all[i].lower) == true
        || (all[i].lower.endsWith("ly") && all[i].lower.unicodeScalars.count >= 6
          && features.firstNameGender == .unknown)
    {
      return false
    }
    if features.contains(.pronoun) { return false }
    // A capitalised word opens with a letter, which its lower case keeps; only the ampersand, a
    // capitalised token of its own, has none.
    return all[i].mark != "&"
  }

  private func isPersonName(_ range: Range<Int>) -> Bool {
    guard let run = nameRun(in: range) else { return false }
    return gender(ofName: run) != .unknown || tokens.tokens[run.lowerBound].features.contains(.honorific)
  }

  /// Gender from a title ("Mrs.") or a first name ("Hillary").
  func gender(ofName run: Range<Int>) -> Gender {
    for i in run {
      let features = tokens.tokens[i].features
      if features.contains(.honorific) {
        if features.titleGender != .unknown { return features.titleGender }
        continue
      }
      return features.firstNameGender
    }
    return .unknown
  }

  /// What the phrase names: an organisation or group word anywhere, a role noun, plural sources.
  /// `nameRun`: the phrase's name, as `mention` found it.
  private func kind(_ range: Range<Int>, headZone: Range<Int>, nameRun: Range<Int>?) -> SpeakerKind? {
    let hasName = nameRun != nil
    var found: SpeakerKind?
    for i in range {
      let token = tokens.tokens[i]
      guard token.isWord, token.features.contains(.organisationWord),
        let kind = lexicon.organisationWords[token.lower]
      else { continue }
      // "a worker-led campaign group, No Azure for Apartheid": the description decides, even with a name.
      if kind == .organisation || kind == .group { found = found ?? kind }
      if kind == .unnamed && !hasName && headZone.contains(i) { return .unnamed }
    }
    if let found { return found }
    if let run = nameRun {
      // "New York Daily News", "Judicial Watch Inc.", "CNN": names of organisations.
      if run.contains(where: {
        tokens.tokens[$0].features.contains(.organisationNameWord)
      })
        || (run.count == 1 && tokens.tokens[run.lowerBound].allCaps
          && tokens.tokens[run.lowerBound].range.count <= 5)
      {
        return .organisation
      }
      if gender(ofName: run) != .unknown || tokens.tokens[run.lowerBound].features.contains(.honorific) {
        return .person
      }
    }
    for i in headZone where tokens.tokens[i].isWord && tokens.tokens[i].features.contains(.roleNoun) {
      return .person
    }
    return nil
  }
}
