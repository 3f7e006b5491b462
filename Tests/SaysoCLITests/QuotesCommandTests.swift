import Foundation
import SaysoTestSupport
import Testing

@Suite("sayso quotes and sayso speakers, run as a user would")
struct QuotesCommandTests {
  func objects(_ stdout: String) throws -> [[String: Any]] {
    try stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func jsonlListsTheSampleStatementsWithEveryField() throws {
    let result = try SaysoBinary.run(["quotes", Fixtures.path("azure-inquiry.txt"), "--format", "jsonl"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let quotes = try objects(result.stdout)
    #expect(quotes.count == 8)
    let keys: Set<String> = [
      "id", "paragraph", "start", "end", "text", "kind", "speaker", "speaker_mention", "cue", "rule",
      "confidence",
    ]
    #expect(quotes.allSatisfy { Set($0.keys) == keys })
    let first = quotes[0]
    #expect(first["text"] as? String == "urgent")
    #expect(first["speaker"] as? String == "Microsoft")
    #expect((first["speaker_mention"] as? [String: Any])?["text"] as? String == "Microsoft")
    #expect(quotes.map { $0["kind"] as? String }.allSatisfy { ["direct", "partial"].contains($0) })
  }

  @Test func kindsAreOptIn() throws {
    let path = Fixtures.path("azure-inquiry.txt")
    let all = try objects(try SaysoBinary.run(["quotes", path, "--format", "jsonl", "--all-kinds"]).stdout)
    let reported = try objects(
      try SaysoBinary.run(["quotes", path, "--format", "jsonl", "--indirect"]).stdout)
    #expect(all.count == 9)
    #expect(all.contains { $0["kind"] as? String == "title" && $0["speaker"] is NSNull })
    #expect(reported.filter { $0["kind"] as? String == "indirect" }.count == 3)
  }

  @Test func tableAndCSVAreOneLineAQuote() throws {
    let path = Fixtures.path("azure-inquiry.txt")
    let table = try SaysoBinary.run(["quotes", path])
    #expect(table.stdout.split(separator: "\n").count == 8)
    #expect(table.stdout.contains("No Azure for Aparthe"))
    let csv = try SaysoBinary.run(["quotes", path, "--format", "csv"])
    // RFC 4180: records end in CRLF.
    let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.first == "id,paragraph,start,end,kind,speaker,mention,cue,rule,confidence,text")
    #expect(lines.count == 9)
  }

  @Test func textFromTheDocumentCannotInjectFormulasOrEscapes() throws {
    let scratch = try TemporaryDirectory("sayso-quotes")
    defer { scratch.remove() }
    let file = scratch.url.appendingPathComponent("hostile.txt")
    let text =
      "The hearing went on all day and into the night.\n\n“=HYPERLINK(1)\u{1B}[2J and more,” said Jane Doe.\n"
    try Data(text.utf8).write(to: file)
    let csv = try SaysoBinary.run(["quotes", file.path, "--format", "csv"])
    #expect(csv.stdout.contains("'=HYPERLINK"))
    let table = try SaysoBinary.run(["quotes", file.path])
    #expect(!table.stdout.unicodeScalars.contains("\u{1B}"))
  }

  @Test func speakersShowQuotesWordsAndShare() throws {
    let path = Fixtures.path("azure-inquiry.txt")
    let result = try SaysoBinary.run(["speakers", path, "--format", "jsonl"])
    #expect(result.status == 0)
    let speakers = try objects(result.stdout)
    #expect(speakers.map { $0["speaker"] as? String } == ["Microsoft", "No Azure for Apartheid"])
    #expect(speakers.map { $0["kind"] as? String } == ["organisation", "organisation"])
    #expect(speakers.map { $0["quotes"] as? Int } == [5, 3])
    #expect((speakers[0]["aliases"] as? [String])?.contains("the company") == true)
    let table = try SaysoBinary.run(["speakers", path])
    #expect(table.stdout.split(separator: "\n").first?.hasPrefix("speaker") == true)
    #expect(table.stdout.contains("%"))
  }

  @Test func aMissingFileIsAUsageErrorNamingIt() throws {
    let result = try SaysoBinary.run(["speakers", "/nonexistent/file.txt"])
    #expect(result.status == 66)
    #expect(result.stderr.contains("/nonexistent/file.txt"))
  }
}
