import Testing

@testable import SaysoCore

/// What counts as a quote: every family of marks, not apostrophes; quotes over several paragraphs;
/// unbalanced marks contained; and the kinds that are not statements.
@Suite("Quote detection")
struct QuoteDetectionTests {
  /// The ranges of every quote part, in order.
  func found(_ marked: MarkedText, name: String = "fixture.txt") throws -> [Range<Int>] {
    try marked.analyze(name: name).1.quotes.flatMap { $0.parts.map(\.range) }
  }

  @Test(arguments: [
    "He said “[[we leave at dawn]]” and left.",
    "He said \"[[we leave at dawn]]\" and left.",
    "‘[[We leave at dawn]],’ she said.",
    "Il a dit «[[nous partons à l’aube]]» hier.",
    "Il a dit « [[nous partons à l’aube]] » hier.",
    "Er sagte „[[wir gehen im Morgengrauen]]“ und ging.",
    "''[[We leave at dawn]],'' Smith said.",
  ])
  func everyFamilyOfMarks(_ text: String) throws {
    let marked = MarkedText(text)
    #expect(try found(marked) == marked.quotes)
  }

  @Test func apostrophesAreNotQuoteMarks() throws {
    let marked = MarkedText(
      "Don’t visit the Guardian’s site, the editors’ note said; it’s ’90s rock ’n’ roll and the O’Briens' "
        + "dog's bone.")
    #expect(try found(marked).isEmpty)
  }

  @Test func singleQuotesNestInsideDoubleQuotes() throws {
    let marked = MarkedText("“[[He told me ‘go home’ and I went]],” she said.")
    #expect(try found(marked) == marked.quotes)
  }

  @Test func aQuoteOverSeveralParagraphsIsOneQuote() throws {
    let marked = MarkedText(
      """
      “[[The first thing we did was count the damage. It took a week.]]

      “[[Then we started again, one house at a time]],” the mayor said.
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.quotes.count == 1)
    #expect(analysis.quotes.first?.parts.map(\.range) == marked.quotes)
    #expect(analysis.speakerName(at: marked.quotes[0]) == "the mayor")
  }

  @Test func anUnclosedMarkEndsWithItsParagraph() throws {
    let marked = MarkedText(
      """
      The letter began “[[we regret to inform you and never said more]]

      Later “[[this is fine]],” she said. “[[And so is this]],” he added.
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.quotes.map(\.range) == marked.quotes)
    #expect(analysis.quotes.allSatisfy { $0.continuation.isEmpty })
  }

  @Test func aTitleOfAWorkIsNotAStatement() throws {
    let marked = MarkedText(
      "She wrote an essay titled “[[The End of Work]]” for the magazine, and called it “[[overdue]]”.")
    let (_, analysis) = try marked.analyze()
    let title = try #require(analysis.quote(at: marked.quotes[0]))
    #expect(title.kind == .title)
    #expect(title.attribution == nil)
  }

  @Test func soCalledMakesScareQuotes() throws {
    let marked = MarkedText("The so-called “[[experts]]” disagreed with each other all week.")
    let quote = try #require(try marked.analyze().1.quote(at: marked.quotes[0]))
    #expect(quote.kind == .scare)
    #expect(quote.attribution == nil)
  }

  @Test func directAndPartialQuotes() throws {
    let marked = MarkedText(
      "“[[We are not going anywhere.]]” The minister said the plan was “[[dead in the water]]” after the vote."
    )
    let (_, analysis) = try marked.analyze()
    #expect(analysis.quote(at: marked.quotes[0])?.kind == .direct)
    #expect(analysis.quote(at: marked.quotes[1])?.kind == .partial)
  }

  @Test func markupAttributesAreNotQuotes() throws {
    let marked = MarkedText("The page said <a href=\"https://example.org\">here</a> in bold.")
    #expect(try found(marked).isEmpty)
  }

  @Test func blockQuotesWithoutMarksAreQuotes() throws {
    let marked = MarkedText(
      """
      # Letters

      The minister wrote in a letter to staff:

      > [[We have made mistakes and we will fix them.]]
      >
      > [[Nobody will lose their job.]]

      Critics were not convinced.
      """)
    let (_, analysis) = try marked.analyze(name: "fixture.md")
    let block = try #require(analysis.quotes.first { $0.kind == .block })
    #expect(block.parts.map(\.range) == marked.quotes)
    #expect(analysis.speaker(of: block)?.name == "the minister")
  }
}
