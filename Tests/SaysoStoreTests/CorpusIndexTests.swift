import Foundation
import SaysoCore
import SaysoTestSupport
import Testing

@testable import SaysoStore

@Suite("Corpus index: files added, changed and removed; documents given back as read; speakers; search")
struct CorpusIndexTests {
  static let interview = """
    Pence defends Trump.

    On Sunday, Gov. Mike Pence appeared on “Fox News Sunday.”

    “We’re going to win this election,” Pence said.

    Trump said he wanted “to mock” the debate.

    “PENCE: Well, the question really should be why was Hillary Clinton inviting him?

    “WALLACE: Do you really see those two as equivalent?
    """

  @Test func aDocumentComesBackFromTheIndexExactlyAsItWasRead() throws {
    let folder = try TemporaryDirectory("sayso-corpus")
    defer { folder.remove() }
    try folder.write("a.txt", Self.interview)
    try folder.write("b.md", "# Notes\n\n“Fine,” said Ana Lima.\n")
    try folder.write(
      "c.html", "<html><body><article><h1>Page</h1><p>“Yes,” Ana Lima said.</p></article></body></html>")
    let workspace = try Workspace(path: WorkspaceLocation.database(in: folder.path))
    let indexer = CorpusIndexer(workspace: workspace, folder: folder.path)
    _ = try indexer.run(try indexer.plan())
    for summary in try workspace.corpusDocuments(under: folder.path) {
      let read = try Ingest.file(summary.path)
      let back = try #require(try workspace.indexedDocument(summary.id))
      #expect(back.text == read.text)
      #expect(back.paragraphs == read.paragraphs)
      #expect(back.layout == read.layout)
      #expect(back.format == read.format)
      #expect(back.metadata == read.metadata)
      #expect(QuoteAnalyzer().analyze(back) == QuoteAnalyzer().analyze(read), "\(summary.path)")
    }
  }
}

@Suite("Corpus index over time: a folder that changes, speakers across documents, search")
struct CorpusIndexChangeTests {
  /// Indexes `folder` into `workspace` and returns what the run did.
  @discardableResult
  static func index(_ folder: TemporaryDirectory, _ workspace: Workspace) throws -> CorpusIndexer.Report {
    let indexer = CorpusIndexer(workspace: workspace, folder: folder.path)
    return try indexer.run(try indexer.plan())
  }

  @Test func onlyNewAndChangedFilesAreReadAndAnnotationsFollowTheirText() throws {
    let folder = try TemporaryDirectory("sayso-corpus")
    defer { folder.remove() }
    try folder.write("keep.txt", "“We stay,” said Ana Lima.\n")
    let changing = try folder.write("change.txt", "Intro.\n\n“Prices rise,” said Bo Chen.\n")
    let removed = try folder.write("remove.md", "# Gone\n\n“Bye,” said Cy Dee.\n")
    let workspace = try Workspace(path: WorkspaceLocation.database(in: folder.path))
    let first = try Self.index(folder, workspace)
    #expect((first.added, first.changed, first.removed, first.unchanged) == (3, 0, 0, 0))

    // A note on Bo Chen's quote in the version indexed first.
    let old = try #require(
      try workspace.corpusDocuments(under: folder.path).first { $0.path.hasSuffix("change.txt") })
    let oldText = try #require(try workspace.indexedDocument(old.id)).text
    let start = oldText.string.distance(
      from: oldText.string.startIndex, to: oldText.string.range(of: "Prices")!.lowerBound)
    let note = Annotation(
      documentID: old.id, targetKind: .span, anchor: TextAnchor(range: start..<(start + 11), in: oldText),
      body: .note("check the figure"), coder: "ana")
    _ = try workspace.apply(.add(note), coder: "ana")

    try folder.write("added.txt", "“New here,” said Di Ek.\n")
    try "A new first paragraph.\n\nIntro.\n\n“Prices rise,” said Bo Chen.\n".write(
      toFile: changing, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: changing)
    try FileManager.default.removeItem(atPath: removed)

