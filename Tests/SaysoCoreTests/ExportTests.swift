import Foundation
import SaysoTestSupport
import Testing

@testable import SaysoCore

@Suite("Exports check their offsets and read back")
struct ExportTests {
  private func source(_ annotations: [Annotation]) throws -> ExportSource {
    let document = try SampleDocument.load()
    return ExportSource(
      path: "sample.txt", document: document, analysis: QuoteAnalyzer().analyze(document),
      annotations: annotations,
      codes: [Code(id: 1, name: "economy")])
  }

  @Test func anAnnotationWhoseTextIsNotAtItsOffsetsStopsTheExport() throws {
    let lying = Annotation(
      documentID: 1, targetKind: .span,
      anchor: TextAnchor(start: 0, end: 9, exact: "Macrosoft", prefix: "", suffix: ""),
      body: .note("x"), coder: "ana")
    #expect(throws: ExportError.self) { try source([lying]).verify() }
    let honest = Annotation(
      documentID: 1, targetKind: .span,
      anchor: TextAnchor(start: 0, end: 9, exact: "Microsoft", prefix: "", suffix: ""),
      body: .note("x"), coder: "ana")
    try source([honest]).verify()
  }

  @Test func jsonlAndW3CReadBackWhatTheyWrote() throws {
    let document = try SampleDocument.load()
    let paragraph = document.paragraphs[5].range
    let annotations = [
      Annotation(
        documentID: 1, targetKind: .paragraph, anchor: TextAnchor(range: paragraph, in: document.text),
        body: .code(1),
        coder: "ana", created: Date(timeIntervalSince1970: 1_700_000_000)),
      Annotation(
        documentID: 1, targetKind: .span, anchor: TextAnchor(range: 0..<9, in: document.text),
        body: .note("名前 \"x\"\n2"),
        coder: "ben", created: Date(timeIntervalSince1970: 1_700_000_100)),
    ]
    let source = try source(annotations)
    let fromJSONL = try JSONLExport.read(JSONLExport.lines(source).joined(separator: "\n"))
    let fromW3C = try W3CExport.read(W3CExport.document([source]))
    // Exports are in text order: the note on the first word comes first.
    let ordered = annotations.sorted { $0.anchor.start < $1.anchor.start }
    for imported in [fromJSONL, fromW3C] {
      #expect(imported.map(\.annotation.id) == ordered.map(\.id))
      #expect(imported.map(\.annotation.anchor) == ordered.map(\.anchor))
      #expect(imported.map(\.codePath) == [nil, "economy"])
      #expect(imported[0].annotation.body == .note("名前 \"x\"\n2"))
      #expect(imported.map(\.annotation.coder) == ["ben", "ana"])
      #expect(imported.allSatisfy { $0.sha256 == document.text.sha256 })
    }
  }

  @Test func markdownEscapesWhatWouldFormat() {
    #expect(MarkdownReport.escape("*bold* [link](x) <b>") == "\\*bold\\* \\[link\\](x) \\<b\\>")
  }
}

@Suite("REFI-QDA project")
struct QDPXTests {
  @Test func theProjectIsValidAgainstTheREFISchema() throws {
    let document = try SampleDocument.load()
    let analysis = QuoteAnalyzer().analyze(document)
    let quote = analysis.quotes.first { $0.kind == .direct }!
    let annotations = [
      Annotation(
        documentID: 1, targetKind: .quote, quoteID: quote.id,
        anchor: TextAnchor(range: quote.range, in: document.text),
        body: .code(1), coder: "ana"),
      Annotation(
        documentID: 1, targetKind: .paragraph,
        anchor: TextAnchor(range: document.paragraphs[5].range, in: document.text),
        body: .note("a note <with> & markup \u{1B}"), coder: "ben"),
      Annotation(
        documentID: 1, targetKind: .span, anchor: TextAnchor(range: 0..<9, in: document.text), body: .code(2),
        coder: "ana"),
    ]
    let source = ExportSource(
      path: "sample.txt", document: document, analysis: analysis, annotations: annotations,
      codes: [Code(id: 1, name: "economy/jobs"), Code(id: 2, name: "framing")])
    let archive = QDPXProject.archive([source])
    let schema = Fixtures.path("refi-qda/Project-mrt2019.xsd")
    #expect(XMLSchemaCheck.problems(xml: archive.project, schemaPath: schema) == [])
    #expect(archive.sources.values.first == document.text.string)
    #expect(archive.project.contains("name=\"Speaker\""))
    #expect(archive.project.contains("name=\"jobs\""))
    #expect(archive.project.contains("&lt;with&gt; &amp; markup"))
    // The same export twice is the same project: GUIDs come from content.
    #expect(QDPXProject.archive([source]).project == archive.project)
    // And the check does catch a project that breaks the schema.
    let broken = archive.project.replacingOccurrences(of: "<Users>", with: "<Users><Stranger/>")
    #expect(!XMLSchemaCheck.problems(xml: broken, schemaPath: schema).isEmpty)
  }
}
