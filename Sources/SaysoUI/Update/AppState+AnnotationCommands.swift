import SaysoCore

extension AppState {
  /// The annotation, selection, picker and editor commands.
  mutating func runAnnotation(_ command: Command) {
    if let number = command.codeNumber { return applyCode(number: number) }
    switch command {
    case .codePicker: openPicker(.code)
    case .reassign: openPicker(.speaker)
    case .renameSpeaker: openPicker(.renameSpeaker)
    case .mergeSpeaker: openPicker(.mergeSpeaker)
    case .note: openNoteEditor()
    case .noteInEditor:
      guard let target else { return }
      noteTarget = target
      effects.append(.editNote(existingNote(on: target)?.text ?? ""))
    case .accept: reviewQuote(.confirmed)
    case .notAQuote: reviewQuote(.notAQuote)
    case .undo:
      annotations.save = .saving
      effects.append(.undo)
    case .redo:
      annotations.save = .saving
      effects.append(.redo)
    case .repeatLast: repeatLast()
    case .review: startReview()
    case .select: startSelection()
    case .swapEnds: selection.map { selection = Selection(anchor: $0.head, head: $0.anchor) }
    case .selectCharForward, .selectCharBackward, .selectWordForward, .selectWordBackward,
      .selectSentenceForward,
      .selectSentenceBackward, .selectParagraphForward, .selectParagraphBackward:
      extendSelection(command)
    case .pickNext: picker?.move(1)
    case .pickPrevious: picker?.move(-1)
    case .saveNote: if let text = editor?.text { saveNote(text) }
    case .newLine: editor?.insert("\n")
    case .deleteForward: editor?.deleteForward()
    case .cursorLeft: editor?.moveHorizontally(-1)
    case .cursorRight: editor?.moveHorizontally(1)
    case .cursorUp: editor?.moveVertically(-1)
    case .cursorDown: editor?.moveVertically(1)
    case .lineStart: editor?.moveToLineStart()
    case .lineEnd: editor?.moveToLineEnd()
    case .yes: answer(true)
    case .no: answer(false)
    default: break
    }
  }

  func existingNote(on target: AnnotationTarget) -> (annotation: Annotation, text: String)? {
    for annotation in annotations.on(target) {
      if case .note(let text) = annotation.body { return (annotation, text) }
    }
    return nil
  }

  mutating func openNoteEditor() {
    guard let target else {
      message = StatusMessage("Nothing to write a note on here", isError: true)
      return
    }
    noteTarget = target
    editor = NoteEditor(text: existingNote(on: target)?.text ?? "")
    modeStack.append(.note)
  }

  /// Saves the note being written (an emptied note is removed) and closes the editor.
  mutating func saveNote(_ text: String) {
    if mode == .note {
      editor = nil
      modeStack.removeLast()
    }
    guard let target = noteTarget else { return }
    noteTarget = nil
    let existing = existingNote(on: target)
    let trimmed = text.trimmingCharacters(in: [" ", "\n", "\t"])
    switch (existing, trimmed.isEmpty) {
    case (nil, true): message = StatusMessage("Empty note not saved")
    case (let old?, true): commit(.remove(old.annotation))
    case (let old?, false):
      if old.text != text {
        var new = old.annotation
        new.body = .note(text)
        commit(.update(old: old.annotation, new: new))
      }
    case (nil, false): commit(.add(annotation(on: target, .note(text))))
    }
    endSelection()
  }

  mutating func openPicker(_ purpose: PickerState.Purpose) {
    switch purpose {
    case .code:
      guard target != nil else {
        message = StatusMessage("Nothing to code here", isError: true)
        return
      }
      let names = annotations.codes.sorted { ($0.position, $0.id) < ($1.position, $1.id) }.map(\.name)
      picker = PickerState(purpose: .code, options: names)
    case .speaker, .mergeSpeaker, .renameSpeaker:
      guard let target, target.kind == .quote || (purpose == .speaker && target.kind == .span) else {
        message = StatusMessage("Go to a quote first (]q)", isError: true)
        return
      }
      let ranked = model.summary.rows.map(\.speaker.name)
      var names = ranked + model.analysis.speakers.map(\.name).filter { !ranked.contains($0) }
      let lowered = Set(names.map { $0.lowercased() })
      names += annotations.knownSpeakers.filter { !lowered.contains($0.lowercased()) }
      if purpose != .speaker {
        guard let current = quote.flatMap({ model.speaker(of: $0) })?.name else {
          message = StatusMessage("This quote has no speaker to rename or merge", isError: true)
          return
        }
        names = purpose == .renameSpeaker ? [] : names.filter { $0 != current }
      }
      picker = PickerState(purpose: purpose, options: names)
    }
    modeStack.append(.picker)
  }

  /// Enter in the picker: the highlighted name, or the typed one made new.
  mutating func pick() {
    guard let picker else { return }
    self.picker = nil
    modeStack.removeLast()
    guard let name = picker.choice ?? picker.newName else { return }
    switch picker.purpose {
    case .speaker:
      reassign(to: name)
    case .renameSpeaker, .mergeSpeaker:
      moveAllQuotes(to: name)
    case .code:
      if let code = annotations.codes.first(where: { $0.name == name }) {
        toggleCode(code.id)
      } else if let target {
        // The code needs its id from the store before it can be applied.
        pendingCode = (name, target)
        commit(
          .addCode(Code(id: 0, name: name, position: (annotations.codes.map(\.position).max() ?? -1) + 1)))
      }
    }
  }

  /// A new code came back from the store: apply it where it was asked for.
  mutating func applyPendingCode(_ code: Code) {
    guard let pending = pendingCode, pending.name == code.name else { return }
    pendingCode = nil
    annotations.lastRepeatable = .code(code.id)
    commit(.add(annotation(on: pending.target, .code(code.id))))
    endSelection()
  }
}
