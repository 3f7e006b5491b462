/// A word or punctuation mark of a paragraph, with its window-relative range.
struct Token: Sendable {
  enum Kind: Sendable { case word, punctuation, quoteMark }

  var range: Range<Int>
  var kind: Kind
  /// The character of a one-character token (punctuation, a quote mark, the ampersand); 0 for words.
  /// The cue grammar asks "a comma? a colon?" at nearly every token: asked of `mark` that is an integer
  /// comparison, asked of `lower` a string comparison. (Declared here, it fits in the token's padding.)
  var mark: Unicode.Scalar = "\0"
  /// Lower-cased text for words; the character itself for punctuation.
  var lower: String
  var isCapitalised: Bool

  /// Every letter is a capital ("NATO", "WASHINGTON").
  var allCaps = false
  /// What the lexicons say about `lower`.
  var features: WordFeatures = []

  var isWord: Bool { kind == .word }
  var start: Int { range.lowerBound }
  var end: Int { range.upperBound }
}

/// A paragraph cut into tokens and sentences, for the cue grammar.
///
/// A class: every reader of a paragraph (cue finder, phrase reader, mention reader, name spotter) holds
/// it, and copying a struct of six arrays cost six retains and six releases per reader made.
final class TokenizedWindow: Sendable {
  let window: TextWindow
  /// The document's lower-case words, when known, to read sentence-initial capitals.
  let vocabulary: DocumentVocabulary?
  let tokens: [Token]
  /// The sentence index of each token.
  let sentenceOf: [Int]
  /// Token ranges of the sentences.
  let sentences: [Range<Int>]

  init(_ window: TextWindow, vocabulary: DocumentVocabulary? = nil) {
    self.window = window
    self.vocabulary = vocabulary
    let tokens = Tokenizer.tokens(window)
    self.tokens = tokens
    let sentences = SentenceSplitter.sentences(tokens, window)
    var sentenceOf = [Int](repeating: 0, count: tokens.count)
    for (k, sentence) in sentences.enumerated() {
      for i in sentence { sentenceOf[i] = k }
    }
    self.sentences = sentences
    self.sentenceOf = sentenceOf
  }

  /// The first token at or after a window position.
  func tokenIndex(atOrAfter position: Int) -> Int {
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].start < position { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Whether token `i` is the first of its sentence.
  func opensSentence(_ i: Int) -> Bool { sentences[sentenceOf[i]].lowerBound == i }

  /// The first word of its sentence, or the first word after an opening quote mark.
  func isSentenceInitial(_ i: Int) -> Bool {
    if opensSentence(i) { return true }
    return i > 0 && tokens[i - 1].kind == .quoteMark
  }

  /// The text of tokens `range` as written.
  func text(_ range: Range<Int>) -> String {
    guard let first = range.first, range.upperBound <= tokens.count, range.upperBound > first else {
      return ""
    }
    return window.string(tokens[first].start..<tokens[range.upperBound - 1].end)
  }

  /// Window range covered by tokens `range`.
  func span(_ range: Range<Int>) -> Range<Int> {
    tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
  }
}

/// Splits a paragraph into words (keeping don't, U.S., Covington & Burling's "&", well-known) and marks.
enum Tokenizer {
  static func tokens(_ window: TextWindow) -> [Token] {
    // Read through a buffer pointer: every scalar of every paragraph passes here, and each array
    // access checked its index.
    window.scalars.withUnsafeBufferPointer { tokens($0, window) }
  }

  private static func tokens(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ window: TextWindow) -> [Token] {
    let features = WordFeatureTable.shared
    let ascii = Tokenizer.asciiStrings
    var tokens: [Token] = []
    // (English runs about one token to four scalars: a fifth made the array grow once per paragraph.)
    tokens.reserveCapacity(s.count / 3 + 1)
    var i = 0
    while i < s.count {
      let c = s[i]
      if c.value < 0x80 ? (c == " " || c == "\n" || c == "\t" || c == "\r") : c.isWhiteSpace {
        i += 1
        continue
      }
      if c.isLetterOrDigit {
        let start = i
        i += 1
        while i < s.count {
          let d = s[i]
          if d.isLetterOrDigit {
            i += 1
          } else if (d == "'" || d == "’" || d == "-" || d == "‐") && i + 1 < s.count
            && s[i + 1].isLetterOrDigit
          {
            i += 2
          } else if d == "." && i + 1 < s.count && s[i + 1].isLetter && i - start <= 3 {
            i += 2  // U.S, a.m
          } else {
            break
          }
        }
        var (lower, hash) =
          lowered(s, start..<i)
          ?? {
            let lower = window.string(start..<i).lowercased()
            return (lower, WordFeatureTable.hash(lower.utf8))
          }()
        var wordFeatures = features.features(hash)
        if i < s.count && s[i] == "."
          && Abbreviations.takesPeriod(lower, wordLength: i - start, features: wordFeatures)
        {
          i += 1
          lower += "."
          hash = WordFeatureTable.hash(CollectionOfOne(0x2E), continuing: hash)
          wordFeatures = features.features(hash)
        }
        // Made in place in the array (a token built in a variable first was copied, then destroyed).
        let capital = c.isUppercaseLetter
        tokens.append(
          Token(
            range: start..<i, kind: .word, lower: lower, isCapitalised: capital,
            allCaps: capital && i - start > 1 && !s[start..<i].contains(where: \.isLowercaseLetter),
            features: wordFeatures))
        continue
      }
      let kind: Token.Kind = QuoteMarkFinder.isQuoteScalar(c) ? .quoteMark : .punctuation
      let isAmpersand = c == "&"
      tokens.append(
        Token(
          range: i..<(i + 1), kind: isAmpersand ? .word : kind, mark: c,
          lower: c.value < 0x80 ? ascii[Int(c.value)] : String(c),
          isCapitalised: isAmpersand, features: isAmpersand ? .nameConnector : []))
      i += 1
    }
    return tokens
  }

