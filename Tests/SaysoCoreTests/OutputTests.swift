import Testing

@testable import SaysoCore

@Suite("Output encoders")
struct OutputTests {
  @Test func jsonKeepsKeyOrderAndEscapesControls() {
    var object = JSONObjectWriter()
    object.int("index", 3)
    object.string("text", "a \"quote\"\n\u{1B}[31m\\")
    object.string("none", nil)
    object.double("confidence", 0.8600001)
    object.strings("list", ["x", "中"])
    #expect(
      object.string
        == #"{"index":3,"text":"a \"quote\"\n\u001b[31m\\","none":null,"confidence":0.86,"list":["x","中"]}"#)
  }

  @Test func terminalTextShowsControlsAsPlaceholders() {
    #expect(
      TerminalText.sanitized("a\u{1B}]52;c;ZXZpbA==\u{07}b\u{9B}c\u{7F}") == "a^[]52;c;ZXZpbA==^Gb<U+009B>c^?"
    )
    #expect(TerminalText.sanitized("tab\tkept") == "tab\tkept")
    #expect(TerminalText.sanitized("“curly” — 中") == "“curly” — 中")
  }
}