    let indexer = CorpusIndexer(workspace: workspace, folder: folder.path)
    let plan = try indexer.plan()
    #expect(
      plan.toRead.map { ($0.path as NSString).lastPathComponent }.sorted() == ["added.txt", "change.txt"])
    #expect(plan.removed.map { ($0 as NSString).lastPathComponent } == ["remove.md"])
    let second = try indexer.run(plan)
    #expect((second.added, second.changed, second.removed, second.unchanged) == (1, 1, 1, 1))
    #expect(second.reanchored.moved == 1 && second.reanchored.orphans == 0)

    let documents = try workspace.corpusDocuments(under: folder.path)
    #expect(
      documents.map { ($0.path as NSString).lastPathComponent } == ["added.txt", "change.txt", "keep.txt"])
    let changed = try #require(documents.first { $0.path.hasSuffix("change.txt") })
    #expect(changed.id != old.id && changed.annotations == 1)
    let moved = try #require(try workspace.annotations(documentID: changed.id).first)
    let newText = try #require(try workspace.indexedDocument(changed.id)).text
    #expect(newText.substring(moved.anchor.range) == "Prices rise")
    // The replaced version's words are not found any more; the new one's are, once.
    #expect(try workspace.search("Prices", under: folder.path)?.map(\.documentID) == [changed.id])
    #expect(try workspace.search("Bye", under: folder.path)?.isEmpty == true)

    // The removed file's speaker is not counted any more (its rows stay for when it comes back).
    #expect(
      try workspace.corpusSpeakers(under: folder.path).map(\.name).sorted() == [
        "Ana Lima", "Bo Chen", "Di Ek",
      ])

    // Nothing changed: nothing is read.
    let third = try Self.index(folder, workspace)
    #expect((third.added, third.changed, third.removed, third.unchanged) == (0, 0, 0, 3))
  }

  @Test func theSameSpeakerInSeveralDocumentsIsOneCorpusSpeakerAndMergesCanBeUndone() throws {
    let folder = try TemporaryDirectory("sayso-corpus")
    defer { folder.remove() }
    try folder.write("a.txt", "“Rates will fall,” said Emmanuel Macron.\n\n“No,” said Ana Lima.\n")
    try folder.write("b.txt", "“Not yet,” said President Emmanuel Macron.\n")
    try folder.write("c.txt", "“Later,” said Emmanuel Macron.\n\n“Soon,” Macron said.\n")
    try folder.write("d.txt", "“Maybe,” said Macron.\n")
    let workspace = try Workspace(path: WorkspaceLocation.database(in: folder.path))
    try Self.index(folder, workspace)

    let speakers = try workspace.corpusSpeakers(under: folder.path)
    let macron = try #require(speakers.first)
    #expect(macron.name == "Emmanuel Macron")
    #expect((macron.quotes, macron.documents) == (4, 3))
    let short = try #require(speakers.first { $0.name == "Macron" })
    #expect(short.documents == 1)

    try workspace.mergeSpeakers([short.id], into: macron.id)
    let merged = try #require(try workspace.corpusSpeakers(under: folder.path).first)
    #expect((merged.id, merged.quotes, merged.documents, merged.merged) == (macron.id, 5, 4, ["Macron"]))
    #expect(
      try workspace.corpusQuotes(bySpeaker: macron.id, under: folder.path).map(\.record.text) == [
        "Rates will fall", "Not yet", "Later", "Soon", "Maybe",
      ])
    #expect(try workspace.corpusSpeaker(named: "macron") == macron.id)

    #expect(try workspace.splitSpeaker(macron.id) == 1)
    #expect(try workspace.corpusSpeakers(under: folder.path).first?.quotes == 4)
  }

  @Test func aCorrectedSpeakerCountsInTheCorpusIndex() throws {
    let folder = try TemporaryDirectory("sayso-corpus")
    defer { folder.remove() }
    let path = try folder.write("a.txt", "“Rates will fall,” said Ana Lima.\n")
    let workspace = try Workspace(path: WorkspaceLocation.database(in: folder.path))
    try Self.index(folder, workspace)
    let id = try #require(try workspace.corpusDocuments(under: folder.path).first?.id)
    let document = try Ingest.file(path)
    let analysis = QuoteAnalyzer().analyze(document)
    let quote = try #require(analysis.quotes.first)
    let correction = Annotation(
      documentID: id, targetKind: .quote, quoteID: quote.id,
      anchor: TextAnchor(range: quote.range, in: document.text),
      body: .speaker("Bo Chen"), coder: "ana")
    _ = try workspace.apply(.add(correction), coder: "ana")
    let file = CorpusFile(path: path, size: 0, modified: 0)
    try workspace.reindexQuotes(
      IndexedDocument(file: file, document: document, analysis: analysis), documentID: id)
    #expect(try workspace.corpusSpeakers(under: folder.path).map(\.name) == ["Bo Chen"])
  }

  @Test func searchFindsAccentedAndCJKWordsRankedAndOnlyInTheFolder() throws {
    let folder = try TemporaryDirectory("sayso-corpus")
    defer { folder.remove() }
    try folder.write(
      "fr.txt",
      "Le café était fermé hier soir, dit-on.\n\nCafé, café et encore du café, dit-on.\n\nLa ministre a parlé.\n"
    )
    try folder.write("zh.txt", "北京大学的研究人员说，气候变化很严重。\n")
    try folder.write("ja.md", "# 東京\n\n東京の研究者は「大丈夫です」と言った。\n")
    let workspace = try Workspace(path: WorkspaceLocation.database(in: folder.path))
    try Self.index(folder, workspace)

    let cafe = try #require(try workspace.search("CAFE", under: folder.path))
    #expect(cafe.count == 2)
    #expect(cafe.first?.paragraph == 1, "the paragraph saying café three times ranks first")
    #expect(
      try workspace.search("ferme", under: folder.path)?.first?.text
        == "Le café était fermé hier soir, dit-on.")
    #expect(try workspace.search("北京", under: folder.path)?.map(\.path.lastPathComponent) == ["zh.txt"])
    #expect(try workspace.search("研究", under: folder.path)?.count == 2)
    #expect(try workspace.search("大学研究", under: folder.path)?.isEmpty == true, "not side by side")
    #expect(try workspace.search("\"ministre a parlé\"", under: folder.path)?.count == 1)
    #expect(try workspace.search("minist*", under: folder.path)?.count == 1)
    #expect(try workspace.search("*** \"\" ()", under: folder.path) == nil)
    #expect(try workspace.search("NEAR(café thé) OR -fermé: \"", under: folder.path)?.isEmpty == true)
    let elsewhere = try TemporaryDirectory("sayso-other")
    defer { elsewhere.remove() }
    #expect(try workspace.search("café", under: elsewhere.path)?.isEmpty == true)
  }
}

extension String {
  var lastPathComponent: String { (self as NSString).lastPathComponent }
}
