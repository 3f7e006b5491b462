import Testing

@testable import SaysoCore

/// The byte-level helpers that replaced `Character` operations and hashed set lookups in the attributor
/// (for speed): each must answer exactly what it stands for.
struct ByteHelperTests {
  static let words = [
    "said", "saying", "reported", "ed", "d", "", "Microsoft's", "Microsoft’s", "'s", "Mr.", "quickly",
    "ly", "café", "cafe\u{301}", "naïve", "Zoë's", "年s", "rock ’n’ roll", "U.S.",
  ]

  @Test func suffixTestsAgreeWithHasSuffix() {
    for word in ByteHelperTests.words {
      #expect(word.endsWith("ed") == word.hasSuffix("ed"), "\(word)")
      #expect(word.endsWith("ing") == word.hasSuffix("ing"), "\(word)")
      #expect(word.endsWith("ly") == word.hasSuffix("ly"), "\(word)")
      #expect(word.endsWith("'s") == word.hasSuffix("'s"), "\(word)")
      #expect(word.endsWith("’s") == word.hasSuffix("’s"), "\(word)")
      #expect(word.endsWith(".") == word.hasSuffix("."), "\(word)")
      #expect(word.endsInPossessive == (word.hasSuffix("'s") || word.hasSuffix("’s")), "\(word)")
    }
  }

  @Test(arguments: [
    "mrs. jane doe", "doe", "", " ", "  leading and  double  spaces ", "josé garcía", "李 小龙", "a b",
  ])
  func spaceSplittingAgreesWithSplit(_ text: String) {
    #expect(text.spaceSeparatedWords() == text.split(separator: " "))
    #expect(text[...].spaceSeparatedWords() == text.split(separator: " "))
    let words = text.split(separator: " ")
    #expect(text.firstWord()?.word == words.first)
    #expect(text.firstWord()?.followed == (words.isEmpty ? nil : words.count >= 2))
  }

