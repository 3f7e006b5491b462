import Foundation
import SaysoTestSupport
import Testing

/// The real binary in a real terminal (tmux): start on the sample, read the screen, move, search, open
/// help, quit, and check that the shell is back in a usable state. Skipped where tmux is missing
/// (.ci/run installs it).
@Suite("Explorer end to end under tmux", .enabled(if: TmuxSession.isAvailable), .serialized)
struct ExplorerTmuxTests {
  private var sayso: String { "'" + SaysoBinary.url.path + "'" }

  /// Runs `sayso ARGS` at the prompt, followed by its exit status.
  private func launch(_ session: TmuxSession, _ arguments: String = "") throws {
    try session.type("\(sayso) \(arguments); echo __EXIT=$?")
    try session.press("Enter")
  }

  /// The shell answers, and the terminal is back in line mode with echo.
  private func expectUsableShell(_ session: TmuxSession) throws {
    try session.type(
      "stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo | tr '\\n' + ; echo; echo ok-$((40+2))")
    try session.press("Enter")
    let screen = try session.waitFor("ok-42", history: true)
    #expect(screen.contains("icanon+echo+"), "line mode and echo restored:\n\(screen)")
  }

  @Test func readMoveSearchHelpQuit() throws {
    let session = try TmuxSession(cols: 80, rows: 24)
    defer { session.stop() }
    try launch(session)
    try session.waitForAll(["Microsoft launches investigation", "8 quotes", "NORMAL"])

    try session.type("]q]q")
    try session.waitForAll(["“using Azure for the", "quote 2/8", "Microsoft · direct"])

    try session.press("Enter")
    try session.waitForAll(["Quote 2 of 8", "Rule", "cue-before"])
    try session.press("Escape")
    try session.waitUntil("the popup to close") { !$0.contains("Quote 2 of 8") }

    try session.type("s")
    try session.waitFor("No Azure for Apartheid")

    try session.type("/genocide")
    try session.press("Enter")
    try session.waitFor("/genocide 1/1")

    try session.type("?")
    try session.waitFor("Help · keys and commands")
    try session.type("q")
    try session.waitUntil("help to close") { !$0.contains("Help · keys") }

    try session.resize(cols: 100, rows: 30)
    try session.waitUntil("the wider layout") { screen in
      screen.split(separator: "\n", omittingEmptySubsequences: false).contains {
        $0.count > 80 && $0.contains("NORMAL")
      }
    }

    // The wheel scrolls (button 65 is wheel down); a click on a paragraph's text selects it.
    try session.type("g")
    try session.waitFor("¶ 1/15")
    try session.mouse(button: 65, col: 20, row: 10)
    try session.mouse(button: 65, col: 20, row: 10)
    try session.waitUntil("the wheel to scroll") { !$0.contains("    1  Microsoft launches") }
    try session.mouse(button: 0, col: 20, row: 3)
    try session.mouse(button: 3, col: 20, row: 3)
    try session.waitUntil("a click to move the cursor") { !$0.contains("¶ 1/15") }

    try session.type("q")
    try session.waitFor("__EXIT=0", history: true)
    try expectUsableShell(session)
  }

  @Test func interruptRestoresTheTerminal() throws {
    let session = try TmuxSession(cols: 80, rows: 24, term: "screen")
    defer { session.stop() }
    try launch(session)
    try session.waitFor("8 quotes")
    try session.press("C-c")
    try session.waitFor("__EXIT=130", history: true)
    try expectUsableShell(session)
  }

  @Test func escapeSequencesInADocumentAreShownNotObeyed() throws {
    let session = try TmuxSession(cols: 80, rows: 24)
    defer { session.stop() }
    let path = try session.home.write(
      "hostile.txt", "Title\u{1B}]2;owned\u{07}\n\nHe said: “\u{1B}[2Jwiped\u{1B}[31m,” and left.\n")
    try launch(session, "'\(path)'")
    try session.waitForAll(["^[[2Jwiped^[[31m", "^[]2;owned^G", "NORMAL"])
    #expect(try !session.paneTitle().contains("owned"))
    try session.type("q")
    try session.waitFor("__EXIT=0", history: true)
  }

  @Test func noTerminalIsAOneLineError() throws {
    let result = try SaysoBinary.run([])
    #expect(result.status != 0)
    #expect(result.stderr.contains("needs a terminal"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }
}
