import SaysoCore
import SaysoTestSupport
import Testing

@testable import SaysoUI

@Suite("Reducer: state + action → state and effects")
struct ReducerTests {
  @Test func lineMotionsScrollAndStopAtTheTop() throws {
    var state = try dialogueExplorer()
    state.type("j")
    #expect(state.top == ReaderPosition(paragraph: 0, row: 1))
    state.type("5j")  // each paragraph here is one line and a blank row
    #expect(state.top == ReaderPosition(paragraph: 3, row: 0))
    state.type("k k k k k k k k")
    #expect(state.top == ReaderPosition(paragraph: 0, row: 0))
    #expect(state.reduce(.key(.down)) == [])
    #expect(state.top.row == 1)
  }

  @Test func countBeforeGGoesToAParagraph() throws {
    var state = try dialogueExplorer()
    state.type("1 2 G")
    #expect(state.cursor == 11)
    #expect(state.shows(paragraph: 11))
    state.type("G")
    #expect(state.cursor == 39)
    #expect(state.shows(paragraph: 39))
    #expect(state.bottom.paragraph == 39)
    state.type("g")
    #expect(state.cursor == 0 && state.top == ReaderPosition(paragraph: 0, row: 0))
    state.type("999G")
    #expect(state.cursor == 39)
  }

  @Test func paragraphMotionsMoveTheCursor() throws {
    var state = try dialogueExplorer()
    state.type("J J")
    #expect(state.cursor == 2)
    state.type("3}")
    #expect(state.cursor == 5)
    state.type("K")
    #expect(state.cursor == 4)
    state.type("Space")
    #expect(state.top.paragraph > 0)
    #expect(state.shows(paragraph: state.cursor))
  }

  @Test func quoteStepsFollowTheDocumentAndTheSpeaker() throws {
    var state = try dialogueExplorer()
    state.type("]q")
    #expect(state.currentQuote == 0)
    #expect(state.currentSpeaker == "Bob Jones")
    state.type("Tab")
    #expect(state.currentQuote == 1 && state.currentSpeaker == "Alice Smith")
    state.type("[q")
    #expect(state.currentQuote == 0)
    state.type("]s")
    #expect(state.currentSpeaker == "Bob Jones" && state.quote?.paragraph == 3)
    state.type("3]q")
    #expect(state.quote?.paragraph == 8)
    #expect(state.shows(paragraph: 8))
    state.type("[s")
    #expect(state.currentSpeaker == "Alice Smith" && state.quote?.paragraph == 5)
  }

  @Test func stepPastTheLastQuoteSaysSo() throws {
    var state = try dialogueExplorer()
    state.type("G 20]q")
    #expect(state.message?.text == "No quote after this one")
    #expect(state.quote?.paragraph == 39)
  }

  @Test func detailOpensOnEnterAndClosesOnEsc() throws {
    var state = try dialogueExplorer()
    state.type("]q Enter")
    #expect(state.mode == .detail)
    state.type("n")
    #expect(state.currentQuote == 1)
    state.type("Esc")
    #expect(state.mode == .normal)
    #expect(state.currentQuote == 1)
  }

  @Test func searchFindsHighlightsAndWraps() throws {
    var state = try dialogueExplorer()
    state.type("/")
    #expect(state.mode == .search)
    for key in "number 30" { state.reduce(.key(.char(key))) }
    state.type("Enter")
    #expect(state.mode == .normal)
    #expect(state.search?.matches.count == 1)
    #expect(state.cursor == 29)
    state.type("n")
    #expect(state.message?.text == "Search wrapped to the top")
    state.type("Ctrl-l")
    #expect(state.search?.highlighted == false)
    state.type("/")
    for key in "nobody says this" { state.reduce(.key(.char(key))) }
    state.type("Enter")
    #expect(state.message?.isError == true)
  }

