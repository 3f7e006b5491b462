/// Lower-casing without the Unicode machinery when the text is ASCII, as names and words mostly are.
enum TextCase {
  static func lowercased(_ text: String) -> String {
    let utf8 = text.utf8
    guard !utf8.contains(where: { $0 >= 0x80 }) else { return text.lowercased() }
    guard utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
    let count = utf8.count
    return String(unsafeUninitializedCapacity: count) { buffer in
      var n = 0
      for byte in utf8 {
        buffer[n] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        n += 1
      }
      return n
    }
  }
}

extension StringProtocol {
  /// The words between ASCII spaces, cut by bytes. `split(separator: " ")` compares whole `Character`s,
  /// deciding grapheme boundaries at every step, and cost thirty times more on the short names the
  /// attributor reads by the thousand. (A space followed by a combining mark is a boundary here.)
  func spaceSeparatedWords() -> [Substring] {
    let text = Substring(self)
    let bytes = text.utf8
    var words: [Substring] = []
    var start = bytes.startIndex
    var i = start
    while i != bytes.endIndex {
      if bytes[i] == 0x20 {
        if start != i { words.append(text[start..<i]) }
        i = bytes.index(after: i)
        start = i
      } else {
        i = bytes.index(after: i)
      }
    }
    if start != i { words.append(text[start..<i]) }
    return words
  }
}

extension StringProtocol {
  /// The first of `spaceSeparatedWords()` and whether another follows, without cutting the rest: what
  /// choosing a canonical name asks of every form of every speaker.
  func firstWord() -> (word: Substring, followed: Bool)? {
    let text = Substring(self)
    let bytes = text.utf8
    var i = bytes.startIndex
    while i != bytes.endIndex, bytes[i] == 0x20 { i = bytes.index(after: i) }
    guard i != bytes.endIndex else { return nil }
    let start = i
    while i != bytes.endIndex, bytes[i] != 0x20 { i = bytes.index(after: i) }
    let word = text[start..<i]
    while i != bytes.endIndex, bytes[i] == 0x20 { i = bytes.index(after: i) }
    return (word, i != bytes.endIndex)
  }
}

extension String {
  /// `hasSuffix` by bytes, for the ASCII endings ("ed", "ing", "'s") the cue grammar asks of words by
  /// the ten thousand. `hasSuffix` compares by `Character` and cost twenty times more; for a suffix that
  /// starts with a letter, an apostrophe or a full stop the two agree.
  func endsWith(_ suffix: StaticString) -> Bool {
    let bytes = utf8
    var k = suffix.utf8CodeUnitCount
    guard bytes.count >= k else { return false }
    let tail = suffix.utf8Start
    var i = bytes.endIndex
    while k > 0 {
      i = bytes.index(before: i)
      k -= 1
      if bytes[i] != tail[k] { return false }
    }
    return true
  }

  /// Ends in a possessive "'s" or "’s" ("Microsoft’s", "ABC's").
  var endsInPossessive: Bool { endsWith("'s") || endsWith("’s") }
}
