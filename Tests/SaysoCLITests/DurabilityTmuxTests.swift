import Foundation
import SaysoTestSupport
import Testing

/// Nothing shown as saved is lost: annotate in the real explorer, kill it without warning, reopen,
/// and find every annotation; the same after SIGTERM. Undo still works after the restart.
@Suite("Annotations survive kill -9 and SIGTERM", .enabled(if: TmuxSession.isAvailable), .serialized)
struct DurabilityTmuxTests {
  private func launch(_ session: TmuxSession, folder: String, environment: String = "") throws {
    try session.type("cd '\(folder)' && \(environment) '\(SaysoBinary.url.path)' article.txt; echo __EXIT=$?")
    try session.press("Enter")
    try session.waitFor("8 quotes")
  }

  /// Codes the second quote, writes a note on it and confirms its speaker, waiting each time until
  /// the screen says it is saved.
  private func annotate(_ session: TmuxSession) throws {
    try session.type("]q]q")
    try session.waitFor("quote 2/8")
    try session.type("t")
    try session.waitFor("Code the target")
    try session.type("framing")
    try session.press("Enter")
    try session.waitFor("Code framing added · saved")
    try session.type("c")
    try session.waitFor("Note on quote 2")
    try session.type("check the terms of service 条款")
    try session.press("C-s")
    try session.waitFor("Note added · saved")
    try session.type("a")
    try session.waitFor("Confirmation added · saved")
  }

  private func pid(of session: TmuxSession) throws -> pid_t { try session.runningChild() }

  private func check(_ folder: TemporaryDirectory) throws {
    let result = try SaysoBinary.run(["annotations", folder.path + "/article.txt", "--format", "jsonl"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 3, "\(result.stdout)")
    #expect(result.stdout.contains("\"value\":\"framing\""))
    #expect(result.stdout.contains("\"value\":\"check the terms of service 条款\""))
    #expect(result.stdout.contains("\"value\":\"confirmed\""))
  }

  @Test(arguments: [SIGKILL, SIGTERM])
  func annotationsSurvive(signal: Int32) throws {
    let folder = try TemporaryDirectory("sayso-durable")
    defer { folder.remove() }
    try folder.write(
      "article.txt", try String(contentsOfFile: Fixtures.path("azure-inquiry.txt"), encoding: .utf8))
    let session = try TmuxSession(cols: 100, rows: 30)
    defer { session.stop() }
    try launch(session, folder: folder.path)
    try annotate(session)
    let process = try pid(of: session)
    #expect(process > 0)
    kill(process, signal)
    try session.waitFor("__EXIT=\(128 + signal)", history: true)
    try check(folder)

    // Reopened: the work is on screen, and undo reaches back past the restart.
    // SIGKILL leaves no chance to restore the terminal: the shell gets it back with `stty sane`
    // (typed blind and ended with Ctrl-J, since Enter's CR is no newline while the tty is raw).
    if signal == SIGKILL {
      try session.type("stty sane; clear")
      try session.press("C-j")
    }
    try launch(session, folder: folder.path)
    try session.type("]q]q")
    try session.waitFor("✓ Microsoft")
    try session.type("u")
    try session.waitFor("Confirmation removed · undone")
    try session.type("q")
    try session.waitFor("__EXIT=0", history: true)
  }

  @Test func twoWindowsOnOneWorkspaceKeepBothEditsAndSeeEachOther() throws {
    let folder = try TemporaryDirectory("sayso-two")
    defer { folder.remove() }
    try folder.write(
      "article.txt", try String(contentsOfFile: Fixtures.path("azure-inquiry.txt"), encoding: .utf8))
    #expect(try SaysoBinary.run(["init", folder.path]).status == 0)
    let first = try TmuxSession(cols: 100, rows: 30)
    defer { first.stop() }
    let second = try TmuxSession(cols: 100, rows: 30)
    defer { second.stop() }
    try launch(first, folder: folder.path)
    try launch(second, folder: folder.path)
    try first.type("]q]qa")
    try first.waitFor("Confirmation added · saved")
    try second.type("]qa")
    try second.waitFor("saved")
    // Each sees the other's confirmation within a few seconds.
    try second.waitFor("Updated from another window")
    try first.waitUntil("the other window's confirmation", timeout: 10) {
      $0.contains("Updated from another window")
    }
    try first.type("q")
    try second.type("q")
    try first.waitFor("__EXIT=0", history: true)
    try second.waitFor("__EXIT=0", history: true)
    let result = try SaysoBinary.run(["annotations", folder.path + "/article.txt", "--format", "jsonl"])
    #expect(result.stdout.split(separator: "\n").count == 2, "\(result.stdout)")
  }

  @Test func aLongNoteIsWrittenInTheEditor() throws {
    let folder = try TemporaryDirectory("sayso-editor")
    defer { folder.remove() }
    try folder.write(
      "article.txt", try String(contentsOfFile: Fixtures.path("azure-inquiry.txt"), encoding: .utf8))
    // An "editor" that writes the note and leaves: what vi would do after the researcher typed it.
    let editor = try folder.write(
      "editor.sh", "#!/bin/sh\nprintf 'written in the editor\\nover two lines\\n' > \"$1\"\n")
    chmod(editor, 0o755)
    let session = try TmuxSession(cols: 100, rows: 30)
    defer { session.stop() }
    try launch(session, folder: folder.path, environment: "EDITOR='\(editor)'")
    try session.type("JJJC")
    try session.waitFor("Note added · saved")
    try session.type("q")
    try session.waitFor("__EXIT=0", history: true)
    let result = try SaysoBinary.run(["annotations", folder.path + "/article.txt", "--format", "jsonl"])
    #expect(
      result.stdout.contains("\"value\":\"written in the editor\\nover two lines\""), "\(result.stdout)")
    #expect(result.stdout.contains("\"target\":\"paragraph\""))
  }
}
