import SaysoCore
import SaysoTestSupport
import Testing

@testable import SaysoUI

/// Key sequences as a researcher types them, through the key map, the reducer and the renderer, with
/// no terminal and no waiting.
@Suite("Headless flows")
struct FlowTests {
  @Test func tabVisitsEveryQuoteAndTheScreenNamesItsSpeaker() throws {
    var state = try sampleExplorer()
    for step in 0..<state.model.quotes.count {
      state.type("Tab")
      let screen = state.screenText
      let quote = try #require(state.quote)
      let speaker = state.model.speaker(of: quote)?.name ?? "no speaker"
      #expect(screen.contains("quote \(step + 1)/\(state.model.quotes.count)"), "\(screen)")
      #expect(screen.contains(speaker))
      let firstWord =
        state.model.document.text.substring(quote.range).split(separator: " ").first.map(String.init) ?? ""
      #expect(screen.contains(firstWord), "\(firstWord) not on screen")
    }
  }

  @Test func everyScreenFitsItsSizeWhateverIsOpen() throws {
    let sizes = [(1, 1), (5, 100), (10, 40), (11, 41), (24, 80), (40, 60), (60, 200)]
    let sequences = ["", "G", "]q Enter", "?", "s", "l", "s l ]q", "/ t h e", ": 4", "]q Enter j j j j"]
    for (rows, cols) in sizes {
      for keys in sequences {
        var state = try sampleExplorer()
        state.reduce(.resize(rows: rows, cols: cols))
        state.type(keys)
        let grid = Renderer.render(state)
        let lines = grid.text().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == rows)
        for line in lines {
          #expect(DisplayWidth.of(String(line)) <= cols, "\(rows)x\(cols) after '\(keys)': \(line)")
        }
      }
    }
  }

  @Test func searchThenWhyThenBack() throws {
    var state = try sampleExplorer()
    state.type("/ g e n o c i d e Enter")
    #expect(state.screenText.contains("/genocide 1/1"))
    state.type("Enter")
    #expect(state.mode == .detail)
    #expect(state.screenText.contains("No Azure for Apartheid"))
    state.type("Esc Ctrl-l")
    #expect(!state.screenText.contains("/genocide"))
    #expect(state.mode == .normal)
  }

  @Test func novelDialogueShowsItsSpeakersInThePane() throws {
    let text = try String(contentsOfFile: Fixtures.path("pride-and-prejudice-excerpt.txt"), encoding: .utf8)
    var state = explorer(try plainDocument(text, name: "pride.txt"), rows: 40, cols: 120)
    state.type("s")
    let screen = state.screenText
    #expect(screen.contains("Speakers ("))
    #expect(screen.contains("Mrs. Bennet") || screen.contains("Mr. Bennet"), "\(screen)")
    state.type("]q ]s")
    #expect(state.quote != nil)
  }

  @Test func emptyDocumentOpensAndSaysSo() throws {
    var state = explorer(try plainDocument(""), name: "empty.txt")
    state.type("j G ]q Enter s l ?")
    #expect(state.screenText.contains("Help"))
    state.type("Esc")
    #expect(state.screenText.contains("empty document  ·  0 quotes"))
  }
}
