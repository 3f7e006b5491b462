/// The status row: where the reader is, the current quote, the search, the mode and the last message;
/// in the search and command modes, the prompt being typed.
enum StatusBar {
  static func draw(_ state: AppState, into grid: inout Grid, row: Int) {
    grid.fill(row: row, col: 0, width: grid.cols, style: Style(.status))
    if state.mode == .search || state.mode == .command {
      let prompt = (state.mode == .search ? "/" : ":") + state.line.text
      let used = grid.put(prompt, row: row, col: 0, style: Style(.status), limit: grid.cols - 1)
      grid.put(" ", row: row, col: used, style: Style(.status, reverse: true))
      return
    }
    let model = state.model
    let count = max(1, model.paragraphCount)
    let percent = model.paragraphCount <= 1 ? 100 : state.cursor * 100 / (count - 1)
    var left = " ¶ \(state.cursor + 1)/\(model.paragraphCount)  \(percent)%"
    if let index = state.currentQuote, let quote = state.quote {
      let speaker = model.speaker(of: quote)?.name ?? "no speaker"
      left += "  ·  quote \(index + 1)/\(model.quotes.count)  \(speaker) · \(quote.kind.rawValue)"
    } else {
      left += "  ·  \(model.quotes.count) quote\(model.quotes.count == 1 ? "" : "s")"
    }
    var right = ""
    if !state.pending.isEmpty { right += state.pending.display + "  " }
    if let search = state.search, search.highlighted {
      right += "/\(search.query) \(search.current.map { "\($0 + 1)" } ?? "-")/\(search.matches.count)  "
    }
    right += state.mode.rawValue.uppercased() + " "
    let x = grid.put(left, row: row, col: 0, style: Style(.status), limit: max(0, grid.cols - DisplayWidth.of(right) - 1))
    if let message = state.message {
      let room = grid.cols - x - DisplayWidth.of(right) - 3
      if room > 4 {
        grid.put(
          "  " + Truncate.to(room, message.text), row: row, col: x,
          style: Style(message.isError ? .error : .statusAccent, bold: message.isError))
      }
    }
    let rightWidth = DisplayWidth.of(right)
    if rightWidth < grid.cols { grid.put(right, row: row, col: grid.cols - rightWidth, style: Style(.statusAccent, bold: true)) }
  }
}

/// The bottom row: the keys that matter in the current mode, with their first binding.
enum HintBar {
  static let commands: [Mode: [(Command, String)]] = [
    .normal: [
      (.lineDown, "scroll"), (.paragraphDown, "¶"), (.nextQuote, "next quote"), (.nextSameSpeaker, "same speaker"),
      (.quoteDetail, "why?"), (.search, "search"), (.toggleSpeakers, "speakers"), (.toggleQuotes, "quotes"),
      (.help, "help"), (.quit, "quit"),
    ],
    .help: [(.lineDown, "scroll"), (.close, "close")],
    .detail: [(.nextQuote, "next"), (.previousQuote, "previous"), (.nextSameSpeaker, "same speaker"), (.close, "close")],
    .search: [(.submit, "search"), (.cancel, "cancel"), (.historyPrevious, "history")],
    .command: [(.submit, "run"), (.cancel, "cancel"), (.historyPrevious, "history")],
  ]

  static func draw(_ state: AppState, into grid: inout Grid, row: Int) {
    var x = 1
    for (command, label) in commands[state.mode] ?? [] {
      guard let keys = state.keyMap.keys(for: command, in: state.mode).first else { continue }
      var name = Key.name(of: keys)
      if command == .lineDown, let up = state.keyMap.keys(for: .lineUp, in: state.mode).first {
        name += "/" + Key.name(of: up)
      }
      if command == .paragraphDown, let up = state.keyMap.keys(for: .paragraphUp, in: state.mode).first {
        name += "/" + Key.name(of: up)
      }
      let width = DisplayWidth.of(name) + 1 + DisplayWidth.of(label) + 2
      guard x + width <= grid.cols else { break }
      x += grid.put(name, row: row, col: x, style: Style(.hintKey, bold: true))
      x += grid.put(" " + label + "  ", row: row, col: x, style: Style(.hint))
    }
  }
}
