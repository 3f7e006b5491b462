extension AppState {
  /// Reads a key in the current mode: counts, multi-key sequences, argument keys, line editing.
  mutating func handle(_ key: Key) {
    if mode == .search || mode == .command || mode == .filter || mode == .picker || mode == .note {
      if let command = keyMap.command(for: [key], in: mode) {
        run(command, count: nil, argument: nil)
      } else if case .char(let character) = key {
        type(character)
      } else if mode == .note, key == .tab {
        editor?.insert("\t")
      }
      return
    }
    if let command = pending.awaitingArgument {
      pending = PendingKeys()
      if case .char(let character) = key {
        run(command, count: nil, argument: character)
      } else if key != .escape {
        message = StatusMessage("\(command == .setMark ? "m" : "'") needs a letter a–z", isError: true)
      }
      return
    }
    if mode == .normal, pending.keys.isEmpty, case .char(let c) = key, let digit = c.wholeNumberValue,
      digit > 0 || pending.count != nil
    {
      pending.count = min(999_999, (pending.count ?? 0) * 10 + digit)
      return
    }
    let sequence = pending.keys + [key]
    if let command = keyMap.command(for: sequence, in: mode) {
      let count = pending.count
      pending = PendingKeys()
      if command.takesArgument {
        pending.awaitingArgument = command
        return
      }
      run(command, count: count, argument: nil)
    } else if keyMap.isPrefix(sequence, in: mode) {
      pending.keys = sequence
    } else {
      let typed = pending.display + key.name
      pending = PendingKeys()
      if key != .escape { message = StatusMessage("\(typed) is not a key here (? for help)", isError: true) }
    }
  }

  /// Runs a command with an optional count and argument.
  mutating func run(_ command: Command, count: Int?, argument: Character?) {
    if mode != .search && mode != .command && mode != .filter { message = nil }
    if mode == .list, runList(command, count: count) { return }
    if (mode == .help || mode == .detail), scrollOverlay(command, count: count) { return }
    if analysing, CommandTable.needsQuotes.contains(command) {
      message = StatusMessage("Still finding quotes… one moment")
      return
    }
    switch command {
    case .lineDown, .lineUp, .paragraphDown, .paragraphUp, .halfPageDown, .halfPageUp, .pageDown, .pageUp,
      .top, .bottom:
      move(command, count: count)
    case .nextQuote: stepQuote(by: count ?? 1)
    case .previousQuote: stepQuote(by: -(count ?? 1))
    case .nextSameSpeaker: stepSameSpeaker(forward: true, count: count ?? 1)
    case .previousSameSpeaker: stepSameSpeaker(forward: false, count: count ?? 1)
    case .quoteDetail: openDetail()
    case .toggleIndirect: toggleIndirect()
    case .search: enter(.search)
    case .searchNext: stepMatch(forward: true, count: count ?? 1)
    case .searchPrevious: stepMatch(forward: false, count: count ?? 1)
    case .clearSearch: search?.highlighted = false
    case .filter:
      enter(.filter)
      line.text = filter?.text ?? ""
    case .toggleContext: toggleContext()
    case .filterSpeaker:
      if let name = quote.flatMap({ model.speaker(of: $0) })?.name {
        toggleSpeakerFilter(name)
      } else {
        message = StatusMessage("Go to a quote with a speaker first (]q)", isError: true)
      }
    case .complete: complete()
    case .setMark: setMark(argument)
    case .jumpToMark: jumpToMark(argument)
    case .toggleSpeakers:
      showSpeakers.toggle()
      keepFocusInView()
    case .toggleQuotes:
      showQuotes.toggle()
      if showQuotes && currentQuote == nil { selectFirstVisibleQuote() }
      keepFocusInView()
    case .help:
      info = nil
      helpTop = 0
      modeStack = modeStack.filter { $0 != .help } + [.help]
    case .commandLine: enter(.command)
    case .documents, .corpusSpeakers, .nextDocument, .previousDocument:
      runCorpusCommand(command, count: count)
    case .close: close()
    case .quit:
      if annotations.unsaved.isEmpty {
        shouldQuit = true
      } else {
        message = StatusMessage(
          "\(annotations.unsaved.count) change(s) not saved yet, still retrying: :q! quits and loses them",
          isError: true)
      }
    case .submit: mode == .picker ? pick() : submitLine()
    case .cancel: cancelEntry()
    case .deleteBack: deleteBack()
    case .clearLine: line.text = ""
    case .historyPrevious: line.browse(-1, in: mode)
    case .historyNext: line.browse(1, in: mode)
    default: runAnnotation(command)
    }
    keepInside()
  }

  /// In help and the detail popup the movement keys scroll the overlay.
  private mutating func scrollOverlay(_ command: Command, count: Int?) -> Bool {
    let page = max(1, rows - 6)
    let delta: Int
    switch command {
    case .lineDown: delta = count ?? 1
    case .lineUp: delta = -(count ?? 1)
    case .halfPageDown: delta = page / 2
    case .halfPageUp: delta = -page / 2
    case .pageDown: delta = page
    case .pageUp: delta = -page
    case .top: delta = Int.min / 2
    case .bottom: delta = Int.max / 2
    default: return false
    }
    if mode == .help {
      let limit = max(0, HelpOverlay.lines(self).count - max(1, rows - 4))
      helpTop = min(limit, max(0, helpTop + delta))
    } else {
      detailTop = min(200, max(0, detailTop + delta))
    }
    return true
  }

  mutating func enter(_ mode: Mode) {
    line.start()
    modeStack.append(mode)
  }

  mutating func close() {
    if mode == .visual { selection = nil }
    if mode == .help { info = nil }
    if !modeStack.isEmpty {
      modeStack.removeLast()
    } else if search?.highlighted == true {
      search?.highlighted = false
    }
  }
}
