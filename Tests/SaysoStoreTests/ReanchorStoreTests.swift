import Foundation
import SaysoCore
import SaysoTestSupport
import Testing

@testable import SaysoStore

@Suite("An edited source: annotations follow the text, or become orphans that are kept")
struct ReanchorStoreTests {
  @Test func editedSourceMovesAnnotationsAndKeepsOrphans() throws {
    let scratch = try ScratchWorkspace()
    defer { scratch.folder.remove() }
    let kept = scratch.paragraphAnnotation(6, .note("on the statement"))
    let doomed = scratch.paragraphAnnotation(2, .note("on the headline"))
    try scratch.workspace.apply(.add(kept), coder: "ana")
    try scratch.workspace.apply(.add(doomed), coder: "ana")

    // The source gains a paragraph at the top and loses its quoted headline.
    var text = scratch.document.text.string
    let headline = scratch.document.text.substring(scratch.document.paragraphs[2].range)
    text =
      "Editor's note: this article was updated.\n\n"
      + text.replacingOccurrences(of: headline + "\n", with: "")
    let edited = try Ingest.document(bytes: Array(text.utf8), path: scratch.sourcePath)

    let (newID, report) = try scratch.workspace.open(edited, path: scratch.sourcePath)
    #expect(newID != scratch.documentID)
    #expect(report == Workspace.ReanchorReport(unchanged: 0, moved: 1, fuzzy: 0, orphans: 1))
    let annotations = try scratch.workspace.annotations(documentID: newID)
    #expect(annotations.count == 2)
    let moved = try #require(annotations.first { $0.id == kept.id })
    #expect(edited.text.substring(moved.anchor.range) == kept.anchor.exact)
    #expect(try scratch.workspace.orphans().map(\.id) == [doomed.id])
    // Opening the same edited text again re-anchors nothing twice.
    #expect(try scratch.workspace.open(edited, path: scratch.sourcePath).report == nil)
  }
}
