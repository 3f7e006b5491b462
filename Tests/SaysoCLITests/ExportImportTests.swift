import Foundation
import SaysoTestSupport
import Testing

/// Exports of the sample with a few codes, notes and corrections: golden files for every format, and
/// round trips (export → import into a fresh workspace → export gives the same) for JSONL and W3C.
@Suite("Export and import", .serialized)
struct ExportImportTests {
  /// Annotations as a researcher would have made them, imported to start from a known workspace.
  static func seed(_ path: String) -> String {
    func line(
      _ id: String, _ target: String, _ quote: String?, _ start: Int, _ end: Int, _ exact: String,
      _ body: String, _ value: String
    ) -> String {
      let quoteField = quote.map { "\"quote\":\"\($0)\"," } ?? ""
      return """
        {"type":"annotation","document":"\(path)","id":"\(id)","target":"\(target)",\(quoteField)"start":\(start),"end":\(end),"exact":"\(exact)","prefix":"","suffix":"","body":"\(body)","value":"\(value)","coder":"ana","created":"2026-11-01T10:00:00Z"}
        """
    }
    return [
      line(
        "00000000-0000-0000-0000-000000000001", "quote", "q4", 960, 1099,
        "using Azure for the storage of data files of phone calls obtained through broad or mass surveillance of civilians in Gaza and the West Bank",
        "code", "policy/terms"),
      line(
        "00000000-0000-0000-0000-000000000002", "quote", "q4", 960, 1099,
        "using Azure for the storage of data files of phone calls obtained through broad or mass surveillance of civilians in Gaza and the West Bank",
        "note", "=cmd|' /C calc'!A0, \\\"quoted\\\"\\nand 中文"),
      line(
        "00000000-0000-0000-0000-000000000003", "quote", "q2", 244, 250, "urgent", "review", "not-a-quote"),
      line(
        "00000000-0000-0000-0000-000000000004", "paragraph", nil, 1437, 1669,
        "The first was launched this year amid dissent within the company and reports by the Guardian and others about Israel’s reliance on the company’s technology during its offensive in Gaza. Announcing the review’s findings",
        "code", "context"),
    ].joined(separator: "\n") + "\n"
  }

  /// A folder with the sample article and a workspace holding the seed annotations.
  private func workspace() throws -> (TemporaryDirectory, String) {
    let folder = try TemporaryDirectory("sayso-export")
    let article = try folder.write(
      "article.txt", try String(contentsOfFile: Fixtures.path("azure-inquiry.txt"), encoding: .utf8))
    #expect(try SaysoBinary.run(["init", folder.path]).status == 0)
    let seed = try folder.write("seed.jsonl", Self.seed(article))
    let result = try SaysoBinary.run(["import", seed, "--store", folder.path + "/.sayso/sayso.sqlite"])
    #expect(result.status == 0, "\(result.stderr)")
    return (folder, article)
  }

  private func export(_ article: String, _ arguments: [String]) throws -> String {
    let result = try SaysoBinary.run(["export", article] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
  }

  @Test(arguments: [
    ("csv", ["--format", "csv"]), ("speakers.csv", ["--format", "csv", "--table", "speakers"]),
    ("codebook.csv", ["--format", "csv", "--table", "codebook"]), ("jsonl", ["--format", "jsonl"]),
    ("md", ["--format", "markdown"]), ("w3c.jsonld", ["--format", "w3c"]),
  ])
  func goldenExports(name: String, arguments: [String]) throws {
    let (folder, article) = try workspace()
    defer { folder.remove() }
    let text = try export(article, arguments).replacingOccurrences(of: folder.path, with: "FOLDER")
    try Self.expectGolden(text, "sample.\(name)")
  }

  /// Compares with `Tests/Fixtures/exports/NAME` (rewritten with SAYSO_RECORD_SNAPSHOTS=1).
  static func expectGolden(_ text: String, _ name: String) throws {
    let golden = Fixtures.directory.appendingPathComponent("exports/\(name)")
    if ProcessInfo.processInfo.environment["SAYSO_RECORD_SNAPSHOTS"] == "1" {
      try Data(text.utf8).write(to: golden)
    }
    let expected = String(decoding: try Data(contentsOf: golden), as: UTF8.self)
    #expect(text == expected, "export differs from \(golden.lastPathComponent)")
  }

  @Test(arguments: ["jsonl", "w3c"])
  func roundTrips(format: String) throws {
    let (folder, article) = try workspace()
    defer { folder.remove() }
    let first = try export(article, ["--format", format])
    let file = try folder.write("export." + (format == "jsonl" ? "jsonl" : "jsonld"), first)
    // A fresh workspace for the same folder, filled from the export.
    try FileManager.default.removeItem(atPath: folder.path + "/.sayso")
    #expect(try SaysoBinary.run(["init", folder.path]).status == 0)
    let imported = try SaysoBinary.run(["import", file])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("4 annotation(s) added"), "\(imported.stdout)")
    #expect(try export(article, ["--format", format]) == first)
    // Importing again changes nothing.
    let again = try SaysoBinary.run(["import", file])
    #expect(again.stdout.contains("0 annotation(s) added, 4 already there"), "\(again.stdout)")
  }