  /// Each ASCII character as a string: punctuation tokens take theirs from here instead of making one.
  static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

  /// The lower-case string of a run of ASCII (and of the caseless apostrophe ’ and hyphen ‐ that words
  /// hold inside: "Trump’s"), written straight into a (usually inline, unallocated) small string: most
  /// words of English text take this path, and it is most of what tokenizing costs. Nil when the run has
  /// other scalars, which go through the full Unicode lowercasing. The word's `WordFeatureTable` hash
  /// comes out of the same pass.
  static func lowered(
    _ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>
  ) -> (lower: String, hash: UInt64)? {
    var length = range.count
    for k in range where s[k].value >= 0x80 {
      guard s[k].value == 0x2019 || s[k].value == 0x2010 else { return nil }
      length += 2
    }
    var hash = WordFeatureTable.seed
    let lower = String(unsafeUninitializedCapacity: length) { buffer in
      var n = 0
      for k in range {
        let value = s[k].value
        if value < 0x80 {
          let byte = UInt8(truncatingIfNeeded: value >= 0x41 && value <= 0x5A ? value | 0x20 : value)
          buffer[n] = byte
          hash = (hash ^ UInt64(byte)) &* WordFeatureTable.prime
          n += 1
        } else {
          // U+2019 or U+2010: E2 80 99 or E2 80 90.
          let last = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          buffer[n] = 0xE2
          buffer[n + 1] = 0x80
          buffer[n + 2] = last
          hash = (hash ^ 0xE2) &* WordFeatureTable.prime
          hash = (hash ^ 0x80) &* WordFeatureTable.prime
          hash = (hash ^ UInt64(last)) &* WordFeatureTable.prime
          n += 3
        }
      }
      return n
    }
    return (lower, hash)
  }
}

/// Words after which a full stop does not end a sentence.
enum Abbreviations {
  static let known: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr", "sr",
    "inc", "corp", "co", "ltd", "vs", "etc", "no", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug",
    "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "rev", "hon", "pres",
    "adm", "cmdr", "maj", "messrs", "mme", "mlle", "esq", "dept", "univ", "approx", "fig", "vol", "pp", "d.c",
    "r-n.y", "d-n.y",
  ]

  /// `features`: the word's, which say whether it is one of `known`.
  static func takesPeriod(_ lower: String, wordLength: Int, features: WordFeatures) -> Bool {
    if features.contains(.abbreviation) { return true }
    // Initials ("H. Tribe"), but not the pronoun I or the article a at the end of a sentence.
    if wordLength == 1, lower != "i", lower != "a", let first = lower.unicodeScalars.first, first.isLetter {
      return true
    }
    return lower.utf8.contains(0x2E)
  }
}

/// Sentence starts: after . ! ? … (and any closing quotes or brackets) when the next word is capitalised,
/// a digit or an opening quote.
enum SentenceSplitter {
  /// The sentences as token ranges, in order, covering every token (one empty sentence when there are
  /// none). Collected straight into their array, room made for one sentence per eight tokens first (a
  /// list of starts grown from one element cost several allocations per paragraph).
  static func sentences(_ tokens: [Token], _ window: TextWindow) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    sentences.reserveCapacity(tokens.count / 8 + 1)
    var start = 0
    forEachStart(tokens, window) { next in
      sentences.append(start..<next)
      start = next
    }
    sentences.append(start..<tokens.count)
    return sentences
  }

  /// Each sentence start after the first (which is 0), in order. Marks are read from `Token.mark` (".",
  /// "!", "?", "…", ")" and "]" are punctuation tokens only); a word's first scalar is a digit exactly
  /// when its lower case's is.
  private static func forEachStart(_ tokens: [Token], _ window: TextWindow, _ body: (Int) -> Void) {
    let s = window.scalars
    var i = 0
    while i < tokens.count {
      let token = tokens[i]
      let ends = token.mark == "." || token.mark == "!" || token.mark == "?" || token.mark == "…"
      guard ends else {
        i += 1
        continue
      }
      var j = i + 1
      while j < tokens.count, tokens[j].kind == .quoteMark || tokens[j].mark == ")" || tokens[j].mark == "]" {
        // A closing mark right after the full stop belongs to this sentence; an opening one starts the next.
        if tokens[j].kind == .quoteMark && j > i + 1 { break }
        if tokens[j].kind == .quoteMark, tokens[j].start > token.end { break }
        j += 1
      }
      if j < tokens.count {
        let next = tokens[j]
        if next.isCapitalised || next.kind == .quoteMark || s[next.start].isDigit {
          body(j)
        }
      }
      i = j
    }
  }
}
