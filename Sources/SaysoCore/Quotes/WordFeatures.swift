/// What the lexicons say about one lower-case word, looked up once when the word is tokenized.
///
/// Name finding and cue grammar ask of almost every capitalised word "a title? a first name? a
/// determiner? a pronoun?", and of every word "a reporting verb?". Asked of `Set<String>`s each question
/// hashes the string again; asked of the token it is a bit test.
struct WordFeatures: OptionSet, Sendable {
  let rawValue: UInt32

  static let speechVerb = WordFeatures(rawValue: 1 << 0)
  static let honorific = WordFeatures(rawValue: 1 << 1)
  static let femaleTitle = WordFeatures(rawValue: 1 << 2)
  static let maleTitle = WordFeatures(rawValue: 1 << 3)
  static let femaleName = WordFeatures(rawValue: 1 << 4)
  static let maleName = WordFeatures(rawValue: 1 << 5)
  static let pronoun = WordFeatures(rawValue: 1 << 6)
  static let determiner = WordFeatures(rawValue: 1 << 7)
  static let opener = WordFeatures(rawValue: 1 << 8)
  static let notName = WordFeatures(rawValue: 1 << 9)
  static let nameConnector = WordFeatures(rawValue: 1 << 10)
  static let organisationWord = WordFeatures(rawValue: 1 << 11)
  static let roleNoun = WordFeatures(rawValue: 1 << 12)
  static let organisationNameWord = WordFeatures(rawValue: 1 << 13)
  static let phraseBoundary = WordFeatures(rawValue: 1 << 14)
  /// A form of a reporting verb that takes a reported clause ("said", "warns", "told").
  static let clauseVerb = WordFeatures(rawValue: 1 << 15)
  // Word classes the cue grammar asks about at almost every token; each bit is marked from exactly the
  // set of the same name, so testing it answers what `set.contains(token.lower)` did.
  /// `Attributor.locatives` (words only: the comma in that set is a punctuation token).
  static let locative = WordFeatures(rawValue: 1 << 16)
  /// `Attributor.clauseOpeners`.
  static let clauseOpener = WordFeatures(rawValue: 1 << 17)
  /// `Abbreviations.known`.
  static let abbreviation = WordFeatures(rawValue: 1 << 18)
  /// `CueFinder.nounMarkers`.
  static let nounMarker = WordFeatures(rawValue: 1 << 19)
  /// `CueFinder.namingVerbs`.
  static let namingVerb = WordFeatures(rawValue: 1 << 20)
  /// `PhraseReader.verbModifiers`.
  static let verbModifier = WordFeatures(rawValue: 1 << 21)
  /// `PhraseReader.pronouns`.
  static let personalPronoun = WordFeatures(rawValue: 1 << 22)
  /// The word "according" (of "according to"), looked for in every sentence with a quote.
  static let according = WordFeatures(rawValue: 1 << 23)
  /// `Attributor.ownPronouns`.
  static let ownPronoun = WordFeatures(rawValue: 1 << 24)
  /// `PhraseReader.timeWords`.
  static let timeWord = WordFeatures(rawValue: 1 << 25)

  /// The gender a first name implies (female first, as `Lexicon.genderOfFirstName` decides).
  var firstNameGender: Gender {
    contains(.femaleName) ? .female : contains(.maleName) ? .male : .unknown
  }

  /// The gender a title implies; `.unknown` for titles without one ("Dr.") and for non-titles.
  var titleGender: Gender {
    contains(.femaleTitle) ? .female : contains(.maleTitle) ? .male : .unknown
  }
}

/// Word → features, keyed by a 64-bit FNV-1a hash of the word's UTF-8 so that the tokenizer, which has
/// the bytes in hand, never builds a hashable `String` to ask. (A false match needs two words with the
/// same 64-bit hash, one of them in a lexicon.)
struct WordFeatureTable: Sendable {
  private var table = HashMap64<WordFeatures>()

  static let shared = WordFeatureTable(lexicon: .shared)

  init(lexicon: Lexicon) {
    func mark(_ words: some Sequence<String>, _ feature: WordFeatures) {
      for word in words { table[WordFeatureTable.hash(word.utf8), default: []].insert(feature) }
    }
    mark(lexicon.speechVerbs.keys, .speechVerb)
    mark(lexicon.honorifics.keys, .honorific)
    mark(lexicon.honorifics.filter { $0.value == .female }.keys, .femaleTitle)
    mark(lexicon.honorifics.filter { $0.value == .male }.keys, .maleTitle)
    mark(lexicon.femaleNames, .femaleName)
    mark(lexicon.maleNames, .maleName)
    mark(Lexicon.pronouns.keys, .pronoun)
    mark(MentionReader.determiners, .determiner)
    mark(MentionReader.openers, .opener)
    mark(NameSpotter.notNames, .notName)
    mark(MentionReader.nameConnectors, .nameConnector)
    mark(lexicon.organisationWords.keys, .organisationWord)
    mark(lexicon.roleNouns.keys, .roleNoun)
    mark(MentionReader.organisationNameWords, .organisationNameWord)
    mark(MentionReader.organisationNameWords.map { $0 + "." }, .organisationNameWord)
    mark(PhraseReader.boundaries, .phraseBoundary)
    mark(lexicon.speechVerbs.filter { lexicon.clauseVerbs.contains($0.value.base) }.keys, .clauseVerb)
    mark(Attributor.locatives, .locative)
    mark(Attributor.clauseOpeners, .clauseOpener)
    mark(Abbreviations.known, .abbreviation)
    mark(CueFinder.nounMarkers, .nounMarker)
    mark(CueFinder.namingVerbs, .namingVerb)
    mark(PhraseReader.verbModifiers, .verbModifier)
    mark(PhraseReader.pronouns, .personalPronoun)
    mark(["according"], .according)
    mark(Attributor.ownPronouns, .ownPronoun)
    mark(PhraseReader.timeWords, .timeWord)
  }

  func features(_ hash: UInt64) -> WordFeatures { table[hash] ?? [] }

  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  static func hash(_ bytes: some Sequence<UInt8>, continuing start: UInt64 = seed) -> UInt64 {
    var hash = start
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
    return hash
  }
}

/// A map from 64-bit hashes to small values with open addressing (see `HashSet64`); key and value share
/// a slot so that a lookup, which the tokenizer makes for every word, touches one cache line.
struct HashMap64<Value: Sendable>: Sendable {
  private struct Slot: Sendable {
    var key: UInt64
    var value: Value?
  }

  private var slots = [Slot](repeating: Slot(key: 0, value: nil), count: 256)
  private var count = 0

  subscript(key: UInt64) -> Value? {
    get {
      slots.withUnsafeBufferPointer { slots in
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: key >> 7) & mask
        while let value = slots[index].value {
          if slots[index].key == key { return value }
          index = (index + 1) & mask
        }
        return nil
      }
    }
    set {
      guard let newValue else { return }  // removal is never needed
      if (count + 1) * 2 > slots.count { grow() }
      let mask = slots.count - 1
      var index = Int(truncatingIfNeeded: key >> 7) & mask
      while slots[index].value != nil, slots[index].key != key { index = (index + 1) & mask }
      if slots[index].value == nil { count += 1 }
      slots[index] = Slot(key: key, value: newValue)
    }
  }

  subscript(key: UInt64, default fallback: @autoclosure () -> Value) -> Value {
    get { self[key] ?? fallback() }
    set { self[key] = newValue }
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(key: 0, value: nil), count: old.count * 2)
    count = 0
    for slot in old { if let value = slot.value { self[slot.key] = value } }
  }
}
