import SaysoCore

/// What can happen to the explorer: a key, a resize, a mouse event, or a command run by name.
public enum Action: Equatable, Sendable {
  case key(Key)
  case run(Command, count: Int? = nil, argument: Character? = nil)
  case resize(rows: Int, cols: Int)
  case mouse(MouseEvent)
  /// The background analysis is done: quotes and speakers arrive, the place is kept.
  case analysed(QuoteAnalysis)
}

/// What the reducer asks the program around it to do.
public enum Effect: Equatable, Sendable {
  case quit
}

extension AppState {
  /// Applies an action; returns what the runtime must do next.
  @discardableResult
  public mutating func reduce(_ action: Action) -> [Effect] {
    switch action {
    case .key(.resize):
      return []
    case .key(.mouse(let event)), .mouse(let event):
      handleMouse(event)
    case .key(let key):
      handle(key)
    case .run(let command, let count, let argument):
      run(command, count: count, argument: argument)
    case .resize(let rows, let cols):
      resize(rows: rows, cols: cols)
    case .analysed(let analysis):
      model = ReaderModel(
        document: model.document, analysis: analysis, name: model.name,
        includeIndirect: model.includesIndirect)
      analysing = false
      keepInside()
    }
    return shouldQuit ? [.quit] : []
  }

  mutating func resize(rows: Int, cols: Int) {
    self.rows = max(1, rows)
    self.cols = max(1, cols)
    // The current quote or the cursor's paragraph stays in view at the new size.
    top.row = min(top.row, geometry.rows(top.paragraph) - 1)
    keepFocusInView()
  }
}
