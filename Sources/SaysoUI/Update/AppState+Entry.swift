extension AppState {
  /// A typed character in a mode that takes text: the search or command line, the picker's query, the note.
  mutating func type(_ character: Character) {
    switch mode {
    case .picker:
      picker?.query.append(character)
      picker?.selected = 0
    case .note:
      editor?.insert(character)
    default:
      line.text.append(character)
      line.historyIndex = nil
      filterListAsTyped()
    }
  }

  mutating func deleteBack() {
    switch mode {
    case .picker:
      if picker?.query.isEmpty == false {
        picker?.query.removeLast()
        picker?.selected = 0
      }
    case .note:
      editor?.deleteBackward()
    default:
      if line.text.isEmpty { modeStack.removeLast() } else { line.text.removeLast() }
      filterListAsTyped()
    }
  }

  /// Esc in a line, a picker or the note editor. A note with unsaved text asks first.
  mutating func cancelEntry() {
    switch mode {
    case .picker:
      picker = nil
      modeStack.removeLast()
    case .note:
      if editor?.isChanged == true {
        confirm = ConfirmState(question: "Discard this note? y discards, n goes back to it", onYes: .cancel)
        modeStack.append(.confirm)
      } else {
        editor = nil
        modeStack.removeLast()
      }
    default:
      modeStack.removeLast()
    }
  }

  /// y or n to the question on screen.
  mutating func answer(_ yes: Bool) {
    guard let question = confirm else { return }
    confirm = nil
    modeStack.removeLast()
    guard yes else { return }
    if question.onYes == .cancel, mode == .note {
      editor = nil
      modeStack.removeLast()
      message = StatusMessage("Note discarded")
    }
  }
}
