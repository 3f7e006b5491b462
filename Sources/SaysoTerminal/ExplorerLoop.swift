import Foundation
import SaysoUI

/// The explorer's event loop: read a key, reduce, carry out the effects, render, draw the difference.
/// Runs on the main thread; returns the exit status (0, or 128 + the signal that stopped it).
public enum ExplorerLoop {
  /// `analysis`, when given, is still running: the text is drawn at once, and the quotes when it ends.
  /// `backend` commits annotations; changes it could not write are retried every few seconds.
  public static func run(
    _ state: inout AppState, terminal: Terminal, analysis: BackgroundAnalysis? = nil,
    backend: AnnotationBackend? = nil
  ) -> Int32 {
    var pending = analysis
    state.analysing = pending != nil
    // While the analysis runs, reads wait briefly so its result is drawn as soon as it comes.
    if pending != nil { terminal.setReadTimeout(milliseconds: 10) }
    state.reduce(.resize(rows: terminal.rows, cols: terminal.cols))
    terminal.draw(Renderer.render(state))
    var lastRetry = Date()
    var lastPoll = Date()
    while true {
      if let signal = terminal.pendingSignal { return 128 + signal }
      var actions: [Action] = []
      if let result = pending?.result {
        pending = nil
        actions.append(.analysed(result))
        terminal.setReadTimeout(milliseconds: Terminal.idleReadTimeout)
      }
      if !state.annotations.unsaved.isEmpty, Date().timeIntervalSince(lastRetry) > 2 {
        lastRetry = Date()
        for change in state.annotations.unsaved { actions += backend?.perform(.commit(change)) ?? [] }
      }
      // Another window's changes show within a few seconds (not while typing a note or picking).
      if state.mode == .normal || state.mode == .detail, Date().timeIntervalSince(lastPoll) > 2 {
        lastPoll = Date()
        actions += backend?.poll() ?? []
      }
      if actions.isEmpty {
        guard let key = terminal.read() else {
          if terminal.isGone { return 128 + SIGHUP }
          continue
        }
        actions.append(key == .resize ? .resize(rows: terminal.rows, cols: terminal.cols) : .key(key))
      }
      while let action = actions.first {
        actions.removeFirst()
        for effect in state.reduce(action, backend: backend) {
          switch effect {
          case .quit: return 0
          case .editNote(let text): actions.append(.externalNote(terminal.editExternally(text)))
          default: break
          }
        }
      }
      terminal.draw(Renderer.render(state))
    }
  }
}
