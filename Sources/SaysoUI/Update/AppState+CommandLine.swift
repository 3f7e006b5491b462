extension AppState {
  /// `:42` goes to paragraph 42, `:q` quits, `:help`, `:speakers`, `:quotes`, `:indirect`, `:noh`.
  mutating func runCommandLine(_ text: String) {
    let input = text.trimmingCharacters(in: [" "])
    if input.isEmpty { return }
    if let number = Int(input) {
      go(toParagraph: number - 1, jump: true)
      return
    }
    switch input {
    case "q", "quit", "wq", "x": run(.quit, count: nil, argument: nil)
    case "q!": shouldQuit = true
    case "orphans": showOrphans()
    case "filter", "nofilter": applyFilter("")
    case "help", "h": run(.help, count: nil, argument: nil)
    case "speakers": showSpeakers.toggle()
    case "quotes": run(.toggleQuotes, count: nil, argument: nil)
    case "indirect": toggleIndirect()
    case "noh", "nohl", "nohlsearch": search?.highlighted = false
    case "marks":
      let list = marks.keys.sorted().map { "\($0):¶\((marks[$0]?.cursor ?? 0) + 1)" }.joined(separator: " ")
      message = StatusMessage(list.isEmpty ? "No marks yet: m then a letter sets one" : list)
    default:
      if runCodebookCommand(input) { return }
      if input.hasPrefix("export") {
        exportDocument(String(input.dropFirst(6)).trimmingCharacters(in: [" "]))
        return
      }
      if input.hasPrefix("search ") || input == "search" {
        searchCorpus(String(input.dropFirst(6)).trimmingCharacters(in: [" "]))
        return
      }
      if input.hasPrefix("filter ") {
        applyFilter(String(input.dropFirst(7)))
        return
      }
      if runViewCommand(input) { return }
      if let command = Command(rawValue: input) {
        run(command, count: nil, argument: nil)
      } else {
        message = StatusMessage("Not a command: \(input) (:help lists them)", isError: true)
      }
    }
  }

  /// `:orphans`: the annotations that lost their place when the source changed, with their old text.
  mutating func showOrphans() {
    let orphans = annotations.items.filter(\.isOrphan)
    guard !orphans.isEmpty else {
      message = StatusMessage("No orphans: every annotation has its place")
      return
    }
    let names = annotations.codeNames
    let lines = orphans.map { annotation -> String in
      let what: String
      switch annotation.body {
      case .code(let id): what = "code " + (names[id] ?? "#\(id)")
      case .note(let text): what = "note “\(text.flattened)”"
      case .speaker(let name): what = "speaker \(name)"
      case .review(let review): what = review.rawValue
      }
      return
        "\(what) on “\(annotation.anchor.exact.flattened)” (was at \(annotation.anchor.start)) · \(annotation.coder)"
    }
    info = ("Orphans · \(orphans.count) annotation(s) whose text is gone; kept, never deleted", lines)
    helpTop = 0
    modeStack.append(.help)
  }

  mutating func setMark(_ letter: Character?) {
    guard let letter, letter.isLetter, letter.isASCII else {
      message = StatusMessage("Marks are letters a–z", isError: true)
      return
    }
    marks[letter] = Mark(top: top, cursor: cursor)
    message = StatusMessage("Mark \(letter) set at ¶\(cursor + 1)")
  }

  mutating func jumpToMark(_ letter: Character?) {
    guard let letter, let mark = marks[letter] else {
      message = StatusMessage("No mark \(letter.map(String.init) ?? "")", isError: true)
      return
    }
    // The place left becomes mark ' so that '' goes back.
    if letter != "'" { marks["'"] = Mark(top: top, cursor: cursor) }
    top = mark.top
    cursor = mark.cursor
  }
}

extension String {
  func trimmingCharacters(in set: Set<Character>) -> String {
    var slice = self[...]
    while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}
