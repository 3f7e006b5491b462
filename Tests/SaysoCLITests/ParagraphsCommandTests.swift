import Foundation
import SaysoTestSupport
import Testing

@Suite("sayso paragraphs and sayso info, run as a user would")
struct ParagraphsCommandTests {
  @Test func textFormatPrintsOneParagraphALine() throws {
    let result = try SaysoBinary.run(["paragraphs", Fixtures.path("azure-inquiry.txt")])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 15)
    #expect(
      lines.first == "Microsoft launches investigation into alleged Israeli military surveillance using Azure"
    )
    #expect(lines[13] == "...")
  }

  @Test func jsonlMatchesTheGoldParagraphs() throws {
    let result = try SaysoBinary.run(["paragraphs", Fixtures.path("azure-inquiry.txt"), "--format", "jsonl"])
    #expect(result.status == 0)
    let produced = result.stdout.split(separator: "\n").map { Data($0.utf8) }
    let gold = try Fixtures.string("azure-inquiry.paragraphs.jsonl").split(separator: "\n").map {
      Data($0.utf8)
    }
    #expect(produced.count == gold.count)
    for (line, expected) in zip(produced, gold) {
      let a = try JSONSerialization.jsonObject(with: line) as? NSDictionary
      let b = try JSONSerialization.jsonObject(with: expected) as? NSDictionary
      #expect(a == b)
    }
    #expect(result.stdout.hasPrefix(#"{"index":0,"start":0,"end":87,"kind":"title","text":"#))
  }

  @Test func wrappedTextLinesBecomeOneLine() throws {
    let result = try SaysoBinary.run(["paragraphs", Fixtures.path("pride-and-prejudice-excerpt.txt")])
    let lines = result.stdout.split(separator: "\n")
    #expect(
      lines[1]
        == "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife."
    )
  }

  @Test func standardInputAndForcedFormat() throws {
    let html = "<html><head><title>A page title here</title></head><body><p>Hello there.</p></body></html>"
    let result = try SaysoBinary.run(
      ["paragraphs", "-", "--as", "html", "--format", "jsonl"], input: Data(html.utf8))
    #expect(result.status == 0)
    #expect(result.stdout.contains(#""kind":"title","text":"A page title here""#))
  }

  @Test func controlCharactersNeverReachTheTerminal() throws {
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let path = try scratch.write(
      "evil.txt", "Title\u{1B}]0;owned\u{07}\n\nBody with \u{1B}[2J a clear-screen and \u{9B}31m C1.\n")
    let text = try SaysoBinary.run(["paragraphs", path])
    #expect(!text.stdout.contains("\u{1B}"))
    #expect(!text.stdout.unicodeScalars.contains("\u{9B}"))
    #expect(text.stdout.contains("^[]0;owned^G"))
    let json = try SaysoBinary.run(["paragraphs", path, "--format", "jsonl"])
    #expect(!json.stdout.contains("\u{1B}"))
    #expect(json.stdout.contains(#"\u001b"#))
  }

  @Test func infoReportsMetadataHashAndKinds() throws {
    let result = try SaysoBinary.run(["info", Fixtures.path("html/ars-1.html"), "--format", "json"])
    #expect(result.status == 0)
    let info = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(
      info?["title"] as? String == "Just-released Minecraft exploit makes it easy to crash game servers")
    #expect(info?["byline"] as? String == "Dan Goodin")
    #expect(info?["format"] as? String == "html")
    #expect((info?["sha256"] as? String)?.count == 64)
    let text = try SaysoBinary.run(["info", Fixtures.path("azure-inquiry.txt")])
    #expect(text.stdout.contains("paragraphs    15 (title 1, credit 1, citation 1, body 11, omission 1)"))
    #expect(text.stdout.contains("warnings      none"))
  }
}
