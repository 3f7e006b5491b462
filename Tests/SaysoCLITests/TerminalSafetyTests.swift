import Foundation
import SaysoTestSupport
import Testing

/// A document full of terminal control sequences is shown with visible placeholders, and none of its
/// sequences reaches the terminal: the bytes the explorer writes are recorded (tmux `pipe-pane`) and
/// searched for each of them.
@Suite("Terminal safety: the bytes written", .enabled(if: TmuxSession.isAvailable), .serialized)
struct TerminalSafetyTests {
  /// Sequences a hostile document could carry, each with a payload ncurses itself never writes.
  static let hostile: [(name: String, bytes: [UInt8])] = [
    ("OSC 52 clipboard write", Array("\u{1B}]52;c;U0FZU09QV05FRA==\u{07}".utf8)),
    ("title change", Array("\u{1B}]2;owned-title\u{1B}\\".utf8)),
    ("cursor move off screen", Array("\u{1B}[99;99H".utf8)),
    ("screen wipe with colours", Array("\u{1B}[2J\u{1B}[38;5;196m".utf8)),
    ("bracketed paste markers", Array("\u{1B}[200~rm -rf ~\u{1B}[201~".utf8)),
    ("8-bit CSI", [0xC2, 0x9B] + Array("31m".utf8)),
    ("8-bit OSC", [0xC2, 0x9D] + Array("0;c1-title".utf8) + [0xC2, 0x9C]),
    ("8-bit DCS", [0xC2, 0x90] + Array("q-dcs".utf8)),
  ]

  @Test func noSequenceFromTheDocumentReachesTheTerminal() throws {
    let session = try TmuxSession(cols: 100, rows: 40)
    defer { session.stop() }
    var text: [UInt8] = Array("Hostile page\n\n".utf8)
    for (name, bytes) in Self.hostile {
      text += Array("He said: “".utf8) + bytes + Array(" \(name),” and left.\n\n".utf8)
    }
    let path = try session.home.write("hostile.txt", bytes: text)
    let record = session.home.path + "/bytes.out"
    try session.recordOutput(to: record)
    try session.type("'\(SaysoBinary.url.path)' '\(path)'; echo __EXIT=$?")
    try session.press("Enter")
    try session.waitForAll(["^[]52;c;U0FZU09QV05FRA==^G", "^[[99;99H", "8 quotes", "NORMAL"])
    // Every part of the screen that shows document text: the reader, the quote list, the details.
    try session.type("l]q")
    try session.press("Enter")
    try session.waitFor("Quote 2 of 8")
    try session.press("Escape")
    try session.type("q")
    try session.waitFor("__EXIT=0", history: true)
    let written = [UInt8](try Data(contentsOf: URL(fileURLWithPath: record)))
    #expect(written.count > 1000, "the recording has the session")
    for (name, bytes) in Self.hostile {
      #expect(!contains(written, bytes), "\(name) reached the terminal")
    }
    // Nor their introducers with the document's arguments (the words after them are shown as text).
    for sequence in ["\u{1B}]52;", "\u{1B}]2;owned", "\u{1B}[200~", "\u{1B}[201~", "\u{1B}[99;99H"] {
      #expect(!contains(written, Array(sequence.utf8)), "\(sequence.debugDescription) reached the terminal")
    }
    for c1: UInt8 in [0x90, 0x9B, 0x9C, 0x9D] {
      #expect(!contains(written, [0xC2, c1]), "C1 control U+00\(String(c1, radix: 16)) reached the terminal")
    }
    #expect(try !session.paneTitle().contains("owned"))
  }

  private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return false }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
      if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
    }
    return false
  }
}
