/// The status row: where the reader is, the current quote, the search, the mode and the last message;
/// in the search and command modes, the prompt being typed.
enum StatusBar {
  static func draw(_ state: AppState, into grid: inout Grid, row: Int) {
    grid.fill(row: row, col: 0, width: grid.cols, style: Style(.status))
    if state.mode == .search || state.mode == .command || state.mode == .filter {
      let prompt = (state.mode == .search ? "/" : state.mode == .filter ? "&" : ":") + state.line.text
      let used = grid.put(prompt, row: row, col: 0, style: Style(.status), limit: grid.cols - 1)
      grid.put(" ", row: row, col: used, style: Style(.status, reverse: true))
      return
    }
    if state.mode == .confirm, let question = state.confirm?.question {
      grid.put(" " + question, row: row, col: 0, style: Style(.error, bold: true), limit: grid.cols)
      return
    }
    let model = state.model
    let count = max(1, model.paragraphCount)
    let percent = model.paragraphCount <= 1 ? 100 : state.cursor * 100 / (count - 1)
    let place =
      model.paragraphCount == 0
      ? " empty document" : " ¶ \(state.cursor + 1)/\(model.paragraphCount)  \(percent)%"
    var lefts: [String]
    if state.mode == .list, let list = state.corpus?.list {
      lefts = [" \(min(list.cursor + 1, list.visible.count))/\(list.visible.count)"]
    } else if let index = state.currentQuote, let quote = state.quote {
      let speaker = model.speaker(of: quote)?.name ?? "no speaker"
      let position = place + "  ·  quote \(index + 1)/\(model.quotes.count)  "
      lefts = [
        position + speaker + " · " + quote.kind.rawValue, position + speaker,
        place + "  ·  q\(index + 1)/\(model.quotes.count)",
      ]
    } else {
      let quotes =
        state.analysing
        ? "finding quotes…" : "\(model.quotes.count) quote\(model.quotes.count == 1 ? "" : "s")"
      lefts = [place + "  ·  " + quotes]
    }
    if let filter = state.filter {
      // The filter first: it changes what everything else on screen means.
      let shown = "  ·  & \(filter.text) · \(filter.quoteIDs.count) of \(filter.total) quotes"
      lefts = lefts.map { $0 + shown } + [place + shown, " ¶ \(state.cursor + 1)" + shown]
    }
    var right = ""
    if !state.pending.isEmpty { right += state.pending.display + "  " }
    if let search = state.search, search.highlighted {
      right += "/\(search.query) \(search.current.map { "\($0 + 1)" } ?? "-")/\(search.matches.count)  "
    }
    if let queue = state.reviewQueue { right += "review: \(queue.count) left  " }
    if let corpus = state.corpus {
      if let indexing = corpus.indexing {
        right += "indexing \(indexing.done)/\(indexing.total)  "
      } else if state.mode != .list, let id = corpus.openDocumentID,
        let index = corpus.orderedDocuments().firstIndex(where: { $0.id == id })
      {
        right += "doc \(index + 1)/\(corpus.documents.count)  "
      }
    }
    right += state.mode.rawValue.uppercased() + " "
    let save = saveLabel(state)
    let reserved = DisplayWidth.of(right) + (save.map { DisplayWidth.of($0.text) + 1 } ?? 0)
    lefts.append(model.paragraphCount == 0 ? " empty" : " ¶ \(state.cursor + 1)/\(model.paragraphCount)")
    // The longest form that fits, leaving a message (what just happened) room for its first 40
    // columns; else the shortest, cut with an ellipsis.
    let room = max(0, grid.cols - reserved - 1)
    let wanted = state.message.map { min(DisplayWidth.of($0.text), 40) + 5 } ?? 0
    let left =
      lefts.first { DisplayWidth.of($0) + wanted <= room } ?? lefts.first { DisplayWidth.of($0) <= room }
      ?? Truncate.to(room, lefts[lefts.count - 1])
    let x = grid.put(left, row: row, col: 0, style: Style(.status), limit: room)
    if let message = state.message {
      let room = grid.cols - x - reserved - 3
      if room > 4 {
        grid.put(
          "  " + Truncate.to(room, message.text), row: row, col: x,
          style: Style(message.isError ? .error : .statusAccent, bold: message.isError))
      }
    }
    let rightWidth = DisplayWidth.of(right)
    if rightWidth < grid.cols {
      grid.put(right, row: row, col: grid.cols - rightWidth, style: Style(.statusAccent, bold: true))
    }
    if let save, reserved < grid.cols - 20 {
      grid.put(save.text, row: row, col: grid.cols - reserved, style: save.style)
    }
  }

