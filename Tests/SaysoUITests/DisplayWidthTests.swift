import Testing

@testable import SaysoUI

@Suite("Display width per grapheme, and a grid that never splits one nor writes a control")
struct DisplayWidthTests {
  @Test(arguments: [
    ("a", 1), ("中", 2), ("한", 2), ("😀", 2), ("e\u{301}", 1), ("“", 1), ("—", 1), ("é", 1), ("🇫🇷", 2),
    ("👍🏽", 2), ("👨‍👩‍👧", 2), ("Ａ", 2), ("\u{200B}", 1),
  ])
  func graphemeWidths(text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
  }

  @Test func stringWidthIsTheSumOfGraphemes() {
    #expect(DisplayWidth.of("東京 says “hi” 👍") == 4 + 1 + 4 + 1 + 4 + 1 + 2)
  }

  @Test func wideCharacterOccupiesTwoCellsAndIsNeverCut() {
    var grid = Grid(rows: 1, cols: 5)
    let used = grid.put("a中文", row: 0, col: 0, style: .plain)
    #expect(used == 5)
    #expect(grid[0, 2].isContinuation && grid[0, 4].isContinuation)
    var narrow = Grid(rows: 1, cols: 4)
    #expect(narrow.put("a中文", row: 0, col: 0, style: .plain) == 3)
    #expect(narrow.text() == "a中")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var grid = Grid(rows: 1, cols: 4)
    grid.put("中文", row: 0, col: 0, style: .plain)
    grid.put("x", row: 0, col: 1, style: .plain)
    #expect(grid.text() == " x文")
  }

  @Test func controlsBecomePlaceholders() {
    var grid = Grid(rows: 1, cols: 40)
    grid.put("a\u{1B}[2Jb\r\nc\u{9B}d\u{202E}e", row: 0, col: 0, style: .plain)
    #expect(grid.text() == "a^[[2Jb^M^Jc<U+009B>d<U+202E>e")
    for cell in grid.cells {
      #expect(
        !grid.text(of: cell).unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    }
  }

  @Test func wrappingKeepsGraphemesAndBreaksCJKWithoutSpaces() throws {
    let document = try plainDocument("東京で記者会見、首相は「増税はしない」と述べた。")
    let atoms = ParagraphAtoms.atoms(document.paragraphs[0], in: document)
    let wrapped = WrappedParagraph(atoms: atoms, width: 10)
    let lines = wrapped.lines.map { range in range.map { atoms[$0].text }.joined() }
    for line in lines { #expect(DisplayWidth.of(line) <= 10, "\(line)") }
    #expect(lines.joined() == "東京で記者会見、首相は「増税はしない」と述べた。")
    for line in lines.dropFirst() { #expect(!line.hasPrefix("、") && !line.hasPrefix("。")) }
    for line in lines { #expect(!line.hasSuffix("「")) }
  }

  @Test func wrappingAtSpacesAndInsideOverlongWords() throws {
    let document = try plainDocument("Supercalifragilistic words wrap here")
    let atoms = ParagraphAtoms.atoms(document.paragraphs[0], in: document)
    let lines = WrappedParagraph(atoms: atoms, width: 10).lines.map { r in r.map { atoms[$0].text }.joined() }
    #expect(lines == ["Supercalif", "ragilistic", "words wrap", "here"])
  }
}
