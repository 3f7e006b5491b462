import Testing

@testable import SaysoCore

@Suite("Markdown blocks with source offsets")
struct MarkdownTests {
  private func markdown(_ text: String) throws -> Document {
    try Ingest.document(bytes: Array(text.utf8), path: "note.md")
  }

  @Test func blocksAndKinds() throws {
    let text = """
      ---
      title: Field notes
      author: A. Researcher
      date: 2025-08-15
      ---

      # The inquiry

      Microsoft said the review was
      in response to a report.

      ## Reactions

      > “Yet another tactic to delay,”
      > the group said.

      - first point
        continues here
      - second point
        1. nested point

      ***

      ```swift
      let quote = "not a quote"

      print(quote)
      ```

      Setext heading
      --------------

      """
    let document = try markdown(text)
    #expect(document.format == .markdown)
    #expect(rangesAreFaithful(document))
    #expect(
      outline(document) == [
        "title: The inquiry",
        "body: Microsoft said the review was in response to a report.",
        "heading: Reactions",
        "blockquote: “Yet another tactic to delay,” the group said.",
        "list-item: first point continues here",
        "list-item: second point",
        "list-item: nested point",
        "separator: ***",
        "body: let quote = \"not a quote\" print(quote)",
        "heading: Setext heading",
      ])
    #expect(document.metadata.title == "Field notes")
    #expect(document.metadata.byline == "A. Researcher")
    #expect(document.metadata.date == "2025-08-15")
    let code = document.paragraphs[8]
    #expect(code.layout == .verbatim)
    #expect(document.text(of: code) == "let quote = \"not a quote\"\n\nprint(quote)")
    #expect(document.paragraphs[6].level == 2)
    #expect(document.paragraphs[3].layout == .flowQuoted)
  }

  @Test func headingLevelsAndClosingHashes() throws {
    let document = try markdown("Intro text here.\n\n### Third level ###\n\n#hashtag is not a heading\n")
    #expect(
      outline(document) == [
        "body: Intro text here.", "heading: Third level", "body: #hashtag is not a heading",
      ])
    #expect(document.paragraphs[1].level == 3)
  }
}