  @Test func titleDotsAreTrimmedOnBothEnds() {
    #expect(SpeakerRoster.leadingWord("dr. jones") == "dr")
    #expect(SpeakerRoster.leadingWord("..mr.. x") == "mr")
    #expect(SpeakerRoster.leadingWord(". x") == "")
    #expect(SpeakerRoster.leadingWord("") == "")
    #expect(SpeakerRoster.leadingWord("  señor. garcía") == "señor")
    #expect(
      SpeakerRoster.leadingWord("señor. garcía") == SpeakerRoster.ParsedName(reading: "Señor. García").leading
    )
  }

  /// A name's parts as read from its bytes: titles dropped (and their gender kept), the possessive cut
  /// from the surname, the leading word without dots.
  @Test func namesAreReadIntoTheirParts() {
    let full = SpeakerRoster.ParsedName(reading: "Mrs.  Jane\nDoe’s")
    #expect(full.name == "Mrs. Jane Doe’s")
    #expect(full.lowered == "mrs. jane doe’s")
    #expect(full.leading == "mrs" && full.title == "mrs" && full.titleGender == .female)
    #expect(full.first == "jane" && full.surname == "doe")
    let plain = SpeakerRoster.ParsedName(reading: "Microsoft's")
    #expect(plain.first == nil && plain.surname == "microsoft" && plain.title == nil)
    #expect(plain.leading == "microsoft's")
    let accented = SpeakerRoster.ParsedName(reading: "Dr. José García")
    #expect(accented.first == "josé" && accented.surname == "garcía" && accented.title == "dr")
    // A title alone is the name itself, not a title of nobody.
    let bare = SpeakerRoster.ParsedName(reading: "Mr.")
    #expect(bare.title == nil && bare.surname == "mr." && bare.leading == "mr")
    let possessiveOnly = SpeakerRoster.ParsedName(reading: "’s")
    #expect(possessiveOnly.surname == "")
    let empty = SpeakerRoster.ParsedName(reading: " ")
    #expect(empty.leading == "" && empty.first == nil && empty.surname == nil && empty.title == nil)
  }

  /// One-, two-, three- and four-byte scalars, and a combining mark.
  static let mixed = "He said “Grüße, 東京 🙂” — cafe\u{301} «ok» ‘fine’\n"

  @Test func paragraphsDecodeToTheirScalars() throws {
    let document = try document(ByteHelperTests.mixed + ByteHelperTests.mixed)
    let whole = Array(document.text.string.unicodeScalars)
    for paragraph in document.paragraphs {
      let window = TextWindow(text: document.text, range: paragraph.range)
      #expect(window.scalars == Array(whole[paragraph.range]))
    }
    let window = TextWindow(text: document.text, range: 0..<document.text.scalarCount)
    #expect(window.scalars == whole)
  }

  @Test func textCutFromAWindowIsTheTextWritten() throws {
    let document = try document(ByteHelperTests.mixed)
    let window = TextWindow(text: document.text, range: 0..<document.text.scalarCount)
    let scalars = Array(document.text.string.unicodeScalars)
    for start in stride(from: 0, to: scalars.count, by: 3) {
      for end in [start, start + 1, start + 5, scalars.count] where end <= scalars.count {
        var expected = ""
        expected.unicodeScalars.append(contentsOf: scalars[start..<end])
        #expect(window.string(start..<end) == expected)
      }
    }
  }

  /// Every word of each set the cue grammar asks about carries the set's feature bit, and words outside
  /// the set do not.
  @Test func featureBitsAreTheirSets() {
    let table = WordFeatureTable.shared
    func features(_ word: String) -> WordFeatures { table.features(WordFeatureTable.hash(word.utf8)) }
    let sets: [(Set<String>, WordFeatures)] = [
      (Attributor.locatives, .locative), (Attributor.clauseOpeners, .clauseOpener),
      (Abbreviations.known, .abbreviation), (CueFinder.nounMarkers, .nounMarker),
      (CueFinder.namingVerbs, .namingVerb), (PhraseReader.verbModifiers, .verbModifier),
      (PhraseReader.pronouns, .personalPronoun), (["according"], .according),
      (MentionReader.determiners, .determiner), (MentionReader.openers, .opener),
      (PhraseReader.boundaries, .phraseBoundary), (PhraseReader.timeWords, .timeWord),
      (Attributor.ownPronouns, .ownPronoun),
    ]
    let outsiders = [
      "said", "minister", "washington", "quickly", "table", "accorded", "doctor", "hers", "weekly", "thee",
    ]
    for (set, bit) in sets {
      for word in set { #expect(features(word).contains(bit), "\(word)") }
      for word in outsiders where !set.contains(word) { #expect(!features(word).contains(bit), "\(word)") }
    }
  }

  /// Each word token's lower case and features are what Unicode lowercasing and the lexicons give for
  /// its text, on the fast path (ASCII, with ’ or ‐ inside) and off it.
  @Test func tokensAreLowerCasedAsUnicodeDoes() {
    let text = "Trump’s well‐known U.S. Mr. GARCÍA Über-cool don't naïve İstanbul “Quoted” & co."
    let scalars = Array(text.unicodeScalars)
    let tokens = TokenizedWindow(TextWindow(base: 0, scalars: scalars))
    for token in tokens.tokens where token.isWord && token.lower != "&" {
      var written = ""
      written.unicodeScalars.append(contentsOf: scalars[token.range])
      #expect(token.lower == written.lowercased(), "\(written)")
      let features = WordFeatureTable.shared.features(WordFeatureTable.hash(token.lower.utf8))
      #expect(token.features == features, "\(written)")
    }
    #expect(tokens.tokens.map(\.lower).contains("trump’s"))
    #expect(tokens.tokens.map(\.lower).contains("mr."))
  }

  /// A one-character token's `mark` is its character, whatever it is; a word's is 0. Comparing `mark`
  /// stands for comparing `lower` with a one-character string.
  @Test func oneCharacterTokensCarryTheirMark() {
    let text = "He said, “Stop—now…” (AT&T) ; O’Brien's x - y: z."
    let tokens = TokenizedWindow(TextWindow(base: 0, scalars: Array(text.unicodeScalars)))
    for token in tokens.tokens {
      let single = token.lower.unicodeScalars.count == 1 && !token.lower.unicodeScalars.first!.isLetterOrDigit
      #expect(single == (token.mark != "\0"), "\(token.lower)")
      if single { #expect(token.lower == String(token.mark)) }
    }
    // The mark sits in the token's padding: a paragraph's tokens weigh what they weighed without it.
    #expect(MemoryLayout<Token>.stride <= 48)
  }

  /// The comma among the locatives is a punctuation token, whose features are always empty.
  @Test func theCommaIsALocativeByItsText() throws {
    let tokens = TokenizedWindow(TextWindow(base: 0, scalars: Array("in Paris, London".unicodeScalars)))
    #expect(Attributor.isLocative(tokens.tokens[0]))
    #expect(Attributor.isLocative(tokens.tokens[2]))
    #expect(!Attributor.isLocative(tokens.tokens[1]))
  }
}
