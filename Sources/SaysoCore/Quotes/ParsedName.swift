extension SpeakerRoster {
  /// A name as written, read into its parts: "Mrs.  Jane Doe's" → name "Mrs. Jane Doe's", first "jane",
  /// surname "doe", gender female. Roster matching compares these parts, never the raw text.
  struct ParsedName: Sendable {
    var name: String
    var lowered: String
    /// First word of `lowered` without its dot: the title, if the name has one.
    var leading: String
    var first: String?
    var surname: String?
    var titleGender: Gender
    /// The title the name is written with ("mrs", "dr"), if any.
    var title: String?

    /// Reads a name. Names recur all through a text and a corpus: callers go through
    /// `ParsedNameCache.reading`, which keeps each reading.
    init(reading rawName: String) {
      // Names are read across line breaks and no-break spaces: one form however the text spaced it.
      let name = QuoteAnalyzer.oneLine(rawName)
      // Work on the lower-cased name as substrings: a news article names a hundred different people and
      // places, and a string per word made parsing one of the costliest steps of attribution.
      let lowered = TextCase.lowercased(name)
      let words = lowered.spaceSeparatedWords()
      var bare = words[...]
      var titleGender = Gender.unknown
      let table = WordFeatureTable.shared
      while let first = bare.first, bare.count > 1 {
        let features = table.features(WordFeatureTable.hash(first.utf8))
        guard features.contains(.honorific) else { break }
        if features.titleGender != .unknown { titleGender = features.titleGender }
        bare = bare.dropFirst()
      }
      self.name = name
      self.lowered = lowered
      leading = SpeakerRoster.withoutDot(words.first)
      first = bare.count > 1 ? bare.first.map(String.init) : nil
      surname = bare.last.map { SpeakerRoster.withoutPossessive(String($0)) }
      self.titleGender = titleGender
      title = bare.count < words.count ? SpeakerRoster.withoutDot(words.first) : nil
    }
  }

  /// The first word of a lower-cased name without its dot ("dr. jones" → "dr").
  static func leadingWord(_ lowered: String) -> String { withoutDot(lowered.spaceSeparatedWords().first) }

  /// A title as written without its dots ("dr." → "dr").
  static func withoutDot(_ word: Substring?) -> String {
    guard let bytes = word?.utf8 else { return "" }
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end, bytes[start] == 0x2E { start = bytes.index(after: start) }
    while end > start, bytes[bytes.index(before: end)] == 0x2E { end = bytes.index(before: end) }
    return String(Substring(bytes[start..<end]))
  }

  static func withoutPossessive(_ word: String) -> String {
    word.endsInPossessive ? String(word.dropLast(2)) : word
  }
}
