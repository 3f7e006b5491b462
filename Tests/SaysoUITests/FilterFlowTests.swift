import Foundation
import SaysoCore
import SaysoTestSupport
import Testing

@testable import SaysoUI

@Suite("Filtering the reader")
struct FilterFlowTests {
  private func filtered(_ query: String) throws -> AppState {
    var state = try sampleExplorer()
    state.type("&")
    for character in query { state.reduce(.key(.char(character))) }
    state.type("Enter")
    return state
  }

  @Test func aFilterNarrowsQuoteStepsAndSaysHowMany() throws {
    var state = try filtered("speaker:\"No Azure for Apartheid\"")
    #expect(state.filter?.quoteIDs.count == 3)
    #expect(state.model.quotes.count == 3)
    #expect(state.message?.text == "3 of 8 quotes match")
    state.type("k")
    #expect(state.screenText.contains("& speaker:\"No Azure for Apartheid\" · 3 of 8 quotes"))
    state.type("g ]q ]q ]q ]q")
    #expect(state.currentSpeaker == "No Azure for Apartheid")
    #expect(state.message?.text == "No quote after this one")
  }

  @Test func contextIsDimmedOrHidden() throws {
    var state = try filtered("kind:direct")
    let dimmed = Renderer.render(state)
    // Paragraph 1 (the title) is context: its text is dim, not bold.
    #expect(dimmed[1, 7].style.role == .dim)
    state.type("z")
    #expect(state.filter?.hideContext == true)
    let screen = state.screenText
    #expect(!screen.contains("WikiCommons"))
    #expect(screen.contains("    7┃"))
    #expect(screen.contains("   11  Microsoft said"))
    state.type("g G k k j")
    #expect(state.filter?.paragraphSet.contains(state.cursor) == true)
    state.type("z")
    #expect(state.screenText.contains("WikiCommons") || state.top.paragraph > 1)
  }

  @Test func anEmptyFilterClearsItAndABadOneSaysWhere() throws {
    var state = try filtered("kind:loud")
    #expect(state.filter == nil)
    #expect(state.message?.text.contains("column 6") == true)
    state = try filtered("kind:partial")
    #expect(state.filter != nil)
    state.type("& Ctrl-u Enter")
    #expect(state.filter == nil && state.model.quotes.count == 8)
  }

  @Test func speakerPaneClicksFilterToThoseSpeakers() throws {
    var state = try sampleExplorer(rows: 30, cols: 120)
    state.type("s")
    let pane = try #require(state.screen.speakers)
    // Row 0 of the pane is its title; rows 1–2 the first speaker, 3–4 the second.
    state.reduce(.mouse(MouseEvent(kind: .click, row: pane.row + 3, col: pane.col + 4)))
    #expect(state.pickedSpeakers == ["No Azure for Apartheid"])
    #expect(state.model.quotes.count == 3)
    state.reduce(.mouse(MouseEvent(kind: .click, row: pane.row + 1, col: pane.col + 4)))
    #expect(state.model.quotes.count == 8, "either speaker")
    #expect(state.screenText.contains("● Microsoft"))
    state.reduce(.mouse(MouseEvent(kind: .click, row: pane.row + 1, col: pane.col + 4)))
    state.reduce(.mouse(MouseEvent(kind: .click, row: pane.row + 3, col: pane.col + 4)))
    #expect(state.filter == nil)
  }

  @Test func tabCompletesSpeakerNames() throws {
    var state = try sampleExplorer()
    state.type("&")
    for character in "speaker:no" { state.reduce(.key(.char(character))) }
    state.type("Tab")
    #expect(state.line.text == "speaker:\"No Azure for Apartheid\" ")
    state.type("Enter")
    #expect(state.model.quotes.count == 3)
  }

  @Test func searchTakesTheQueryLanguageAfterAColon() throws {
    var state = try sampleExplorer()
    state.type("/")
    for character in ":speaker:microsoft kind:direct" { state.reduce(.key(.char(character))) }
    state.type("Enter")
    #expect(state.search?.matches.count == 2)
    #expect(state.quote == nil || state.search?.current == 0)
    state.type("n n")
    #expect(state.message?.text == "Search wrapped to the top")
  }

  @Test func viewsAreSavedAndReopened() throws {
    var state = try annotatingSample()
    let backend = MemoryBackend()
    state.type("&", backend: backend)
    state.enter(text: "kind:partial", backend: backend)
    state.type("Enter", backend: backend)
    state.command("save-view partials", backend: backend)
    #expect(state.annotations.views == ["partials": "kind:partial"])
    state.command("filter", backend: backend)
    #expect(state.filter == nil)
    state.command("view partials", backend: backend)
    #expect(state.filter?.text == "kind:partial" && state.model.quotes.count == 6)
  }

  @Test func filtersFollowNewCodes() throws {
    var state = try annotatingSample()
    let backend = MemoryBackend()
    state.type("&", backend: backend)
    state.enter(text: "-has:code", backend: backend)
    state.type("Enter", backend: backend)
    #expect(state.model.quotes.count == 8)
    // Coding a quote takes it out of the filter at once, without setting the filter again.
    state.type("]q t", backend: backend)
    state.enter(text: "delay", backend: backend)
    state.type("Enter", backend: backend)
    #expect(state.filter?.text == "-has:code")
    #expect(state.model.quotes.count == 7)
  }

  @Test func filtersFollowNotesOnParagraphs() throws {
    var state = try annotatingSample()
    let backend = MemoryBackend()
    state.type("&", backend: backend)
    state.enter(text: "-has:note", backend: backend)
    state.type("Enter", backend: backend)
    #expect(state.filter?.paragraphSet.contains(5) == true)
    state.type("6G c", backend: backend)
    state.enter(text: "context only", backend: backend)
    state.type("Ctrl-s", backend: backend)
    #expect(state.annotations.items.first?.targetKind == .paragraph)
    #expect(state.filter?.paragraphSet.contains(5) == false)
  }

  @Test func fFiltersToTheCurrentQuotesSpeaker() throws {
    var state = try sampleExplorer()
    state.type("G [q f")
    #expect(state.pickedSpeakers == ["No Azure for Apartheid"])
    #expect(state.model.quotes.count == 3)
    state.type("f")
    #expect(state.filter == nil)
  }
}

@Suite("Export from the explorer")
struct ExplorerExportTests {
  @Test func colonExportWritesTheDocumentWithItsAnnotations() throws {
    let folder = try TemporaryDirectory("sayso-ui-export")
    defer { folder.remove() }
    var state = try annotatingSample()
    let backend = MemoryBackend()
    state.type("]q c", backend: backend)
    state.enter(text: "to check", backend: backend)
    state.type("Ctrl-s", backend: backend)
    for (format, name) in [
      ("jsonl", "out.jsonl"), ("csv", "out.csv"), ("markdown", "out.md"), ("w3c", "out.jsonld"),
    ] {
      state.command("export \(format) \(folder.path)/\(name)", backend: backend)
      #expect(state.message?.text.hasPrefix("Exported") == true, "\(format): \(state.message?.text ?? "")")
      let text = try String(contentsOfFile: folder.path + "/" + name, encoding: .utf8)
      #expect(text.contains("to check"), "\(format)")
    }
    state.command("export brat \(folder.path)/brat", backend: backend)
    #expect(FileManager.default.fileExists(atPath: folder.path + "/brat/annotation.conf"))
    state.command("export pdf", backend: backend)
    #expect(state.message?.isError == true)
  }
}
