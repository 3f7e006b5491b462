/// What to send the terminal for a new grid: only cells that changed since the grid on screen, so a
/// keystroke costs a few escape sequences, not a full repaint. Pure, so the benchmark can time it.
extension Grid {
  /// True when every cell must be drawn: nothing on screen yet, or the size changed.
  public func needsFullRedraw(since previous: Grid?) -> Bool {
    guard let previous else { return true }
    return previous.rows != rows || previous.cols != cols
  }

  /// Calls `body(row, col, cell)` for each cell to draw. A cell is redrawn when it or its right
  /// neighbour changed, because a wide grapheme's second half lives in the neighbour.
  public func forEachChange(since previous: Grid?, _ body: (Int, Int, Cell) -> Void) {
    let full = needsFullRedraw(since: previous)
    for row in 0..<rows {
      for col in 0..<cols {
        let cell = self[row, col]
        if cell.isContinuation { continue }
        if !full, let previous, same(cell, as: previous[row, col], in: previous),
          col + 1 >= cols || same(self[row, col + 1], as: previous[row, col + 1], in: previous)
        {
          continue
        }
        body(row, col, cell)
      }
    }
  }
}
