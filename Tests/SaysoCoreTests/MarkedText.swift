@testable import SaysoCore

/// A fixture written inline: `[[…]]` around the words of each quote (inside its marks) and `{{…}}` around
/// the mention that names its speaker. The markers are removed; their ranges are scalar offsets into the
/// text that remains, the text Sayso reads.
struct MarkedText {
  let text: String
  let quotes: [Range<Int>]
  let mentions: [Range<Int>]

  init(_ marked: String) {
    var scalars = String.UnicodeScalarView()
    var quotes: [Range<Int>] = []
    var mentions: [Range<Int>] = []
    var quoteStart: Int?
    var mentionStart: Int?
    let input = Array(marked.unicodeScalars)
    var i = 0
    while i < input.count {
      let pair = i + 1 < input.count ? String(input[i]) + String(input[i + 1]) : ""
      let offset = scalars.count
      switch pair {
      case "[[": quoteStart = offset
      case "]]": quotes.append(quoteStart!..<offset)
      case "{{": mentionStart = offset
      case "}}": mentions.append(mentionStart!..<offset)
      default:
        scalars.append(input[i])
        i += 1
        continue
      }
      i += 2
    }
    text = String(scalars)
    self.quotes = quotes
    self.mentions = mentions
  }

  /// The text read as a plain-text file (or Markdown with a `.md` name) and analysed.
  func analyze(name: String = "fixture.txt", genre: Genre = .auto) throws -> (Document, QuoteAnalysis) {
    let document = try SaysoCoreTests.document(text, name: name)
    return (document, QuoteAnalyzer(genre: genre).analyze(document))
  }

  /// The text of the document at `range`.
  func excerpt(_ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
  }
}

extension QuoteAnalysis {
  /// The quote whose first part covers exactly `range`.
  func quote(at range: Range<Int>) -> Quote? { quotes.first { $0.range == range } }

  /// The canonical name of the speaker of the quote at `range`, if it has one.
  func speakerName(at range: Range<Int>) -> String? {
    quote(at: range).flatMap { speaker(of: $0)?.name }
  }
}
