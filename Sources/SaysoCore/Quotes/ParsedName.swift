extension SpeakerRoster {
  /// A name as written, read into its parts: "Mrs.  Jane Doe's" → name "Mrs. Jane Doe's", first "jane",
  /// surname "doe", gender female. Roster matching compares these parts, never the raw text.
  ///
  /// A class: a reading is kept (per document and per process) and handed out for every mention of the
  /// name, and a struct of six strings retained and released each of them at every hand-over.
  final class ParsedName: Sendable {
    let name: String
    let lowered: String
    /// First word of `lowered` without its dot: the title, if the name has one.
    let leading: String
    let first: String?
    let surname: String?
    let titleGender: Gender
    /// The title the name is written with ("mrs", "dr"), if any.
    let title: String?

    /// Reads a name. Names recur all through a text and a corpus: callers go through
    /// `ParsedNameCache.reading`, which keeps each reading.
    init(reading rawName: String) {
      // Names are read across line breaks and no-break spaces: one form however the text spaced it.
      let name = QuoteAnalyzer.oneLine(rawName)
      // Work on the lower-cased name's bytes: a news article names a hundred different people and
      // places, and a string (or substring) per word made parsing one of the costliest steps of
      // attribution. Only the parts kept become strings.
      var lowered = TextCase.lowercased(name)
      var leading = ""
      var first: String?
      var surname: String?
      var titleGender = Gender.unknown
      var titled = false
      lowered.withUTF8 { bytes in
        let words = ParsedName.wordRanges(bytes)
        guard let firstWord = words.first, let lastWord = words.last else { return }
        var bare = 0
        let table = WordFeatureTable.shared
        while words.count - bare > 1 {
          let features = table.features(
            WordFeatureTable.hash(UnsafeBufferPointer(rebasing: bytes[words[bare]])))
          guard features.contains(.honorific) else { break }
          if features.titleGender != .unknown { titleGender = features.titleGender }
          bare += 1
        }
        func string(_ range: Range<Int>) -> String {
          String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        leading = string(ParsedName.withoutDots(firstWord, in: bytes))
        if words.count - bare > 1 { first = string(words[bare]) }
        surname = string(ParsedName.withoutPossessive(lastWord, in: bytes))
        titled = bare > 0
      }
      self.name = name
      self.lowered = lowered
      self.leading = leading
      self.first = first
      self.surname = surname
      self.titleGender = titleGender
      title = titled ? leading : nil
    }

    /// The byte ranges of the words between ASCII spaces.
    static func wordRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
      var words: [Range<Int>] = []
      var start = 0
      for i in 0..<bytes.count where bytes[i] == 0x20 {
        if start < i { words.append(start..<i) }
        start = i + 1
      }
      if start < bytes.count { words.append(start..<bytes.count) }
      return words
    }

    /// A word without full stops at either end ("dr." → "dr").
    static func withoutDots(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
      var start = word.lowerBound
      var end = word.upperBound
      while start < end, bytes[start] == 0x2E { start += 1 }
      while end > start, bytes[end - 1] == 0x2E { end -= 1 }
      return start..<end
    }

    /// A word without a possessive "'s" or "’s" at its end (see `String.endsInPossessive`).
    private static func withoutPossessive(
      _ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Range<Int> {
      let n = word.count
      let end = word.upperBound
      guard n >= 2, bytes[end - 1] == 0x73 else { return word }
      if bytes[end - 2] == 0x27 { return word.lowerBound..<(end - 2) }
      // ’ is E2 80 99.
      if n >= 4, bytes[end - 2] == 0x99, bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2 {
        return word.lowerBound..<(end - 4)
      }
      return word
    }
  }

  /// The first word of a lower-cased name without its dots ("dr. jones" → "dr"), as `ParsedName` reads
  /// its `leading` word.
  static func leadingWord(_ lowered: String) -> String {
    var lowered = lowered
    return lowered.withUTF8 { bytes in
      guard let first = ParsedName.wordRanges(bytes).first else { return "" }
      let word = ParsedName.withoutDots(first, in: bytes)
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self)
    }
  }
}
