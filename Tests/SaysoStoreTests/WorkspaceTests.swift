import Foundation
import GRDB
import SaysoCore
import SaysoTestSupport
import Testing

@testable import SaysoStore

@Suite("Workspace store: migrations, changes, journal, undo across restarts, two writers")
struct WorkspaceTests {
  @Test func emptyFileIsMigratedAndDocumentsAreKeptWithTheirText() throws {
    let scratch = try ScratchWorkspace()
    defer { scratch.folder.remove() }
    #expect(try scratch.workspace.migrations() == ["v1", "v2", "v3", "v4"])
    #expect(try scratch.workspace.metadata(of: scratch.documentID)?.title == scratch.document.metadata.title)
    #expect(try scratch.workspace.text(of: scratch.documentID) == scratch.document.text.string)
    // The same text again is the same version; the source file is untouched.
    #expect(try scratch.workspace.register(scratch.document, path: scratch.sourcePath) == scratch.documentID)
    #expect(try String(contentsOfFile: scratch.sourcePath, encoding: .utf8) == scratch.document.text.string)
  }

  @Test func olderStoreIsBroughtUpToDateAndANewerOneRefused() throws {
    let folder = try TemporaryDirectory("sayso-store")
    defer { folder.remove() }
    // A store whose file exists but has no tables yet (an interrupted first start).
    let path = WorkspaceLocation.database(in: folder.path)
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE note_to_self (x)") }
    #expect(try Workspace(path: path).migrations() == ["v1", "v2", "v3", "v4"])
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9')")
    }
    #expect(throws: Workspace.StoreError.self) { try Workspace(path: path) }
  }

  @Test func aVersionOneStoreKeepsItsAnnotationsAndLearnsItsSpeakers() throws {
    let folder = try TemporaryDirectory("sayso-store")
    defer { folder.remove() }
    let path = WorkspaceLocation.database(in: folder.path)
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    // A workspace as the first Sayso with a store left it: schema v1, one speaker correction.
    let queue = try DatabaseQueue(path: path)
    try Schema.migrator.migrate(queue, upTo: "v1")
    try queue.write { db in
      try db.execute(
        sql: """
          INSERT INTO document (id, path, sha256, format, title, text, importedAt)
            VALUES (1, '/a.txt', 'abc', 'text', 'A', '“Hi,” she said.', 0);
          INSERT INTO annotation (id, documentID, targetKind, quoteID, start, "end", exact, prefix, suffix, bodyKind,
            value, coder, createdAt) VALUES ('x', 1, 'quote', 1, 1, 3, 'Hi', '“', ',” she said.', 'speaker', 'Ana Lima',
            'ana', 0);
          """)
    }
    let workspace = try Workspace(path: path)
    #expect(try workspace.migrations() == ["v1", "v2", "v3", "v4"])
    #expect(try workspace.annotations(documentID: 1).map(\.body) == [.speaker("Ana Lima")])
    #expect(try workspace.researcherSpeakers() == ["Ana Lima"])
  }

  @Test func changesAreReadBackInTextOrder() throws {
    let scratch = try ScratchWorkspace()
    defer { scratch.folder.remove() }
    let code = try scratch.workspace.apply(
      .addCode(Code(id: 0, name: "economy/jobs", hotkey: "1")), coder: "ana")
    guard case .addCode(let stored) = code else { Issue.record("no code"); return }
    #expect(stored.id > 0 && stored.parent == "economy")
    try scratch.workspace.apply(
      .add(scratch.paragraphAnnotation(6, .note("check the statement"))), coder: "ana")
    try scratch.workspace.apply(.add(scratch.paragraphAnnotation(3, .code(stored.id))), coder: "ana")
    let annotations = try scratch.workspace.annotations(documentID: scratch.documentID)
    #expect(annotations.map(\.body) == [.code(stored.id), .note("check the statement")])
    #expect(
      annotations[0].anchor.exact == scratch.document.text.substring(scratch.document.paragraphs[3].range))
    #expect(try scratch.workspace.codes().map(\.name) == ["economy/jobs"])
  }

  @Test func undoAndRedoSurviveAReopen() throws {
    let scratch = try ScratchWorkspace()
    defer { scratch.folder.remove() }
    let first = scratch.paragraphAnnotation(4, .note("first"))
    let second = scratch.paragraphAnnotation(5, .note("second"))
    try scratch.workspace.apply(.add(first), coder: "ana")
    try scratch.workspace.apply(.add(second), coder: "ana")

    let reopened = try scratch.reopen()
    #expect(try reopened.undo(coder: "ana") == .remove(second))
    #expect(try reopened.annotations(documentID: scratch.documentID).map(\.id) == [first.id])

    let again = try scratch.reopen()
    #expect(try again.history(coder: "ana") == (1, 1))
    #expect(try again.redo(coder: "ana") == .add(second))
    #expect(try again.undo(coder: "ana") == .remove(second))
    #expect(try again.undo(coder: "ana") == .remove(first))
    #expect(try again.undo(coder: "ana") == nil)
    #expect(try again.annotations(documentID: scratch.documentID).isEmpty)
    // A new change after undoing clears what could be redone.
    try again.apply(.add(scratch.paragraphAnnotation(7, .note("third"))), coder: "ana")
    #expect(try again.redo(coder: "ana") == nil)
  }

  @Test func eachCoderUndoesOnlyTheirOwnChanges() throws {
    let scratch = try ScratchWorkspace()
    defer { scratch.folder.remove() }
    let mine = scratch.paragraphAnnotation(4, .note("mine"), coder: "ana")
    let theirs = scratch.paragraphAnnotation(5, .note("theirs"), coder: "ben")
    try scratch.workspace.apply(.add(mine), coder: "ana")
    try scratch.workspace.apply(.add(theirs), coder: "ben")
    #expect(try scratch.workspace.undo(coder: "ana") == .remove(mine))
    #expect(try scratch.workspace.annotations(documentID: scratch.documentID).map(\.id) == [theirs.id])
  }

  @Test func twoProcessesWritingAtOnceKeepEveryChange() throws {
    let scratch = try ScratchWorkspace()
    defer { scratch.folder.remove() }
    let other = try scratch.reopen()
    let stores = [scratch.workspace, other]
    let failures = Counter()
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      for n in 0..<100 {
        let annotation = scratch.paragraphAnnotation(
          n % 15, .note("writer \(writer) #\(n)"), coder: "coder\(writer)")
        do { try stores[writer].apply(.add(annotation), coder: "coder\(writer)") } catch { failures.add() }
      }
    }
    #expect(failures.value == 0)
    #expect(try scratch.workspace.annotations(documentID: scratch.documentID).count == 200)
    #expect(try other.annotations(documentID: scratch.documentID).count == 200)
  }

  @Test func undoingWhatAnotherProcessAlreadyRemovedDoesNotFail() throws {
    let scratch = try ScratchWorkspace()
    defer { scratch.folder.remove() }
    let note = scratch.paragraphAnnotation(4, .note("shared"))
    try scratch.workspace.apply(.add(note), coder: "ana")
    try scratch.reopen().apply(.remove(note), coder: "ben")
    #expect(try scratch.workspace.undo(coder: "ana") == .remove(note))
  }

  @Test func aCodeInUseCannotBeDeleted() throws {
    let scratch = try ScratchWorkspace()
    defer { scratch.folder.remove() }
    guard
      case .addCode(let code) = try scratch.workspace.apply(
        .addCode(Code(id: 0, name: "blame")), coder: "ana")
    else {
      return
    }
    try scratch.workspace.apply(.add(scratch.paragraphAnnotation(4, .code(code.id))), coder: "ana")
    #expect(throws: Workspace.StoreError.self) {
      try scratch.workspace.apply(.removeCode(code), coder: "ana")
    }
  }
}

/// A thread-safe counter for the concurrent writers.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func add() {
    lock.lock()
    count += 1
    lock.unlock()
  }
  var value: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }
}