  /// "saved", "saving…" or a loud "NOT SAVED", once there is a workspace or anything to save.
  static func saveLabel(_ state: AppState) -> (text: String, style: Style)? {
    switch state.annotations.save {
    case .saved:
      guard state.annotations.documentID != nil else { return nil }
      return (" ✓ saved ", Style(.saved))
    case .saving:
      return (" saving… ", Style(.statusAccent))
    case .failed:
      return (" NOT SAVED (\(state.annotations.unsaved.count)) ", Style(.error, bold: true, reverse: true))
    }
  }
}

/// The bottom row: the keys that matter in the current mode, with their first binding.
enum HintBar {
  static let commands: [Mode: [(Command, String)]] = [
    .normal: [
      (.lineDown, "scroll"), (.nextQuote, "next quote"), (.quoteDetail, "why?"), (.codePicker, "code"),
      (.note, "note"), (.accept, "confirm"), (.undo, "undo"), (.search, "search"),
      (.toggleSpeakers, "speakers"),
      (.help, "help"), (.quit, "quit"),
    ],
    .help: [(.lineDown, "scroll"), (.close, "close")],
    .detail: [
      (.nextQuote, "next"), (.previousQuote, "previous"), (.accept, "confirm"), (.reassign, "reassign"),
      (.codePicker, "code"), (.note, "note"), (.close, "close"),
    ],
    .search: [(.submit, "search"), (.cancel, "cancel"), (.historyPrevious, "history")],
    .command: [(.submit, "run"), (.cancel, "cancel"), (.historyPrevious, "history")],
    .filter: [
      (.submit, "filter"), (.complete, "complete"), (.cancel, "cancel"), (.historyPrevious, "history"),
    ],
    .visual: [
      (.selectWordForward, "word"), (.selectSentenceForward, "sentence"), (.selectParagraphForward, "¶"),
      (.swapEnds, "other end"), (.codePicker, "code"), (.note, "note"), (.close, "cancel"),
    ],
    .picker: [(.submit, "pick"), (.pickNext, "next"), (.cancel, "close")],
    .note: [(.saveNote, "save"), (.newLine, "new line"), (.cancel, "cancel")],
    .confirm: [(.yes, "yes"), (.no, "no")],
    .list: [
      (.lineDown, "move"), (.openItem, "open"), (.filterList, "filter"), (.sortNext, "sort"),
      (.markItem, "mark"), (.mergeMarked, "merge"), (.documents, "documents"), (.corpusSpeakers, "speakers"),
      (.close, "back"), (.help, "help"),
    ],
  ]

  /// In corpus mode the reader's hints lead to the other documents first.
  static func hints(_ state: AppState) -> [(Command, String)] {
    let hints = commands[state.mode] ?? []
    if state.mode == .list, let kind = state.corpus?.list?.kind {
      // Sorting is for documents, marking and merging for speakers.
      return hints.filter { command, _ in
        switch command {
        case .sortNext: return kind == .documents
        case .markItem, .mergeMarked: return kind == .speakers
        default: return true
        }
      }
    }
    guard state.corpus != nil, state.mode == .normal else { return hints }
    return [(.nextDocument, "next doc"), (.documents, "documents")] + hints
  }

  static func draw(_ state: AppState, into grid: inout Grid, row: Int) {
    let hints = Self.hints(state).compactMap { command, label in
      hint(command, label, state: state).map { (command, $0.keys, $0.label) }
    }
    // The help key is always shown: whoever cannot see the other hints needs it most.
    let help = hints.first { $0.0 == .help }
    let reserved = help.map { width($0.1, $0.2) } ?? 0
    var x = 1
    for (command, keys, label) in hints where command != .help {
      guard x + width(keys, label) + reserved <= grid.cols else { break }
      x = put(keys, label, at: x, row: row, into: &grid)
    }
    if let help, x + reserved <= grid.cols { _ = put(help.1, help.2, at: x, row: row, into: &grid) }
  }

  private static func hint(
    _ command: Command, _ label: String, state: AppState
  ) -> (keys: String, label: String)? {
    guard let keys = state.keyMap.keys(for: command, in: state.mode).first else { return nil }
    var name = Key.name(of: keys)
    let partner: Command? = command == .lineDown ? .lineUp : command == .paragraphDown ? .paragraphUp : nil
    if let partner, let up = state.keyMap.keys(for: partner, in: state.mode).first {
      name += "/" + Key.name(of: up)
    }
    return (name, label)
  }

  private static func width(_ keys: String, _ label: String) -> Int {
    DisplayWidth.of(keys) + 1 + DisplayWidth.of(label) + 2
  }

  private static func put(_ keys: String, _ label: String, at x: Int, row: Int, into grid: inout Grid) -> Int
  {
    var x = x
    x += grid.put(keys, row: row, col: x, style: Style(.hintKey, bold: true))
    x += grid.put(" " + label + "  ", row: row, col: x, style: Style(.hint))
    return x
  }
}
