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
      // Work on the lower-cased name as substrings: a news article names a hundred different people and
      // places, and a string per word made parsing one of the costliest steps of attribution.
      let name = SpeakerRoster.singleSpaced(rawName)
      let lowered = TextCase.lowercased(name)
      let words = lowered.split(separator: " ")
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
      leading = String(words.first ?? "").trimmingAny(of: ".")
      first = bare.count > 1 ? bare.first.map(String.init) : nil
      surname = bare.last.map { SpeakerRoster.withoutPossessive(String($0)) }
      self.titleGender = titleGender
      title = bare.count < words.count ? String(words[0]).trimmingAny(of: ".") : nil
    }
  }

  /// The name with every run of spaces, tabs and line breaks made one space (usually: the name itself).
  static func singleSpaced(_ raw: String) -> String {
    var previousSpace = true
    for byte in raw.utf8 {
      let space = byte == 0x20 || byte == 0x0A || byte == 0x09
      if space && (previousSpace || byte != 0x20) {
        return raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
      }
      previousSpace = space
    }
    return previousSpace && !raw.isEmpty
      ? raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ") : raw
  }

  /// The first word of a lower-cased name without its dot ("dr. jones" → "dr").
  static func leadingWord(_ lowered: String) -> String {
    String(lowered.split(separator: " ").first ?? "").trimmingAny(of: ".")
  }

  static func withoutPossessive(_ word: String) -> String {
    word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
  }
}
