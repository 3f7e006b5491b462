import Foundation
import SaysoCore
import SaysoUI

/// The explorer's event loop: read a key, reduce, carry out the effects, render, draw the difference.
/// Runs on the main thread; returns the exit status (0, or 128 + the signal that stopped it).
public enum ExplorerLoop {
  /// `analysis`, when given, is still running: the text is drawn at once, and the quotes when it ends.
  /// `backend` commits annotations; changes it could not write are retried every few seconds.
  /// `indexing`, in corpus mode, is the folder being indexed: its progress shows and the document
  /// list grows while the keys keep working.
  public static func run(
    _ state: inout AppState, terminal: Terminal, analysis: BackgroundAnalysis? = nil,
    backend: AnnotationBackend? = nil, indexing: CorpusSession? = nil, genre: Genre = .auto
  ) -> Int32 {
    var pending = analysis
    var indexing = indexing
    state.analysing = pending != nil
    let busyTimeout = 10
    func setTimeout() {
      terminal.setReadTimeout(
        milliseconds: pending != nil ? busyTimeout : indexing != nil ? 100 : Terminal.idleReadTimeout)
    }
    setTimeout()
    state.reduce(.resize(rows: terminal.rows, cols: terminal.cols))
    terminal.draw(Renderer.render(state))
    var lastRetry = Date()
    var lastPoll = Date()
    var listed = -1
    var lastStatus: CorpusSession.Status?
    var lastProgress = Date.distantPast
    while true {
      if let signal = terminal.pendingSignal { return 128 + signal }
      var actions: [Action] = []
      if let result = pending?.result {
        pending = nil
        actions.append(.analysed(result))
        (backend as? WorkspaceBackend)?.foundAnalysis = result
        setTimeout()
      }
      // Progress is shown at most ten times a second, so that it never keeps the keys waiting.
      if let session = indexing, case let status = session.status, status != lastStatus,
        !status.isRunning || Date().timeIntervalSince(lastProgress) > 0.1
      {
        lastStatus = status
        lastProgress = Date()
        actions += progress(status, of: session, listed: &listed)
        if case .running = status {
        } else {
          indexing = nil
          setTimeout()
        }
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
          case .openDocument(let id, let place):
            guard let corpus = backend as? WorkspaceBackend else { break }
            do {
              actions += try corpus.openDocument(id, place: place)
              pending = BackgroundAnalysis(document: corpus.document, genre: genre)
              setTimeout()
            } catch {
              actions.append(.storeFailed("\(error)"))
            }
          default: break
          }
        }
      }
      terminal.draw(Renderer.render(state))
    }
  }

  /// What the background indexing has to tell: progress, and the document list when the indexing
  /// thread has read a newer one (about once a second) and when it ends.
  static func progress(
    _ status: CorpusSession.Status, of session: CorpusSession, listed: inout Int
  ) -> [Action] {
    var actions: [Action] = []
    if let documents = session.documents, documents.count != listed || !status.isRunning {
      listed = documents.count
      actions.append(.corpusDocuments(documents))
    }
    switch status {
    case .running(let done, let total): actions.append(.corpusProgress(done: done, total: total))
    case .finished(let summary), .failed(let summary): actions.append(.corpusIndexed(summary))
    }
    return actions
  }
}

extension CorpusSession.Status {
  var isRunning: Bool {
    if case .running = self { return true }
    return false
  }
}
