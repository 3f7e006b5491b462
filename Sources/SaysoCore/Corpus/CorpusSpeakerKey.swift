import Foundation

/// The key under which a document's speaker joins the corpus speaker index: two documents that
/// name "Emmanuel Macron" and "emmanuel  macron" (or "Élysée" and "Elysee", "the BBC" and "BBC") speak
/// of one corpus speaker. Case, accents, punctuation, spacing and a leading article do not count;
/// titles before the name do not either ("Sen. Bernie Sanders" is "Bernie Sanders"); the other words
/// do, so "Macron" alone stays apart from "Emmanuel Macron" until the researcher merges them.
public enum CorpusSpeakerKey {
  /// The key of a speaker's canonical name, or nil for sources the text does not name ("officials",
  /// "a spokesperson"), which are a different person in every document.
  public static func key(name: String, kind: SpeakerKind) -> String? {
    guard kind != .unnamed else { return nil }
    let key = normalised(name)
    return key.isEmpty ? nil : key
  }

  /// The name a corpus speaker is listed under: as written, without the titles before it ("Sen. Ted
  /// Cruz" is listed as "Ted Cruz", which is also how the other documents may name him).
  public static func displayName(_ name: String) -> String {
    var words = name.split(separator: " ")
    let titles = Lexicon.shared.honorifics
    while words.count > 1, titles[words[0].lowercased()] != nil { words.removeFirst() }
    return words.joined(separator: " ")
  }

  /// Lower case, accents removed, punctuation as spaces, one space between words, no leading "the"
  /// or title.
  public static func normalised(_ name: String) -> String {
    let folded = name.folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    var words: [Substring] = []
    for word in folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) where !word.isEmpty {
      words.append(word)
    }
    let titles = Lexicon.shared.honorifics
    while words.count > 1, words[0] == "the" || titles[String(words[0])] != nil { words.removeFirst() }
    return words.joined(separator: " ")
  }
}