  @Test func commandLineGoesQuitsAndRemembers() throws {
    var state = try dialogueExplorer()
    state.type(": 2 0 Enter")
    #expect(state.cursor == 19)
    state.type(": b o g u s Enter")
    #expect(state.message?.text.contains("Not a command: bogus") == true)
    state.type(": Up")
    #expect(state.line.text == "bogus")
    state.type("Up")
    #expect(state.line.text == "20")
    state.type("Esc")
    #expect(state.mode == .normal)
    state.type(":")
    state.reduce(.key(.char("q")))
    #expect(state.reduce(.key(.enter)) == [.quit])
  }

  @Test func marksComeBack() throws {
    var state = try dialogueExplorer()
    state.type("10G m a G")
    #expect(state.cursor == 39)
    state.type("' a")
    #expect(state.cursor == 9)
    state.type("' '")
    #expect(state.cursor == 39)
    state.type("' z")
    #expect(state.message?.isError == true)
  }

  @Test func panesToggleAndTheQuoteListPicksAQuote() throws {
    var state = try dialogueExplorer()
    state.type("s")
    #expect(state.showSpeakers)
    state.type("l")
    #expect(state.showQuotes && state.currentQuote != nil)
    state.type("s l")
    #expect(!state.showSpeakers && !state.showQuotes)
  }

  @Test func unknownKeysAndCountsAreExplained() throws {
    var state = try dialogueExplorer()
    state.type("Z")
    #expect(state.message == StatusMessage("Z is not a key here (? for help)", isError: true))
    state.type("5 Esc j")
    #expect(state.top.row == 1, "Esc dropped the count")
    state.type("] Z")
    #expect(state.message?.text.hasPrefix("]Z") == true)
  }

  @Test func qQuitsFromTheReaderButClosesOverlays() throws {
    var state = try dialogueExplorer()
    state.type("?")
    #expect(state.reduce(.key(.char("q"))) == [])
    #expect(state.mode == .normal)
    #expect(state.reduce(.key(.char("q"))) == [.quit])
  }

  @Test func resizeKeepsTheCursorParagraphInView() throws {
    var state = try dialogueExplorer()
    state.type("30G")
    state.reduce(.resize(rows: 12, cols: 40))
    #expect(state.shows(paragraph: 29))
    state.reduce(.resize(rows: 60, cols: 200))
    #expect(state.shows(paragraph: 29))
    state.reduce(.resize(rows: 1, cols: 1))
    _ = state.screenText
    state.type("j G ]q Enter ?")
    _ = state.screenText
  }

  @Test func mouseClickSelectsTheQuoteUnderIt() throws {
    var state = try dialogueExplorer()
    // Row 1 is the first paragraph; its text starts after the 7-column gutter.
    state.reduce(.mouse(MouseEvent(kind: .click, row: 1, col: 10)))
    #expect(state.currentQuote == 0)
    state.reduce(.mouse(MouseEvent(kind: .wheelDown, row: 5, col: 10)))
    #expect(state.top == ReaderPosition(paragraph: 1, row: 1))
    state.reduce(.mouse(MouseEvent(kind: .doubleClick, row: 4, col: 10)))
    #expect(state.mode == .detail)
  }

  @Test func indirectSpeechToggles() throws {
    var state = explorer(try plainDocument("The minister said that the plan would work.\n\nNothing else."))
    let before = state.model.quotes.count
    state.type("i")
    #expect(state.model.quotes.count == before + 1)
    state.type("i")
    #expect(state.model.quotes.count == before)
  }

  @Test func textFirstThenQuotesWhenTheBackgroundAnalysisEnds() throws {
    let document = try SampleDocument.load()
    let model = ReaderModel(document: document, analysis: .pending, name: "sample")
    var state = AppState(model: model, rows: 24, cols: 80)
    state.analysing = true
    #expect(state.screenText.contains("finding quotes…"))
    state.type("J J ]q")
    #expect(state.message?.text == "Still finding quotes… one moment")
    #expect(state.cursor == 2)
    let analysis = BackgroundAnalysis(document: document, genre: .auto).wait()
    state.reduce(.analysed(analysis))
    #expect(!state.analysing)
    #expect(state.cursor == 2, "the place is kept")
    #expect(state.screenText.contains("8 quotes"))
    state.type("]q")
    #expect(state.quote != nil)
  }
}
