import SaysoCore
import Testing

@testable import SaysoUI

@Suite("Annotating in the explorer: codes, notes, speakers, review, selection, undo, failures")
struct AnnotationFlowTests {
  /// The sample with an (empty) workspace open.
  private func annotatingExplorer() throws -> AppState {
    var state = try sampleExplorer()
    state.reduce(.workspaceOpened(documentID: 1, annotations: [], codes: [], orphans: 0))
    return state
  }

  @Test func pickerMakesACodeAndAppliesItToTheQuote() throws {
    var state = try annotatingExplorer()
    let backend = MemoryBackend()
    state.type("]q ]q t", backend: backend)
    #expect(state.mode == .picker)
    state.enter(text: "blame", backend: backend)
    #expect(state.screenText.contains("+ new code “blame”"))
    state.type("Enter", backend: backend)
    #expect(state.annotations.codes.map(\.name) == ["blame"])
    let coded = try #require(state.annotations.items.first)
    #expect(coded.targetKind == .quote && coded.quoteID == state.quote?.id)
    #expect(state.annotations.save == .saved)
    #expect(state.screenText.contains("✓ saved"))
    #expect(state.screenText.contains("▐"), "a stripe in the gutter")
    // The same code again takes it off; in the details the digit applies it.
    state.type("Enter 1", backend: backend)
    #expect(state.annotations.items.isEmpty)
    state.type("1", backend: backend)
    #expect(state.annotations.items.count == 1)
    #expect(state.screenText.contains("Codes     blame"))
  }

  @Test func notesTakeAnyTextAndAskBeforeBeingThrownAway() throws {
    var state = try annotatingExplorer()
    let backend = MemoryBackend()
    state.type("J J J c", backend: backend)
    #expect(state.mode == .note)
    state.enter(text: "首相は e\u{301}", backend: backend)
    state.type("Enter", backend: backend)
    state.enter(text: "line two", backend: backend)
    state.type("Ctrl-s", backend: backend)
    #expect(state.mode == .normal)
    let note = try #require(state.annotations.items.first)
    #expect(note.body == .note("首相は e\u{301}\nline two"))
    #expect(note.targetKind == .paragraph)
    // Editing it again is one change; Esc with new text asks first.
    state.type("c", backend: backend)
    #expect(state.editor?.text == "首相は e\u{301}\nline two")
    state.enter(text: "!", backend: backend)
    state.type("Esc", backend: backend)
    #expect(state.mode == .confirm)
    state.type("n", backend: backend)
    #expect(state.mode == .note && state.editor?.text.hasSuffix("two!") == true)
    state.type("Ctrl-s", backend: backend)
    #expect(state.annotations.items.count == 1)
    if case .update = backend.applied.last {} else { Issue.record("an edit is one update") }
    state.type("c", backend: backend)
    state.enter(text: "?", backend: backend)
    state.type("Esc y", backend: backend)
    #expect(state.mode == .normal)
    #expect(state.annotations.items.first?.body == .note("首相は e\u{301}\nline two!"))
  }

  @Test func speakerCorrectionsChangeWhatTheReaderShows() throws {
    var state = try annotatingExplorer()
    let backend = MemoryBackend()
    state.type("]q r", backend: backend)
    #expect(state.mode == .picker)
    state.enter(text: "Satya Nadella", backend: backend)
    state.type("Enter", backend: backend)
    #expect(state.currentSpeaker == "Satya Nadella")
    #expect(state.quote?.attribution?.rule == .researcher)
    #expect(state.screenText.contains("✎ Satya"))
    state.type("]q a", backend: backend)
    #expect(state.model.confirmed.contains(try #require(state.quote?.id)))
    let before = state.model.quotes.count
    state.type("]q x", backend: backend)
    #expect(state.model.quotes.count == before - 1, "not a quote: gone from the reader")
    state.type("u", backend: backend)
    #expect(state.model.quotes.count == before, "undo brings it back")
    state.type("Ctrl-r", backend: backend)
    #expect(state.model.quotes.count == before - 1)
  }

