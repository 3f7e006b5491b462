/// A framed box drawn over the screen, for popups and the help overlay.
enum Box {
  /// Draws the frame and clears the inside; returns the inside rectangle.
  @discardableResult
  static func draw(
    _ grid: inout Grid, row: Int, col: Int, rows: Int, cols: Int, title: String, footer: String? = nil
  ) -> ScreenLayout.Rect {
    let border = Style(.border)
    for r in row..<(row + rows) {
      grid.fill(row: r, col: col, width: cols, style: Style(.popup))
      // Two blank columns on either side: text cut off under the box (a speaker label's "…", half a
      // word) would otherwise show right against its border, as if it belonged to the box.
      grid.fill(row: r, col: col - 2, width: 2, style: Style(.text))
      grid.fill(row: r, col: col + cols, width: 2, style: Style(.text))
    }
    grid.put("┌" + String(repeating: "─", count: max(0, cols - 2)) + "┐", row: row, col: col, style: border)
    grid.put(
      "└" + String(repeating: "─", count: max(0, cols - 2)) + "┘", row: row + rows - 1, col: col,
      style: border)
    for r in (row + 1)..<max(row + 1, row + rows - 1) {
      grid.put("│", row: r, col: col, style: border)
      grid.put("│", row: r, col: col + cols - 1, style: border)
    }
    grid.put(
      "─ " + title + " ", row: row, col: col + 1, style: Style(.paneTitle, bold: true), limit: cols - 3)
    if let footer {
      let text = " " + footer + " "
      let width = DisplayWidth.of(text)
      if width < cols - 3 {
        grid.put(text, row: row + rows - 1, col: col + cols - 2 - width, style: Style(.dim))
      }
    }
    return ScreenLayout.Rect(row: row + 1, col: col + 2, rows: max(0, rows - 2), cols: max(0, cols - 4))
  }
}

/// Wrapping a plain string (not a document paragraph) to a width, for popups.
enum TextWrap {
  static func lines(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let atoms = String(paragraph).map { character -> DisplayAtom in
        let isSpace = character == " "
        return DisplayAtom(
          text: String(character), width: isSpace ? 1 : DisplayWidth.of(String(character)), offset: 0,
          count: 1,
          kind: isSpace ? .space : .grapheme)
      }
      let wrapped = WrappedParagraph(atoms: atoms, width: width)
      for range in wrapped.lines { lines.append(atoms[range].map(\.text).joined()) }
    }
    return lines
  }
}
