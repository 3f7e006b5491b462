import Foundation
import SaysoTestSupport
import Testing

/// A small corpus on disk: three news items in three formats, one in Chinese.
func smallCorpus() throws -> TemporaryDirectory {
  let folder = try TemporaryDirectory("sayso-corpus-cli")
  try folder.write(
    "a.txt", "Budget vote.\n\n“Rates will fall,” said Emmanuel Macron.\n\n“No,” said Ana Lima.\n")
  try folder.write(
    "b.md", "---\ntitle: Paris talks\ndate: 2024-05-02\noutlet: Le Monde\n---\n\n“Not yet,” Macron said.\n")
  try folder.write("c.txt", "北京大学的研究人员说：“气候变化很严重。”\n")
  return folder
}

@Suite("sayso index, search, quotes, speakers and export on a folder", .serialized)
struct CorpusCommandTests {
  @Test func indexReportsWhatItReadAndReadsNothingTheSecondTime() throws {
    let folder = try smallCorpus()
    defer { folder.remove() }
    let first = try SaysoBinary.run(["index", folder.path])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("3 document(s)") && first.stdout.contains("3 added, 0 changed, 0 removed"))
    #expect(FileManager.default.fileExists(atPath: folder.path + "/.sayso/sayso.sqlite"))
    let second = try SaysoBinary.run(["index", folder.path])
    #expect(second.stdout.contains("0 added, 0 changed, 0 removed, 3 unchanged"))
    #expect(second.stderr.isEmpty, "no progress bar when stderr is not a terminal")

    // A file that cannot be read is named, once, and the rest is indexed.
    try folder.write("broken.txt", bytes: [0x61, 0x00, 0x62, 0x0A])
    let third = try SaysoBinary.run(["index", folder.path])
    #expect(
      third.status == 0 && third.stdout.contains("3 unchanged in") && third.stdout.contains("; 1 skipped"))
    #expect(
      third.stderr
        == "sayso: \(folder.path)/broken.txt: skipped (looks like a binary file (NUL bytes near the start); Sayso reads text, Markdown and HTML)\n"
    )

    let missing = try SaysoBinary.run(["index", folder.path + "/nope"])
    #expect(missing.status == 66 && missing.stderr.contains("no such folder"))
  }

  @Test func searchFindsWordsInEveryScriptAndSaysWhenThereIsNothingToFind() throws {
    let folder = try smallCorpus()
    defer { folder.remove() }
    let chinese = try SaysoBinary.run(["search", folder.path, "气候", "--format", "jsonl"])
    #expect(chinese.status == 0)
    #expect(
      chinese.stdout.contains("\"path\":\"\(folder.path)/c.txt\"")
        && chinese.stdout.contains("\"paragraph\":1"))
    let table = try SaysoBinary.run(["search", folder.path, "rates"])
    #expect(table.stdout.hasPrefix("a.txt") && table.stdout.contains("¶2"))
    let none = try SaysoBinary.run(["search", folder.path, "zebra"])
    #expect(none.status == 0 && none.stdout.isEmpty && none.stderr.contains("no paragraph has zebra"))
    let empty = try SaysoBinary.run(["search", folder.path, "***"])
    #expect(empty.status == 64)
  }

  @Test func quotesAndSpeakersCoverTheWholeFolderAndQueriesWorkAcrossIt() throws {
    let folder = try smallCorpus()
    defer { folder.remove() }
    let csv = try SaysoBinary.run(["quotes", folder.path, "--format", "csv"])
    let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.first?.hasPrefix("path,id,paragraph") == true)
    #expect(lines.count == 4, "\(csv.stdout)")
    #expect(lines[3].hasPrefix("\(folder.path)/b.md,q1,"))
    let onlyB = try SaysoBinary.run(["quotes", folder.path, "--format", "jsonl", "--where", "doc:b.md"])
    #expect(onlyB.stdout.split(separator: "\n").count == 1 && onlyB.stdout.contains("Not yet"))
    let bySpeaker = try SaysoBinary.run(["quotes", folder.path, "--where", "speaker:macron"])
    #expect(bySpeaker.stdout.split(separator: "\n").count == 2)

    let speakers = try SaysoBinary.run(["speakers", folder.path, "--format", "jsonl"])
    #expect(speakers.stdout.contains("\"speaker\":\"Emmanuel Macron\""))
    let merged = try SaysoBinary.run([
      "speakers", folder.path, "--merge", "Macron", "--into", "Emmanuel Macron",
    ])
    #expect(merged.status == 0)
    let rows = merged.stdout.split(separator: "\n")
    #expect(rows[1].hasPrefix("Emmanuel Macron") && rows[1].hasSuffix("Macron"), "merged: Macron")
    #expect(!rows.contains { $0.hasPrefix("Macron ") })
    #expect(rows[1].contains("2       2"), "two quotes in two documents: \(merged.stdout)")
    let unknown = try SaysoBinary.run(["speakers", folder.path, "--merge", "Nobody", "--into", "Macron"])
    #expect(unknown.status == 65 && unknown.stderr.contains("no corpus speaker is named Nobody"))
  }

  @Test func exportCoversEveryDocumentOfTheFolder() throws {
    let folder = try smallCorpus()
    defer { folder.remove() }
    let export = try SaysoBinary.run(["export", folder.path, "--format", "jsonl"])
    #expect(export.status == 0, "\(export.stderr)")
    for name in ["a.txt", "b.md"] {
      #expect(export.stdout.contains("\"document\":\"\(folder.path)/\(name)\""))
    }
    let markdown = try SaysoBinary.run(["export", folder.path, "--format", "markdown"])
    #expect(markdown.stdout.contains("c.txt"), "a document without quotes is in the report too")
  }
}
