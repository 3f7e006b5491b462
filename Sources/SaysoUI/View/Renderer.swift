/// Draws the whole screen from the state: a pure function, so that tests read the grid as text and the
/// terminal only copies what changed.
public enum Renderer {
  public static func render(_ state: AppState) -> Grid {
    var grid = Grid(rows: state.rows, cols: state.cols)
    let screen = state.screen
    guard !screen.isTooSmall else {
      drawTooSmall(&grid, state: state)
      return grid
    }
    TitleBar.draw(state, into: &grid)
    ReaderView.draw(state, into: &grid, rect: screen.reader)
    if let rect = screen.speakers {
      if screen.speakersBeside {
        for row in rect.row..<(rect.row + rect.rows) {
          grid.put("│", row: row, col: rect.col - 1, style: Style(.border))
        }
      }
      SpeakerPane.draw(state, into: &grid, rect: rect)
    }
    if let rect = screen.quotes { QuoteListPane.draw(state, into: &grid, rect: rect) }
    StatusBar.draw(state, into: &grid, row: screen.statusRow)
    HintBar.draw(state, into: &grid, row: screen.hintRow)
    if state.modeStack.contains(.list) { CorpusListView.draw(state, into: &grid) }
    switch state.mode {
    case .help: HelpOverlay.draw(state, into: &grid)
    case .picker, .note, .confirm, .detail:
      // A picker or note opened from the details keeps them underneath.
      if state.modeStack.contains(.detail) { DetailPopup.draw(state, into: &grid) }
      if state.mode == .picker { PickerPopup.draw(state, into: &grid) }
      if state.editor != nil { NoteEditorPopup.draw(state, into: &grid) }
    default: break
    }
    return grid
  }

  /// "Window too small / Sayso needs 40×10 / now 30×8 · q quits", one line each where rows allow,
  /// each cut to the width (even at 1×1 nothing is drawn outside the grid).
  static func drawTooSmall(_ grid: inout Grid, state: AppState) {
    let lines = [
      "Window too small",
      "Sayso needs \(ScreenLayout.minimumCols)×\(ScreenLayout.minimumRows)",
      "now \(state.cols)×\(state.rows) · q quits",
    ]
    let shown = lines.prefix(max(1, state.rows))
    let first = max(0, (state.rows - shown.count) / 2)
    for (index, line) in shown.enumerated() {
      let text = DisplayWidth.of(line) > state.cols ? Truncate.to(state.cols, line) : line
      let col = max(0, (state.cols - DisplayWidth.of(text)) / 2)
      grid.put(text, row: first + index, col: col, style: Style(.text, bold: index == 0))
    }
  }
}

/// The top row: program, file and the document's title.
enum TitleBar {
  static func draw(_ state: AppState, into grid: inout Grid) {
    grid.fill(row: 0, col: 0, width: grid.cols, style: Style(.status))
    var x = grid.put(" Sayso", row: 0, col: 0, style: Style(.statusAccent, bold: true))
    x += grid.put(" · " + state.model.name, row: 0, col: x, style: Style(.status))
    if let title = state.model.document.metadata.title, !title.isEmpty {
      grid.put(" · " + title, row: 0, col: x, style: Style(.status), limit: max(0, grid.cols - x - 1))
    }
  }
}
