/// The form in which text goes into the full-text index, and the form a search takes to match it.
///
/// SQLite's unicode61 tokenizer splits on spaces and punctuation and folds case and accents, which
/// suits alphabetic scripts; Chinese, Japanese and Korean are written without spaces, so a whole
/// sentence would be one token and no word in it could be found. Each CJK character is therefore
/// indexed as a word of its own, and a CJK word searched for becomes the phrase of its characters,
/// which matches exactly where those characters stand side by side.
public enum SearchText {
  /// The text as indexed: every CJK scalar surrounded by spaces.
  public static func indexable(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isCJK) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isCJK(scalar) {
        out.append(" ")
        out.append(scalar)
        out.append(" ")
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// An FTS5 query for the words a researcher typed: every word must occur (in any order), a run in
  /// double quotes is a phrase, a trailing `*` is a prefix. Operators and column filters in what was
  /// typed are taken as words, so no input is an FTS syntax error. Nil when nothing searchable is left.
  public static func ftsQuery(_ input: String) -> String? {
    var terms: [String] = []
    var rest = Substring(input)
    while let first = rest.firstIndex(where: { !$0.isWhitespace }) {
      rest = rest[first...]
      let phrase: Substring
      var prefix = false
      if rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") {
        phrase = rest[rest.index(after: rest.startIndex)..<close]
        rest = rest[rest.index(after: close)...]
      } else {
        let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
        var word = rest[..<end]
        rest = rest[end...]
        if word.hasSuffix("*") {
          prefix = true
          word = word.dropLast()
        }
        phrase = word
      }
      let words = indexable(String(phrase)).split(whereSeparator: { !($0.isLetter || $0.isNumber) })
      guard !words.isEmpty else { continue }
      terms.append("\"" + words.joined(separator: " ") + "\"" + (prefix ? " *" : ""))
    }
    return terms.isEmpty ? nil : terms.joined(separator: " ")
  }

  static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3040...0x30FF,  // Hiragana, Katakana
      0x3400...0x4DBF,  // CJK Extension A
      0x4E00...0x9FFF,  // CJK Unified Ideographs
      0xAC00...0xD7AF,  // Hangul syllables
      0xF900...0xFAFF,  // CJK Compatibility Ideographs
      0x20000...0x2FA1F:  // Extensions B onwards
      return true
    default:
      return false
    }
  }
}
