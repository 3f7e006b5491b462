/// The help screen, generated from the command table and the key map in use: by group, each command's
/// keys, name and what it does.
enum HelpOverlay {
  static func lines(_ state: AppState) -> [DetailPopup.Line] {
    var lines: [DetailPopup.Line] = []
    for group in CommandTable.groups {
      let specs = CommandTable.specs.filter { $0.group == group }
      guard !specs.isEmpty else { continue }
      if !lines.isEmpty { lines.append(DetailPopup.Line(text: "", style: .plain)) }
      lines.append(DetailPopup.Line(text: group, style: Style(.paneTitle, bold: true)))
      for spec in specs {
        let mode: Mode = group == "Editing" ? .search : .normal
        let keys = state.keyMap.keys(for: spec.command, in: mode).map(Key.name(of:)).joined(separator: " ")
        lines.append(
          DetailPopup.Line(
            text: Truncate.pad(keys.isEmpty ? "—" : keys, 18) + Truncate.pad(spec.command.rawValue, 23) + spec.summary,
            style: .plain))
      }
    }
    lines.append(DetailPopup.Line(text: "", style: .plain))
    lines.append(
      DetailPopup.Line(
        text: "A count before a motion repeats it: 5j, 3]q, 12G. Keys can be rebound in ~/.config/sayso/config.toml.",
        style: Style(.dim)))
    return lines
  }

  static func draw(_ state: AppState, into grid: inout Grid) {
    let lines = self.lines(state)
    let cols = min(grid.cols - 2, 110)
    let rows = grid.rows - 2
    let visible = rows - 2
    let first = min(state.helpTop, max(0, lines.count - visible))
    let rect = Box.draw(
      &grid, row: 1, col: (grid.cols - cols) / 2, rows: rows, cols: cols, title: "Help · keys and commands",
      footer: "j/k scroll · Esc close  \(first + 1)–\(min(lines.count, first + visible))/\(lines.count)")
    for (offset, line) in lines.dropFirst(first).prefix(visible).enumerated() {
      grid.put(line.text, row: rect.row + offset, col: rect.col, style: line.style, limit: rect.cols)
    }
  }
}
