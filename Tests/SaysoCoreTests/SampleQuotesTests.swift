import SaysoTestSupport
import Testing

@testable import SaysoCore

/// The mission's article against its hand-written gold: every statement found with its offsets, kind and
/// speaker; the cited headline not a statement; reported speech found when asked for.
@Suite("The sample article's quotes")
struct SampleQuotesTests {
  static func analysis() throws -> (Document, QuoteAnalysis) {
    let document = try Ingest.file(Fixtures.path("azure-inquiry.txt"))
    return (document, QuoteAnalyzer().analyze(document))
  }

  @Test func everyGoldStatementIsFoundWithItsSpeaker() throws {
    let (document, analysis) = try SampleQuotesTests.analysis()
    let gold = try Fixtures.jsonLines("azure-inquiry.gold.jsonl")
    let statements = QuoteRecord.records(analysis, in: document, kinds: [.direct, .partial, .block])
    #expect(statements.count == gold.count)
    for (record, expected) in zip(statements, gold) {
      #expect(record.range.lowerBound == expected["start"] as? Int)
      #expect(record.range.upperBound == expected["end"] as? Int)
      #expect(record.text == expected["text"] as? String)
      #expect(record.kind.rawValue == expected["kind"] as? String)
      #expect(record.speaker == expected["speaker"] as? String)
    }
  }

  @Test func theCitedHeadlineIsATitleNotAStatement() throws {
    let (document, analysis) = try SampleQuotesTests.analysis()
    let citation = try #require(document.paragraphs.first { $0.kind == .citation })
    let inCitation = analysis.quotes.filter { $0.paragraph == citation.index }
    #expect(inCitation.count == 1)
    #expect(inCitation.allSatisfy { $0.kind == .title && $0.attribution == nil })
  }

  @Test func everyAttributionExplainsItself() throws {
    let (document, analysis) = try SampleQuotesTests.analysis()
    for quote in analysis.quotes where quote.kind.isStatement {
      let attribution = try #require(quote.attribution)
      let mention = try #require(attribution.mention)
      #expect(!document.text.substring(mention).isEmpty)
      #expect(attribution.confidence > 0 && attribution.confidence <= 1)
    }
  }

  @Test func reportedSpeechMatchesItsGold() throws {
    let (document, analysis) = try SampleQuotesTests.analysis()
    let gold = try Fixtures.jsonLines("azure-inquiry.indirect.jsonl")
    let reported = QuoteRecord.records(analysis, in: document, kinds: [.indirect])
    #expect(reported.count == gold.count)
    for (record, expected) in zip(reported, gold) {
      #expect(record.range.lowerBound == expected["start"] as? Int)
      #expect(record.range.upperBound == expected["end"] as? Int)
      #expect(record.speaker == expected["speaker"] as? String)
    }
  }

  @Test func speakersShareTheQuotedWords() throws {
    let (document, analysis) = try SampleQuotesTests.analysis()
    let summary = SpeakerSummary(analysis, in: document)
    #expect(summary.rows.map(\.speaker.name) == ["Microsoft", "No Azure for Apartheid"])
    #expect(summary.rows.map(\.quotes) == [5, 3])
    #expect(summary.unattributedQuotes == 0)
    #expect(abs(summary.rows.map(\.share).reduce(0, +) - 1) < 1e-9)
  }

  @Test func wordsAreCountedAsAReaderCountsThem() {
    #expect(SpeakerSummary.wordCount("Don’t stop — it’s a well-known, 24-hour fight!") == 7)
    #expect(SpeakerSummary.wordCount("") == 0)
  }
}
