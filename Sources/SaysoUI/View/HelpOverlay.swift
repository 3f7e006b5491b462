/// The help screen, generated from the command table and the key map in use: by group, each command's
/// keys, what it does and its name (the name is what the config file rebinds). Summaries wrap rather
/// than being cut, so the help reads the same at 80 columns as at 200.
enum HelpOverlay {
  static let keyColumn = 18
  static let nameColumn = 24

  /// The overlay's inner width on a screen `cols` wide.
  static func width(cols: Int) -> Int { max(1, min(cols - 2, 110) - 4) }

  static func lines(_ state: AppState) -> [DetailPopup.Line] {
    let width = self.width(cols: state.cols)
    if let info = state.info {
      return info.lines.flatMap { TextWrap.lines($0, width: width) }.map {
        DetailPopup.Line(text: $0, style: .plain)
      }
    }
    // The name gets its own column when the summary still has 30 columns beside it.
    let nameBeside = width - keyColumn - nameColumn >= 30
    let summaryWidth = max(10, width - keyColumn - (nameBeside ? nameColumn : 0))
    var lines: [DetailPopup.Line] = []
    for group in CommandTable.groups {
      let specs = CommandTable.specs.filter { $0.group == group }
      guard !specs.isEmpty else { continue }
      if !lines.isEmpty { lines.append(DetailPopup.Line(text: "", style: .plain)) }
      lines.append(DetailPopup.Line(text: group, style: Style(.paneTitle, bold: true)))
      for spec in specs {
        // Keys of the mode where the command is mostly used: the reader, else its own screen.
        let modes: [Mode] = [.normal, .search, .visual, .picker, .note, .confirm, .detail]
        let mode = modes.first { !state.keyMap.keys(for: spec.command, in: $0).isEmpty } ?? .normal
        let keys = state.keyMap.keys(for: spec.command, in: mode).map(Key.name(of:)).joined(separator: " ")
        let summary = TextWrap.lines(spec.summary, width: summaryWidth)
        for (index, part) in summary.enumerated() {
          let lead = Truncate.pad(index == 0 ? (keys.isEmpty ? "—" : keys) : "", keyColumn)
          let name =
            nameBeside && index == 0 ? Truncate.pad(part, summaryWidth) + spec.command.rawValue : part
          lines.append(DetailPopup.Line(text: lead + name, style: .plain))
        }
        if !nameBeside {
          lines.append(
            DetailPopup.Line(text: Truncate.pad("", keyColumn) + spec.command.rawValue, style: Style(.dim)))
        }
      }
    }
    // The popups' own keys, from the key map of their modes.
    for (mode, title) in [(Mode.detail, "In the quote details"), (Mode.help, "In this help")] {
      lines.append(DetailPopup.Line(text: "", style: .plain))
      lines.append(DetailPopup.Line(text: title, style: Style(.paneTitle, bold: true)))
      let entries = CommandTable.specs.compactMap { spec -> String? in
        let keys = state.keyMap.keys(for: spec.command, in: mode).map(Key.name(of:))
        return keys.isEmpty ? nil : keys.joined(separator: " ") + " " + spec.command.rawValue
      }
      for part in TextWrap.lines(entries.joined(separator: " · "), width: width) {
        lines.append(DetailPopup.Line(text: part, style: .plain))
      }
    }
    lines.append(DetailPopup.Line(text: "", style: .plain))
    let note =
      "A count before a motion repeats it: 5j, 3]q, 12G. Rebind any command by its name in "
      + "~/.config/sayso/config.toml (sayso config --defaults prints every setting)."
    for part in TextWrap.lines(note, width: width) {
      lines.append(DetailPopup.Line(text: part, style: Style(.dim)))
    }
    return lines
  }

  static func draw(_ state: AppState, into grid: inout Grid) {
    let lines = self.lines(state)
    let cols = min(grid.cols - 2, 110)
    let rows = grid.rows - 2
    let visible = rows - 2
    let first = min(state.helpTop, max(0, lines.count - visible))
    let rect = Box.draw(
      &grid, row: 1, col: (grid.cols - cols) / 2, rows: rows, cols: cols,
      title: state.info?.title ?? "Help · keys and commands",
      footer: "j/k scroll · Esc close  \(first + 1)–\(min(lines.count, first + visible))/\(lines.count)")
    for (offset, line) in lines.dropFirst(first).prefix(visible).enumerated() {
      grid.put(line.text, row: rect.row + offset, col: rect.col, style: line.style, limit: rect.cols)
    }
  }
}
