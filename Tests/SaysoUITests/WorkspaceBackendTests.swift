import Foundation
import SaysoCore
import SaysoStore
import SaysoTestSupport
import Testing

@testable import SaysoUI

@Suite("The explorer's workspace backend: what opening a source brings, corpus documents")
struct WorkspaceBackendTests {
  @Test func openingASourceBringsTheWorkspacesSpeakersAndViews() throws {
    let folder = try TemporaryDirectory("sayso-backend")
    defer { folder.remove() }
    let first = try folder.write("a.txt", "“Yes,” said Ana Lima.\n")
    let second = try folder.write("b.txt", "“No,” said Bo Chen.\n")
    let store = WorkspaceLocation.database(in: folder.path)
    // A speaker named on a quote of a.txt, and a saved view.
    let workspace = try Workspace(path: store)
    let document = try Ingest.file(first)
    let id = try workspace.register(document, path: first)
    let quote = try #require(QuoteAnalyzer().analyze(document).quotes.first)
    let correction = Annotation(
      documentID: id, targetKind: .quote, quoteID: quote.id,
      anchor: TextAnchor(range: quote.range, in: document.text),
      body: .speaker("Cy Dee"), coder: "ana")
    _ = try workspace.apply(.add(correction), coder: "ana")
    try workspace.saveView(name: "doubtful", query: "confidence<0.6")

    let backend = WorkspaceBackend(
      document: try Ingest.file(second), sourcePath: second, storeOverride: nil, coder: "ana")
    guard case .workspaceOpened(_, _, _, _, let speakers, let views)? = try backend.openExisting() else {
      Issue.record("the workspace was not opened")
      return
    }
    #expect(speakers == ["Cy Dee"])
    #expect(views == ["doubtful": "confidence<0.6"])
  }

  @Test func aCorpusDocumentOpensFromTheIndexAtItsPlace() throws {
    let folder = try TemporaryDirectory("sayso-backend")
    defer { folder.remove() }
    try FileManager.default.createDirectory(atPath: folder.path + "/sub", withIntermediateDirectories: true)
    try folder.write("sub/x.txt", "Intro.\n\n“Yes,” said Ana Lima.\n")
    let workspace = try Workspace(path: WorkspaceLocation.database(in: folder.path))
    let indexer = CorpusIndexer(workspace: workspace, folder: folder.path)
    _ = try indexer.run(try indexer.plan())
    let backend = WorkspaceBackend(corpus: workspace, folder: folder.path, coder: "ana")
    let summary = try #require(backend.corpusDocuments().first)
    let actions = try backend.openDocument(summary.id, place: CorpusPlace(paragraph: 1, offset: 9))
    guard case .documentOpened(let document, let name, let id, let place)? = actions.first else {
      Issue.record("no document opened: \(actions)")
      return
    }
    #expect(name == "sub/x.txt" && id == summary.id && place?.paragraph == 1)
    #expect(document.paragraphs.count == 2)
    #expect(actions.count == 2)
  }
}
