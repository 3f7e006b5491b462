import Foundation
import SaysoUI

/// The explorer's event loop: read a key, reduce, render, draw the difference. Runs on the main
/// thread; returns the exit status (0, or 128 + the signal that stopped it).
public enum ExplorerLoop {
  /// `analysis`, when given, is still running: the text is drawn at once, and the quotes when it ends.
  public static func run(
    _ state: inout AppState, terminal: Terminal, analysis: BackgroundAnalysis? = nil
  ) -> Int32 {
    var pending = analysis
    state.analysing = pending != nil
    // While the analysis runs, reads wait briefly so its result is drawn as soon as it comes.
    if pending != nil { terminal.setReadTimeout(milliseconds: 10) }
    state.reduce(.resize(rows: terminal.rows, cols: terminal.cols))
    terminal.draw(Renderer.render(state))
    while true {
      if let signal = terminal.pendingSignal { return 128 + signal }
      if let result = pending?.result {
        pending = nil
        state.reduce(.analysed(result))
        terminal.setReadTimeout(milliseconds: Terminal.idleReadTimeout)
        terminal.draw(Renderer.render(state))
      }
      guard let key = terminal.read() else {
        if terminal.isGone { return 128 + SIGHUP }
        continue
      }
      let effects: [Effect]
      if key == .resize {
        effects = state.reduce(.resize(rows: terminal.rows, cols: terminal.cols))
      } else {
        effects = state.reduce(.key(key))
      }
      if effects.contains(.quit) { return 0 }
      terminal.draw(Renderer.render(state))
    }
  }
}
