import Testing

@testable import SaysoCore

@Suite("Paragraph kinds from the words of plain text")
struct ParagraphKindTests {
  private func kinds(_ lines: [String]) throws -> [String] {
    let doc = try document(lines.joined(separator: "\n") + "\n", layout: .line)
    return doc.paragraphs.map(\.kind.rawValue)
  }

  @Test func newsHeaderZone() throws {
    let body =
      "The minister said on Tuesday that the plan would go ahead despite protests from unions and the opposition."
    let kinds = try kinds([
      "Minister defends plan as unions walk out", "By Jane Doe and Ali Khan",
      "Published 3 March 2024 10:42 GMT",
      "Photograph: Alex Brandon/AP", body,
    ])
    #expect(kinds == ["title", "byline", "dateline", "credit", "body"])
  }

  @Test func citationOfAQuotedHeadline() throws {
    let body =
      "The report, published last week, found that the agency had broken its own rules at least twice."
    let kinds = try kinds([
      "Agency broke rules, report finds", "“Inside the agency’s secret files”, The Guardian, 12 May 2023",
      body,
    ])
    #expect(kinds == ["title", "citation", "body"])
  }

  @Test func speechIsNotACitation() throws {
    let body = "Markets fell sharply on the news, with the index closing at its lowest level in three years."
    let kinds = try kinds(["Markets fall", body, "\"We will win,\" Trump said on Tuesday, June 5.", body])
    #expect(kinds == ["title", "body", "body", "body"])
  }

  @Test func omissionsAndSeparators() throws {
    let body = "Something happened here, and the writer described it at some length in a sentence."
    let kinds = try kinds([body, "...", body, "[…]", body, "* * *", body, "⁂"])
    #expect(kinds == ["body", "omission", "body", "omission", "body", "separator", "body", "separator"])
  }

  @Test func chapterHeadingsAndCapitalLines() throws {
    let body = "It is a truth universally acknowledged, that a single man in possession of a good fortune."
    let kinds = try kinds(["PRIDE AND PREJUDICE", "CHAPTER I.", body, "Chapter 2", body, "THE END"])
    #expect(kinds == ["title", "heading", "body", "heading", "body", "heading"])
  }

  @Test func gutenbergFieldLabels() throws {
    let body = "It was the best of times, it was the worst of times, it was the age of wisdom, and so on."
    let doc = try document(
      ["Title: Hard Times", "", "Author: Charles Dickens", "", body].joined(separator: "\n"))
    #expect(doc.paragraphs.map(\.kind) == [.title, .byline, .body])
    #expect(doc.metadata.title == "Hard Times")
    #expect(doc.metadata.byline == "Charles Dickens")
  }

  @Test func dialogueLinesStayBody() throws {
    let kinds = try kinds(["“Yes.”", "“No!” said he.", "“Emma!”"])
    #expect(kinds == ["body", "body", "body"])
  }
}
