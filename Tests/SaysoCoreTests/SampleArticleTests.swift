import SaysoTestSupport
import Testing

@testable import SaysoCore

@Suite("The mission's sample article")
struct SampleArticleTests {
  @Test func paragraphsMatchTheGoldExactly() throws {
    let document = try Ingest.file(Fixtures.path("azure-inquiry.txt"))
    let gold = try Fixtures.jsonLines("azure-inquiry.paragraphs.jsonl")
    #expect(document.layout == .line)
    #expect(document.paragraphs.count == 15)
    #expect(document.paragraphs.count == gold.count)
    for (paragraph, expected) in zip(document.paragraphs, gold) {
      #expect(paragraph.index == expected["index"] as? Int)
      #expect(paragraph.start == expected["start"] as? Int)
      #expect(paragraph.end == expected["end"] as? Int)
      #expect(paragraph.kind.rawValue == expected["kind"] as? String)
      #expect(document.text(of: paragraph) == expected["text"] as? String)
    }
  }

  @Test func metadataComesFromTheHeaderLines() throws {
    let document = try SampleDocument.load()
    #expect(
      document.metadata.title
        == "Microsoft launches investigation into alleged Israeli military surveillance using Azure")
    #expect(document.text.sha256.count == 64)
    #expect(document.warnings.isEmpty)
  }
}
