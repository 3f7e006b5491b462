/// The code or speaker picker: the typed query, the matching names, and "+ new" for a name not there.
enum PickerPopup {
  static func draw(_ state: AppState, into grid: inout Grid) {
    guard let picker = state.picker else { return }
    let cols = min(grid.cols - 4, 60)
    let listRows = max(1, min(picker.rowCount, grid.rows - 8))
    let rows = listRows + 4
    let title =
      picker.purpose == .code
      ? "Code the target · type to filter or make a new code" : "Speaker of this quote"
    let rect = Box.draw(
      &grid, row: max(1, (grid.rows - rows) / 2), col: (grid.cols - cols) / 2, rows: rows, cols: cols,
      title: title,
      footer: "Enter picks · Esc closes")
    var x = grid.put("› ", row: rect.row, col: rect.col, style: Style(.hintKey, bold: true))
    x += grid.put(picker.query, row: rect.row, col: rect.col + x, style: .plain, limit: rect.cols - x - 1)
    grid.put(" ", row: rect.row, col: rect.col + x, style: Style(.selection))
    let matches = picker.matches
    let first = max(0, picker.selected - listRows + 1)
    for row in 0..<listRows {
      let index = first + row
      let isSelected = index == picker.selected
      let y = rect.row + 1 + row
      if index < matches.count {
        let name = picker.options[matches[index]]
        var style = Style(.text, reverse: isSelected)
        if picker.purpose == .code, let code = state.annotations.codes.first(where: { $0.name == name }) {
          grid.put("▐", row: y, col: rect.col, style: Style(.code(state.codeColor(code.id))))
          style = Style(.text, bold: true, reverse: isSelected)
          if let number = (1...9).first(where: { state.code(forDigit: $0)?.id == code.id }) {
            grid.put("\(number)", row: y, col: rect.col + rect.cols - 1, style: Style(.dim))
          }
        }
        grid.put(Truncate.pad(name, rect.cols - 4), row: y, col: rect.col + 2, style: style)
        // A code's description after its name, where there is room.
        if picker.purpose == .code, let code = state.annotations.codes.first(where: { $0.name == name }),
          !code.description.isEmpty, rect.cols - 6 - DisplayWidth.of(name) > 8
        {
          let room = rect.cols - 6 - DisplayWidth.of(name)
          grid.put(
            "  " + Truncate.to(room - 2, code.description), row: y, col: rect.col + 2 + DisplayWidth.of(name),
            style: Style(.dim, reverse: isSelected))
        }
      } else if let new = picker.newName, index == matches.count {
        let what = picker.purpose == .code ? "new code" : "new speaker"
        grid.put(
          Truncate.pad("+ \(what) “\(new)”", rect.cols - 4), row: y, col: rect.col + 2,
          style: Style(.statusAccent, reverse: isSelected))
      } else if matches.isEmpty && picker.newName == nil && row == 0 {
        let empty =
          picker.purpose == .code ? "No codes yet: type a name to make one" : "No speakers: type a name"
        grid.put(empty, row: y, col: rect.col + 2, style: Style(.dim))
      }
    }
  }
}

/// The note editor: the note wrapped to the box, with its cursor.
enum NoteEditorPopup {
  static func draw(_ state: AppState, into grid: inout Grid) {
    guard let editor = state.editor else { return }
    let cols = min(grid.cols - 4, 72)
    let width = cols - 4
    let (lines, cursor) = layout(editor, width: width)
    let rows = min(grid.rows - 4, max(6, lines.count + 3))
    let visible = rows - 2
    let first = max(0, cursor.row - visible + 1)
    let title = state.noteTarget.map { "Note on " + describe($0, state: state) } ?? "Note"
    let rect = Box.draw(
      &grid, row: max(1, (grid.rows - rows) / 2), col: (grid.cols - cols) / 2, rows: rows, cols: cols,
      title: title,
      footer: "Ctrl-S saves · Enter new line · Esc cancels")
    for (offset, line) in lines.dropFirst(first).prefix(visible).enumerated() {
      grid.put(line, row: rect.row + offset, col: rect.col, style: .plain, limit: rect.cols)
    }
    let row = rect.row + cursor.row - first
    let col = rect.col + cursor.col
    if row >= rect.row, row < rect.row + visible, col < grid.cols {
      let under = cursor.under.isEmpty ? " " : cursor.under
      grid.put(under, row: row, col: col, style: Style(.selection))
    }
  }

  /// The note's display rows at `width`, and where the cursor is (row, column, the grapheme under it).
  static func layout(_ editor: NoteEditor, width: Int) -> ([String], (row: Int, col: Int, under: String)) {
    var rows: [String] = [""]
    var x = 0
    var cursor = (row: 0, col: 0, under: "")
    for (index, character) in editor.characters.enumerated() {
      let w = character == "\n" ? 0 : character == "\t" ? 1 : DisplayWidth.of(String(character))
      if character != "\n", x + w > width {
        rows.append("")
        x = 0
      }
      if index == editor.cursor { cursor = (rows.count - 1, x, character == "\n" ? "" : String(character)) }
      if character == "\n" {
        rows.append("")
        x = 0
      } else {
        rows[rows.count - 1].append(character == "\t" ? " " : character)
        x += w
      }
    }
    if editor.cursor >= editor.characters.count { cursor = (rows.count - 1, min(x, width - 1), "") }
    return (rows, cursor)
  }

  static func describe(_ target: AnnotationTarget, state: AppState) -> String {
    switch target.kind {
    case .quote:
      let index = state.model.quotes.firstIndex { $0.id == target.quoteID }.map { $0 + 1 }
      return "quote \(index.map(String.init) ?? "")"
    case .paragraph: return "¶\(state.paragraphIndex(containing: target.range.lowerBound) + 1)"
    case .span: return "the selection (\(target.range.count) characters)"
    }
  }
}
