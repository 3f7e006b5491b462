import SaysoTestSupport
import Testing

@testable import SaysoCore

@Suite("Plain-text paragraph layouts")
struct PlainTextLayoutTests {
  @Test func hardWrappedNovelIsRejoinedWithFaithfulOffsets() throws {
    let document = try Ingest.file(Fixtures.path("pride-and-prejudice-excerpt.txt"))
    #expect(document.layout == .wrapped)
    #expect(rangesAreFaithful(document))
    let lines = outline(document)
    #expect(lines[0] == "heading: CHAPTER I.")
    #expect(
      lines[1]
        == "body: It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife."
    )
    #expect(
      lines[3].hasPrefix(
        "body: \"My dear Mr. Bennet,\" said his lady to him one day, \"have you heard that Netherfield"))
    let text = document.text.string
    let third = document.paragraphs[3]
    #expect(Array(text.unicodeScalars)[third.start] == "\"")
    #expect(document.text(of: third).contains("\n"))
    #expect(third.layout == .flow)
  }

  @Test func onePerLineNews() throws {
    let text = String(
      repeating:
        "A long line of news copy that runs on and on without any wrapping at all, as pasted from the web into a file.\n",
      count: 6)
    let document = try document(text)
    #expect(document.layout == .line)
    #expect(document.paragraphs.count == 6)
    #expect(rangesAreFaithful(document))
  }

  @Test func blankLineSeparatedLongLines() throws {
    let line =
      "This paragraph is a single long line that was never wrapped by its writer, as blogs often save it."
    let document = try document("Headline Here\n\n\(line)\n\n\(line)\n\n\(line)\n")
    #expect(document.layout == .blank)
    #expect(outline(document).first == "title: Headline Here")
    #expect(document.paragraphs.count == 4)
  }

  @Test func indentedFirstLinesStartParagraphsWithoutBlankLines() throws {
    let wrapped = """
          It was a bright cold day in April, and the clocks were striking thirteen.
      Winston Smith, his chin nuzzled into his breast in an effort to escape the
      vile wind, slipped quickly through the glass doors of Victory Mansions.
          The hallway smelt of boiled cabbage and old rag mats. At one end of it
      a coloured poster, too large for indoor display, had been tacked to the
      wall. It depicted simply an enormous face, more than a metre wide.
          Outside, even through the shut window-pane, the world looked cold.
      Down in the street little eddies of wind were whirling dust and torn
      paper into spirals, and though the sun was shining and the sky a harsh
      blue, there seemed to be no colour in anything, except the posters.

      """
    let document = try document(wrapped, layout: .indented)
    #expect(document.paragraphs.count == 3)
    #expect(document.flowText(of: document.paragraphs[1]).hasPrefix("The hallway smelt"))
    #expect(rangesAreFaithful(document))
  }

  @Test func verseKeepsItsLineBreaks() throws {
    let prose = String(repeating: "word ", count: 14).trimmingAny(of: " ")
    let text = """
      \(prose)
      \(prose)
      \(prose)

      How doth the little crocodile
      Improve his shining tail,
      And pour the waters of the Nile
      On every golden scale!

      \(prose)
      \(prose)
      \(prose)

      """
    let document = try document(text, layout: .wrapped)
    #expect(document.paragraphs.count == 3)
    #expect(document.paragraphs[1].layout == .verbatim)
    #expect(document.paragraphs[0].layout == .flow)
  }

  @Test func bulletsBecomeListItemsWithoutTheirMarkers() throws {
    let document = try document(
      "Shopping\n\n- bread and butter\n- two dozen eggs\n\n1. first step\n2. second step\n")
    let items = document.paragraphs.filter { $0.kind == .listItem }.map { document.text(of: $0) }
    #expect(items == ["bread and butter", "two dozen eggs", "first step", "second step"])
  }

  @Test func aFiveMegabyteLineIsOneParagraph() throws {
    let line = String(repeating: "x", count: 5_000_000)
    let document = try document(line)
    #expect(document.paragraphs.count == 1)
    #expect(document.paragraphs[0].range == 0..<5_000_000)
  }

  @Test func whitespaceOnlyHasNoParagraphs() throws {
    let document = try document("  \n\n\t\n")
    #expect(document.paragraphs.isEmpty)
    #expect(document.warnings.contains { $0.notable })
  }
}