  @Test func tidyCSVReadsBackInPython() throws {
    guard CleanSpawn.find("python3") != nil else { return }
    let (folder, article) = try workspace()
    defer { folder.remove() }
    let csv = try folder.write("quotes.csv", try export(article, ["--format", "csv", "--bom"]))
    let script = try folder.write(
      "check.py",
      """
      import csv, sys
      rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
      note = [r for r in rows if r["note"]][0]["note"]
      assert note.startswith("'=cmd"), note
      assert '"quoted"' in note and "中文" in note and "\\n" in note, note
      text = open(sys.argv[2], encoding="utf-8").read()
      for r in rows:
          assert text[int(r["start"]):int(r["end"])] == r["text"], r["quote_id"]
      print(len(rows))
      """)
    let result = try CleanSpawn.run(CleanSpawn.find("python3")!, [script, csv, article])
    #expect(result.status == 0, "\(result.output)")
    #expect(Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 >= 8)
  }

  @Test func bratRoundTripsAndOpensWithItsConfiguration() throws {
    let (folder, article) = try workspace()
    defer { folder.remove() }
    let out = folder.path + "/brat"
    #expect(try SaysoBinary.run(["export", article, "--format", "brat", "--out", out]).status == 0)
    let ann = try String(contentsOfFile: out + "/article.ann", encoding: .utf8)
    let conf = try String(contentsOfFile: out + "/annotation.conf", encoding: .utf8)
    #expect(
      try String(contentsOfFile: out + "/article.txt", encoding: .utf8)
        == String(contentsOfFile: article, encoding: .utf8))
    // Every type and attribute value the .ann uses is declared in annotation.conf.
    for line in ann.split(separator: "\n") {
      let fields = line.split(separator: "\t").map(String.init)
      let words = fields[1].split(separator: " ").map(String.init)
      if fields[0].hasPrefix("T") { #expect(conf.contains(words[0]), "\(line)") }
      if fields[0].hasPrefix("A") { #expect(conf.contains(words[0]) && conf.contains(words[2]), "\(line)") }
    }
    #expect(ann.contains(" rejected\n"))
    try Self.expectGolden(ann.replacingOccurrences(of: folder.path, with: "FOLDER"), "sample.ann")
    #expect(ann.contains("code quote:q4 policy/terms"))
    // Into a fresh workspace and out again: the same standoff.
    try FileManager.default.removeItem(atPath: folder.path + "/.sayso")
    #expect(try SaysoBinary.run(["init", folder.path]).status == 0)
    let imported = try SaysoBinary.run([
      "import", out + "/article.ann", "--store", folder.path + "/.sayso/sayso.sqlite", "--document", article,
    ])
    #expect(imported.status == 0, "\(imported.stderr)")
    let again = folder.path + "/brat2"
    #expect(try SaysoBinary.run(["export", article, "--format", "brat", "--out", again]).status == 0)
    #expect(try String(contentsOfFile: again + "/article.ann", encoding: .utf8) == ann)
    let twice = try SaysoBinary.run([
      "import", out + "/article.ann", "--store", folder.path + "/.sayso/sayso.sqlite", "--document", article,
    ])
    #expect(twice.stdout.contains("0 annotation(s) added"), "\(twice.stdout)")
  }

  @Test func qdpxIsAZipWithTheProjectAndTheSourceText() throws {
    guard let python = CleanSpawn.find("python3") else { return }
    let (folder, article) = try workspace()
    defer { folder.remove() }
    let out = folder.path + "/project.qdpx"
    #expect(try SaysoBinary.run(["export", article, "--format", "qdpx", "--out", out]).status == 0)
    let script = try folder.write(
      "qdpx.py",
      """
      import sys, zipfile
      z = zipfile.ZipFile(sys.argv[1])
      names = z.namelist()
      assert names[0] == "project.qde", names
      project = z.read("project.qde").decode("utf-8")
      text = open(sys.argv[2], encoding="utf-8").read()
      source = [n for n in names if n.startswith("sources/")]
      assert len(source) == 1 and z.read(source[0]).decode("utf-8") == text
      assert 'plainTextPath="internal://' + source[0][8:] + '"' in project
      assert 'name="policy"' in project and 'name="terms"' in project and 'name="Speaker"' in project
      open(sys.argv[3], "w", encoding="utf-8").write(project)
      print("ok")
      """)
    let project = folder.path + "/project.qde"
    let result = try CleanSpawn.run(python, [script, out, article, project])
    #expect(result.output.contains("ok"), "\(result.output)")
    try Self.expectGolden(String(contentsOfFile: project, encoding: .utf8), "sample.qde")
  }
}
