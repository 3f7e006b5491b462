import Testing

@testable import SaysoCore

/// Hostile inputs finish with sane answers. (How their time grows with their size is measured by the
/// benchmark, `sayso-bench --only quotes_scaling`, not here.)
@Suite("Quotes on hostile input")
struct QuoteRobustnessTests {
  func analyze(_ text: String) throws -> QuoteAnalysis {
    QuoteAnalyzer().analyze(try document(text))
  }

  @Test func tenThousandMarksInARow() throws {
    let analysis = try analyze(String(repeating: "\"", count: 10_000) + "\n")
    #expect(analysis.quotes.isEmpty)
  }

  @Test func manyTinyQuotesInOneParagraph() throws {
    let analysis = try analyze(String(repeating: "“a” \"b\" ", count: 5_000) + "\n")
    #expect(analysis.quotes.count == 10_000)
  }

  @Test func manyOpenersNeverClosed() throws {
    let analysis = try analyze(String(repeating: "“word ", count: 10_000) + "\n")
    // Each opener ends where the next begins: many short quotes, none swallowing the rest.
    #expect(analysis.quotes.count == 10_000)
    #expect(analysis.quotes.allSatisfy { $0.range.count <= 5 })
  }

  /// Found indexing a folder of web pages (an IETF draft): a quote nested right inside another one
  /// made the window after the inner quote a reversed range, and the analysis crashed.
  @Test func aQuoteRightInsideAnotherOne() throws {
    for text in [
      "Add an 'If-Match: \"2\"' header instead.\n",
      "client B can add an 'If-Match: \"1\"' header, which fails.\n",
      "“‘a’” and ‘“b”’ and \"'c'\".\n",
    ] {
      let analysis = try analyze(text)
      #expect(analysis.quotes.allSatisfy { !$0.range.isEmpty }, "\(text)")
    }
  }

  @Test func deeplyNestedQuotes() throws {
    let depth = 2_000
    let text =
      "He said " + String(repeating: "“she said ‘", count: depth) + "x"
      + String(repeating: "’”", count: depth) + ".\n"
    let analysis = try analyze(text)
    #expect(!analysis.quotes.isEmpty)
  }

  @Test func oneLongParagraphWithTagsAndNames() throws {
    let sentence = "“We will not wait,” Jane Doe said, and the minister added that it was “late”. "
    let analysis = try analyze(String(repeating: sentence, count: 2_000) + "\n")
    #expect(analysis.quotes.filter { $0.kind.isStatement }.count >= 2_000)
    #expect(analysis.speakers.contains { $0.name == "Jane Doe" })
  }

  /// The stray mark's quote ends with its paragraph; it is not linked to the next one, which opens
  /// with a different mark.
  @Test func anUnbalancedMarkDoesNotShiftLaterParagraphs() throws {
    let marked = MarkedText(
      """
      A stray "[[mark is closed at the end of its paragraph.]]

      “[[One]],” she said.

      “[[Two]],” he said.
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.quotes.map(\.range) == marked.quotes)
  }

  @Test func controlCharactersAndInvalidTextDoNotConfuseIt() throws {
    let analysis = try analyze("“\u{1B}[31mred\u{7}” he said \u{FFFD}.\n")
    #expect(analysis.quotes.count == 1)
  }
}
