/// Who says how much in a document: per speaker, the statements attributed and the words quoted, and
/// that speaker's share of all quoted words (attributed or not), largest share first.
public struct SpeakerSummary: Sendable, Equatable {
  public struct Row: Sendable, Equatable {
    public var speaker: Speaker
    public var quotes: Int
    public var words: Int
    /// 0...1 of every quoted word of the counted kinds, unattributed quotes included.
    public var share: Double
  }

  public var rows: [Row]
  /// Statements nobody could be found for, and their words.
  public var unattributedQuotes: Int
  public var unattributedWords: Int
  public var totalWords: Int

  /// Counts quotes of `kinds` (statements by default; add `.indirect` for reported speech).
  public init(
    _ analysis: QuoteAnalysis, in document: Document,
    kinds: Set<QuoteKind> = QuoteKind.statements
  ) {
    var quotes = [Int](repeating: 0, count: analysis.speakers.count)
    var words = [Int](repeating: 0, count: analysis.speakers.count)
    var unattributedQuotes = 0
    var unattributedWords = 0
    for quote in analysis.quotes where kinds.contains(quote.kind) {
      let count = quote.parts.reduce(0) { $0 + SpeakerSummary.wordCount(document.text.substring($1.range)) }
      if let speaker = quote.attribution?.speaker {
        quotes[speaker] += 1
        words[speaker] += count
      } else {
        unattributedQuotes += 1
        unattributedWords += count
      }
    }
    let total = words.reduce(unattributedWords, +)
    rows = analysis.speakers.indices.filter { quotes[$0] > 0 }.map { index in
      Row(
        speaker: analysis.speakers[index], quotes: quotes[index], words: words[index],
        share: total > 0 ? Double(words[index]) / Double(total) : 0)
    }.sorted { ($0.words, $0.quotes, $1.speaker.name) > ($1.words, $1.quotes, $0.speaker.name) }
    self.unattributedQuotes = unattributedQuotes
    self.unattributedWords = unattributedWords
    totalWords = total
  }

  /// Words as a reader counts them: runs of letters and digits, with inner apostrophes and hyphens
  /// ("don't", "well-known" are one word each).
  public static func wordCount(_ text: String) -> Int {
    var count = 0
    var inWord = false
    var previousJoiner = false
    for scalar in text.unicodeScalars {
      if scalar.isLetterOrDigit {
        if !inWord { count += 1 }
        inWord = true
        previousJoiner = false
      } else if inWord && !previousJoiner && (scalar == "'" || scalar == "’" || scalar == "-") {
        previousJoiner = true
      } else {
        inWord = false
        previousJoiner = false
      }
    }
    return count
  }
}
