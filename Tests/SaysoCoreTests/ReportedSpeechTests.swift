import Testing

@testable import SaysoCore

/// Reported speech without quote marks: found, attributed, and not confused with narration.
@Suite("Reported speech")
struct ReportedSpeechTests {
  func reported(_ marked: MarkedText) throws -> (QuoteAnalysis, [Quote]) {
    let (_, analysis) = try marked.analyze()
    return (analysis, analysis.quotes.filter { $0.kind == .indirect })
  }

  @Test(arguments: [
    "{{The company}} said [[the review would take three months]].",
    "{{The company}} said that [[the review would take three months]].",
    "{{The company}} said on Tuesday that [[the review would take three months]].",
    "{{The company}} told reporters that [[the review would take three months]].",
    "[[The review would take three months]], {{the company}} said.",
    "[[The review would take three months]], said {{the company}}.",
    "According to {{the company}}, [[the review would take three months]].",
  ])
  func reportedClauses(_ text: String) throws {
    let marked = MarkedText("Acme Corporation opened a review of its plants last week.\n\n" + text + "\n")
    let (analysis, reported) = try reported(marked)
    #expect(reported.map(\.range) == marked.quotes)
    let speaker = try #require(reported.first.flatMap { analysis.speaker(of: $0) })
    #expect(speaker.name == "Acme Corporation")
    #expect(reported.first?.attribution?.mention == marked.mentions.first)
  }

  @Test(arguments: [
    "She said nothing at all about the review that week.",
    "He added a note of caution to the report he had written.",
    "The minister said in a statement.",
    "“The review would take three months,” the company said.",
    "Officials described the plan as overdue and said as much.",
  ])
  func notReportedSpeech(_ text: String) throws {
    let (_, reported) = try reported(MarkedText("Some context comes first here.\n\n" + text + "\n"))
    #expect(reported.isEmpty)
  }

  @Test func aTagThatIntroducesTheNextParagraphIsNotAReport() throws {
    let marked = MarkedText(
      """
      Emma only nodded, and smiled, and after a little thinking, he added,

      “I am glad of it.”
      """)
    let (_, reported) = try reported(marked)
    #expect(reported.isEmpty)
  }

  @Test func reportedSpeechIsOffTheDefaultListButKeepsIdsInReadingOrder() throws {
    let marked = MarkedText(
      """
      Acme Corporation opened a review of its plants last week.

      The company said the review would take three months. “We will publish everything,” it added.
      """)
    let (document, analysis) = try marked.analyze()
    #expect(analysis.quotes.map(\.kind) == [.indirect, .direct])
    #expect(analysis.quotes.map(\.id) == [1, 2])
    let statements = QuoteRecord.records(analysis, in: document, kinds: [.direct, .partial, .block])
    #expect(statements.map(\.id) == [2])
  }
}