  @Test func dotRepeatsTheLastAnnotationOnTheNextTarget() throws {
    var state = try annotatingExplorer()
    let backend = MemoryBackend()
    state.type("]q t", backend: backend)
    state.enter(text: "hedging", backend: backend)
    state.type("Enter ]q .", backend: backend)
    #expect(state.annotations.items.count == 2)
    #expect(Set(state.annotations.items.compactMap(\.quoteID)).count == 2)
  }

  @Test func reviewGoesFromTheLeastSureQuoteOnward() throws {
    var state = try annotatingExplorer()
    let backend = MemoryBackend()
    state.type("R", backend: backend)
    let first = try #require(state.quote)
    let lowest = state.model.quotes.compactMap { $0.attribution?.confidence }.min()
    #expect(first.attribution?.confidence == lowest)
    let left = state.reviewQueue?.count ?? 0
    state.type("a", backend: backend)
    #expect(state.reviewQueue?.count == left - 1)
    #expect(state.quote?.id != first.id)
  }

  @Test func aSelectionIsASpanTarget() throws {
    var state = try annotatingExplorer()
    let backend = MemoryBackend()
    state.type("7G v w w w", backend: backend)
    #expect(state.mode == .visual)
    let selection = try #require(state.selection)
    #expect(state.model.document.text.substring(selection.range) == "In a statement")
    state.type("t", backend: backend)
    state.enter(text: "framing", backend: backend)
    state.type("Enter", backend: backend)
    let span = try #require(state.annotations.items.first)
    #expect(span.targetKind == .span && span.anchor.exact == "In a statement")
    #expect(state.selection == nil)
  }

  @Test func aFailedWriteIsShownKeptAndRetried() throws {
    var state = try annotatingExplorer()
    let backend = MemoryBackend()
    backend.failing = true
    state.type("J J c", backend: backend)
    state.enter(text: "important", backend: backend)
    state.type("Ctrl-s", backend: backend)
    #expect(state.annotations.unsaved.count == 1)
    #expect(state.screenText.contains("NOT SAVED (1)"))
    #expect(state.reduce(.key(.char("q")), backend: backend).isEmpty, "quitting would lose it")
    backend.failing = false
    for change in state.annotations.unsaved { _ = state.reduce(.committed(change), backend: backend) }
    #expect(state.annotations.unsaved.isEmpty && state.annotations.save == .saved)
    #expect(state.reduce(.key(.char("q")), backend: backend) == [.quit])
  }
}

@Suite("Speaker work: rename, merge, a selection made a quote")
struct SpeakerWorkTests {
  private func annotatingExplorer() throws -> AppState {
    var state = try sampleExplorer()
    state.reduce(.workspaceOpened(documentID: 1, annotations: [], codes: [], orphans: 0))
    return state
  }

  @Test func renamingMovesEveryQuoteInOneUndoStep() throws {
    var state = try annotatingExplorer()
    let backend = MemoryBackend()
    state.type("]q S", backend: backend)
    state.enter(text: "Microsoft Corp.", backend: backend)
    state.type("Enter", backend: backend)
    #expect(state.model.summary.rows.first?.speaker.name == "Microsoft Corp.")
    #expect(!state.model.summary.rows.contains { $0.speaker.name == "Microsoft" })
    state.type("u", backend: backend)
    #expect(state.model.summary.rows.first?.speaker.name == "Microsoft")
  }

  @Test func mergingMovesQuotesToTheOtherSpeaker() throws {
    var state = try annotatingExplorer()
    let backend = MemoryBackend()
    let before = state.model.summary.rows.first { $0.speaker.name == "Microsoft" }?.quotes ?? 0
    state.type("G [q M", backend: backend)
    #expect(state.picker?.options.contains("Microsoft") == true)
    #expect(state.picker?.options.contains("No Azure for Apartheid") == false)
    state.enter(text: "Micro", backend: backend)
    state.type("Enter", backend: backend)
    #expect(state.model.summary.rows.count == 1)
    #expect(state.model.summary.rows[0].quotes == before + 3)
  }

