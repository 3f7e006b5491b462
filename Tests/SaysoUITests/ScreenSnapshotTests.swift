import Testing

@testable import SaysoUI

/// What the user sees, as text: each screen at 80x24 and at a narrow size. The files in
/// `Snapshots/` are the reviewable record; see `Snapshot` for how to update them.
@Suite("Screens as text snapshots")
struct ScreenSnapshotTests {
  static let sizes = [(rows: 24, cols: 80), (rows: 16, cols: 48)]

  private func check(_ name: String, _ make: () throws -> AppState, keys: String = "") throws {
    for size in Self.sizes {
      var state = try make()
      state.reduce(.resize(rows: size.rows, cols: size.cols))
      if !keys.isEmpty { state.type(keys) }
      Snapshot.expect(state.screenText, named: "\(name)-\(size.cols)x\(size.rows)")
    }
  }

  @Test func sampleArticle() throws {
    try check("sample", { try sampleExplorer() })
  }

  @Test func sampleAtItsSecondQuote() throws {
    try check("sample-quote", { try sampleExplorer() }, keys: "]q ]q")
  }

  @Test func speakerPane() throws {
    try check("speakers", { try sampleExplorer() }, keys: "s")
  }

  @Test func quoteListPane() throws {
    try check("quote-list", { try sampleExplorer() }, keys: "l ]q ]q ]q")
  }

  @Test func detailPopup() throws {
    try check("detail", { try sampleExplorer() }, keys: "]q ]q Enter")
  }

  @Test func corpusDocumentList() throws {
    try check("corpus-documents", { corpusExplorer() }, keys: "j")
  }

  @Test func helpOverlay() throws {
    try check("help", { try sampleExplorer() }, keys: "?")
  }

  @Test func searchHighlights() throws {
    try check("search", { try sampleExplorer() }, keys: "/ A z u r e Enter n")
  }

  @Test func wideCharactersAndEmoji() throws {
    let text = """
      東京で記者会見 — 首相は「増税はしない」と述べた。

      “我们不会放弃，”发言人说。 The crowd cheered 🎉🎉 and the café owner said: “Ça va très bien 👍🏽.”

      Combining marks: e\u{301}e\u{301}e\u{301} and a family 👨‍👩‍👧 and a flag 🇫🇷 end here.
      """
    try check("wide", { explorer(try plainDocument(text), name: "wide.txt") })
  }

  @Test func escapeSequencesAreShownNotRun() throws {
    let text =
      "A title\u{1B}]0;owned\u{07}\n\nShe said: “Run \u{1B}[2J\u{1B}[31mthis\u{1B}[0m now,” and left.\n\nTab\there, bell\u{07}, DEL\u{7F}, C1\u{9B}31m."
    try check("escapes", { explorer(try plainDocument(text), name: "escapes.txt") })
  }

  @Test func windowTooSmall() throws {
    var state = try sampleExplorer()
    state.reduce(.resize(rows: 8, cols: 30))
    Snapshot.expect(state.screenText, named: "too-small-30x8")
    state.reduce(.resize(rows: 1, cols: 1))
    #expect(state.screenText.count <= 2)
  }
}
