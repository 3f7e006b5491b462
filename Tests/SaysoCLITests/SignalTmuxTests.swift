import Foundation
import SaysoTestSupport
import Testing

/// SIGINT, SIGTERM and SIGHUP while reading, while a note is being typed and while a corpus is being
/// indexed, twenty times each: the shell gets a usable terminal back, every annotation shown as saved
/// is there, and an interrupted index is finished by the next run. One tmux server serves each case.
@Suite("Signals in every state, twenty times", .enabled(if: TmuxSession.isAvailable), .serialized)
struct SignalTmuxTests {
  static let repetitions = 20
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  enum State: String, CaseIterable, Sendable {
    case reading, writingANote, indexing
  }

  private var sayso: String { "'" + SaysoBinary.url.path + "'" }

  /// The shell answers with line mode and echo on.
  private func expectUsableShell(_ session: TmuxSession, _ round: Int) throws {
    try session.type(
      "clear; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo | tr '\\n' + ; echo ok-\(round)-$((1+1))"
    )
    try session.press("Enter")
    let screen = try session.waitFor("ok-\(round)-2")
    #expect(screen.contains("icanon+echo+"), "round \(round): \(screen)")
  }

  @Test(arguments: State.allCases)
  func theTerminalAndTheWorkSurvive(_ state: State) throws {
    let folder = try TemporaryDirectory("sayso-signals")
    defer { folder.remove() }
    let article = try folder.write(
      "article.txt", try String(contentsOfFile: Fixtures.path("azure-inquiry.txt"), encoding: .utf8))
    let corpus = folder.path + "/corpus"
    if state == .indexing {
      let pool = try Fixtures.string("azure-inquiry.txt").split(separator: "\n").map(String.init).filter {
        $0.count > 40
      }
      try CorpusGenerator.write(count: 400, pool: pool, titles: pool, to: corpus, bytesPerArticle: 3000)
    }
    let session = try TmuxSession(cols: 100, rows: 30)
    defer { session.stop() }
    // The note each paragraph should hold: everything saved on it.
    var expected: [Int: String] = [:]
    for round in 0..<(Self.repetitions * Self.signals.count) {
      let signal = Self.signals[round % Self.signals.count]
      switch state {
      case .reading, .writingANote:
        try session.type("\(sayso) '\(article)'; echo __EXIT=$?")
        try session.press("Enter")
        try session.waitFor("8 quotes")
        // One note saved a round, on paragraph 2 to 15 in turn (a paragraph met again gets more text
        // in its note); then, for the second state, a note typed and not saved.
        let paragraph = 2 + round % 14
        try session.type("\(paragraph)g")
        try session.type("c")
        try session.waitFor("Note on")
        try session.type("round \(round)")
        try session.press("C-s")
        try session.waitUntil("the note to be saved") {
          $0.contains("Note added · saved") || $0.contains("Note changed · saved")
        }
        expected[paragraph, default: ""] += "round \(round)"
        if state == .writingANote {
          try session.type("c")
          try session.waitFor("Note on")
          try session.type("never saved")
          // Signalled only once the explorer has read every key, so none is left for the shell.
          try session.waitFor("never saved")
        }
      case .indexing:
        try session.type("rm -rf '\(corpus)/.sayso'; \(sayso) '\(corpus)'; echo __EXIT=$?")
        try session.press("Enter")
        try session.waitFor("indexing", timeout: 20)
      }
      let process = try session.runningChild()
      #expect(process > 0)
      kill(process, signal)
      try session.waitFor("__EXIT=\(128 + signal)", history: true)
      try expectUsableShell(session, round)
    }
    switch state {
    case .reading, .writingANote:
      let notes = try SaysoBinary.run(["annotations", article, "--format", "jsonl"]).stdout
      #expect(notes.split(separator: "\n").count == expected.count, "every saved note is there: \(notes)")
      for text in expected.values { #expect(notes.contains("\"value\":\"\(text)\""), "\(text)") }
      #expect(!notes.contains("never saved"))
    case .indexing:
      // The index left by the last interruption is consistent and the next run completes it.
      let index = try SaysoBinary.run(["index", corpus])
      #expect(index.status == 0 && index.stdout.contains("400 document(s)"), "\(index.stdout)\(index.stderr)")
    }
  }
}
