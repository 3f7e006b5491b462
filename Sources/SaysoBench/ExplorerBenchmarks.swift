import Foundation
import SaysoCore
import SaysoUI

/// The explorer's speed, without a terminal: opening the largest novel until its first screen is
/// rendered (and until its quotes are coloured in), and one keystroke's reduce + render + diff at
/// 200x60. `--only explorer` runs these.
struct ExplorerBenchmarks {
  let corpus: URL
  let only: String?

  func run() {
    guard only.map({ "explorer".hasPrefix($0) || $0.hasPrefix("explorer") }) ?? true else { return }
    guard let novel = largestFile(in: corpus.appendingPathComponent("pdnc-dev"), suffix: ".txt") else {
      return
    }
    open(novel)
    keystrokes(novel)
  }

  /// What `sayso NOVEL` does before the first screen: read, decode, split paragraphs, start the
  /// analysis in the background, lay out and render the first page (then the page with its quotes).
  private func open(_ novel: URL) {
    var firstScreen = Double.infinity
    var withQuotes = Double.infinity
    for _ in 0..<Clock.runs(7) {
      let start = DispatchTime.now().uptimeNanoseconds
      guard let document = try? Ingest.file(novel.path) else { return }
      let analysis = BackgroundAnalysis(document: document, genre: .auto)
      let model = ReaderModel(document: document, analysis: .pending, name: novel.lastPathComponent)
      var state = AppState(model: model, rows: 60, cols: 200)
      state.analysing = true
      _ = Renderer.render(state).forEachChange(since: nil) { _, _, _ in }
      let drawn = DispatchTime.now().uptimeNanoseconds
      state.reduce(.analysed(analysis.wait()))
      _ = Renderer.render(state)
      let coloured = DispatchTime.now().uptimeNanoseconds
      firstScreen = min(firstScreen, Double(drawn - start) / 1e6)
      withQuotes = min(withQuotes, Double(coloured - start) / 1e6)
    }
    let bytes = size(novel)
    report(
      "explorer_open_first_screen", firstScreen, "ms",
      "\(novel.lastPathComponent), \(bytes) bytes: read, paragraphs, first 200x60 screen; best of \(Clock.runs(7))"
    )
    report(
      "explorer_open_quotes_coloured", withQuotes, "ms",
      "the same until the background analysis is in and the screen redrawn with quotes")
  }

  /// A reading session's keys at 200x60, each reduced, rendered and diffed against the screen before.
  private func keystrokes(_ novel: URL) {
    guard let document = try? Ingest.file(novel.path) else { return }
    let model = ReaderModel(
      document: document, analysis: QuoteAnalyzer().analyze(document), name: novel.lastPathComponent)
    let keys: [Key] =
      Array(repeating: .char("j"), count: 40) + Array(repeating: .tab, count: 40) + [
        .char(" "), .char(" "), .char("s"),
      ]
      + Array(repeating: .char("j"), count: 20) + [.char("l")] + Array(repeating: .tab, count: 20)
      + [.enter, .char("j"), .escape, .char("G"), .char("g"), .char("}"), .char("{"), .ctrl("d"), .ctrl("u")]
    var worst = 0.0
    var worstKey = ""
    var total = 0.0
    var presses = 0
    for _ in 0..<Clock.runs(5) {
      var state = AppState(model: model, rows: 60, cols: 200)
      var screen = Renderer.render(state)
      for key in keys {
        var changed = 0
        let seconds = Clock.seconds {
          state.reduce(.key(key))
          let next = Renderer.render(state)
          next.forEachChange(since: screen) { _, _, _ in changed += 1 }
          screen = next
        }
        if seconds > worst { (worst, worstKey) = (seconds, key.name) }
        total += seconds
        presses += 1
      }
    }
    report(
      "explorer_keystroke_mean", total / Double(presses) * 1e3, "ms",
      "reduce + render + diff at 200x60 on \(novel.lastPathComponent), \(presses) keys (j, Tab, Space, panes, detail, G)"
    )
    report("explorer_keystroke_worst", worst * 1e3, "ms", "the slowest of those keys: \(worstKey)")
  }
}