  @Test func aSelectionBecomesAQuoteOfTheSpeakerPicked() throws {
    var state = try annotatingExplorer()
    let backend = MemoryBackend()
    let before = state.model.quotes.count
    state.type("8G v w w w w r", backend: backend)
    state.enter(text: "Covington", backend: backend)
    state.type("Enter", backend: backend)
    #expect(state.mode == .normal && state.selection == nil)
    #expect(state.model.quotes.count == before + 1)
    let made = try #require(state.model.quotes.first { $0.attribution?.rule == .researcher })
    #expect(state.model.document.text.substring(made.range) == "The inquiry, to be")
    #expect(state.model.speaker(of: made)?.name == "Covington")
  }
}

@Suite("Mouse selection")
struct MouseSelectionTests {
  @Test func draggingOverTextSelectsIt() throws {
    var state = try sampleExplorer()
    // Row 1 is paragraph 1's first line; its text starts at column 7.
    state.reduce(.mouse(MouseEvent(kind: .press, row: 1, col: 7)))
    state.reduce(.mouse(MouseEvent(kind: .drag, row: 1, col: 15)))
    state.reduce(.mouse(MouseEvent(kind: .drag, row: 1, col: 22)))
    state.reduce(.mouse(MouseEvent(kind: .release, row: 1, col: 22)))
    #expect(state.mode == .visual)
    let selection = try #require(state.selection)
    #expect(state.model.document.text.substring(selection.range) == "Microsoft launch")
    #expect(state.target?.kind == .span)
    state.type("Esc")
    #expect(state.selection == nil && state.mode == .normal)
  }
}

@Suite("The codebook from the command line")
struct CodebookCommandTests {
  @Test func codesAreColouredKeyedDescribedRenamedAndDeleted() throws {
    var state = try annotatingSample()
    let backend = MemoryBackend()
    for name in ["economy", "blame"] {
      state.type("]q t", backend: backend)
      state.enter(text: name, backend: backend)
      state.type("Enter", backend: backend)
    }
    #expect(state.annotations.codes.map(\.name) == ["economy", "blame"])
    func command(_ line: String) {
      state.type(":", backend: backend)
      state.enter(text: line, backend: backend)
      state.type("Enter", backend: backend)
    }
    command("code-color blame 196")
    command("code-key blame 1")
    command("code-describe blame: who is held responsible")
    #expect(state.code(forDigit: 1)?.name == "blame")
    #expect(state.code(forDigit: 2)?.name == "economy")
    let blame = try #require(state.annotations.codes.first { $0.name == "blame" })
    #expect(blame.color == 196 && blame.description == "who is held responsible")
    command("code-rename economy = economy/jobs")
    #expect(state.annotations.codes.contains { $0.name == "economy/jobs" })
    command("code-delete blame")
    #expect(state.message?.isError == true, "blame is applied on the second quote")
    command("code-color nothing 3")
    #expect(state.message?.text.hasPrefix("Usage") == true)
    state.type("u", backend: backend)
    #expect(state.annotations.codes.contains { $0.name == "economy" })
  }
}

@Suite("Orphans in the explorer")
struct OrphanViewTests {
  @Test func orphansAreListedWithTheirOldText() throws {
    var state = try sampleExplorer()
    var orphan = Annotation(
      documentID: 1, targetKind: .span,
      anchor: TextAnchor(start: 5, end: 20, exact: "a deleted sentence", prefix: "", suffix: ""),
      body: .note("why?"),
      coder: "ana")
    orphan.isOrphan = true
    state.reduce(.workspaceOpened(documentID: 1, annotations: [orphan], codes: [], orphans: 1))
    #expect(state.message?.text.contains(":orphans") == true)
    state.type(": o r p h a n s Enter")
    #expect(state.mode == .help)
    let screen = state.screenText
    #expect(screen.contains("Orphans · 1 annotation"))
    #expect(screen.contains("note “why?” on “a deleted sentence”"))
    state.type("Esc ?")
    #expect(state.screenText.contains("Help · keys and commands"))
  }
}
