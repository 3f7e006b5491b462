import SaysoTestSupport
import Testing

@testable import SaysoCore

@Suite("Query evaluation on the sample article and a novel")
struct QueryEvaluatorTests {
  private func context() throws -> QueryContext {
    let document = try SampleDocument.load()
    return QueryContext(
      document: document, name: "azure-inquiry.txt", analysis: QuoteAnalyzer().analyze(document))
  }

  private func quotes(_ query: String, in context: QueryContext) throws -> [String] {
    // The statements, as `sayso quotes` lists them by default.
    let evaluator = QueryEvaluator(try QueryParser.parse(query), context: context)
    return evaluator.matchingQuotes().map { context.analysis.quotes[$0] }
      .filter { [.direct, .partial, .block].contains($0.kind) }
      .map { context.document.text.substring($0.range) }
  }

  @Test func speakersKindsAndText() throws {
    let context = try context()
    #expect(try quotes("speaker:\"no azure for apartheid\"", in: context).count == 3)
    #expect(try quotes("speaker:azur", in: context).isEmpty, "part of a word is not the name")
    #expect(try quotes("speaker:apartheid", in: context).count == 3, "a whole word of the name is")
    #expect(try quotes("speaker:\"the company\"", in: context).count == 5, "aliases count")
    #expect(try quotes("kind:direct", in: context).count == 2)
    #expect(try quotes("speaker:Microsoft -kind:partial", in: context).count == 2)
    #expect(
      try quotes("genocide or \"terms of service\"", in: context) == ["complicity in genocide and apartheid"])
    #expect(try quotes("/harm(ed)? people/", in: context) == ["to target or harm people"])
    #expect(try quotes("confidence<0.5", in: context) == ["urgent"])
    #expect(try quotes("para:12-13", in: context).count == 3)
    #expect(try quotes("doc:azure*", in: context).count == 8)
    #expect(try quotes("doc:guardian", in: context).isEmpty)
    #expect(try quotes("unattributed", in: context).isEmpty)
  }

  @Test func codesNotesAndConfirmationsComeFromAnnotations() throws {
    var context = try context()
    let quote = context.analysis.quotes.first { $0.kind == .direct }!
    let paragraph = context.document.paragraphs[5]
    context.codes = [
      Code(id: 1, name: "economy"), Code(id: 2, name: "economy/jobs"), Code(id: 3, name: "blame"),
    ]
    context.annotations = [
      Annotation(
        documentID: 1, targetKind: .quote, quoteID: quote.id,
        anchor: TextAnchor(range: quote.range, in: context.document.text),
        body: .code(2), coder: "ana"),
      Annotation(
        documentID: 1, targetKind: .paragraph,
        anchor: TextAnchor(range: paragraph.range, in: context.document.text),
        body: .note("check"), coder: "ana"),
    ]
    context.confirmed = [quote.id]
    let evaluator = QueryEvaluator(try QueryParser.parse("code:economy"), context: context)
    #expect(
      evaluator.matchingQuotes().map { context.analysis.quotes[$0].id } == [quote.id],
      "a code takes its children")
    #expect(try quotes("code:economy/jobs confirmed", in: context).count == 1)
    #expect(try quotes("code:blame", in: context).isEmpty)
    #expect(try quotes("has:code", in: context).count == 1)
    let notes = QueryEvaluator(try QueryParser.parse("has:note"), context: context)
    #expect(notes.matchingParagraphs() == [5])
    let uncoded = QueryEvaluator(try QueryParser.parse("kind:direct -has:code"), context: context)
    #expect(uncoded.matchingQuotes().count == 1)
  }

  @Test func paragraphsMatchByTheirOwnTextOrTheirQuotes() throws {
    let context = try context()
    let evaluator = QueryEvaluator(
      try QueryParser.parse("speaker:\"No Azure for Apartheid\""), context: context)
    #expect(evaluator.matchingParagraphs() == [11, 12])
    let words = QueryEvaluator(try QueryParser.parse("Covington"), context: context)
    #expect(words.matchingParagraphs() == [7])
  }

  @Test func aQueryAndItsNegationPartitionEveryQuoteAndParagraph() throws {
    let text = try String(contentsOfFile: Fixtures.path("pride-and-prejudice-excerpt.txt"), encoding: .utf8)
    let document = try Ingest.document(bytes: Array(text.utf8), path: "pride.txt")
    let novel = QueryContext(
      document: document, name: "pride.txt", analysis: QuoteAnalyzer().analyze(document))
    let queries = [
      "speaker:Bennet", "kind:direct", "confidence<0.7", "\"my dear\"", "para:1-10 or unattributed",
      "speaker:Elizabeth (kind:partial | /\\bno\\b/)", "-speaker:Bennet has:note", "doc:pride",
    ]
    for text in queries {
      let query = try QueryParser.parse(text)
      let yes = QueryEvaluator(query, context: novel)
      let no = QueryEvaluator(.not(query), context: novel)
      for index in novel.analysis.quotes.indices {
        #expect(yes.matches(quote: index) != no.matches(quote: index), "\(text) quote \(index)")
      }
      for index in novel.document.paragraphs.indices {
        #expect(yes.matches(paragraph: index) != no.matches(paragraph: index), "\(text) paragraph \(index)")
      }
    }
  }
}

@Suite("Query evaluation on a novel of the PDNC dev set")
struct NovelQueryTests {
  private static let context: QueryContext = {
    let path = Fixtures.path("pdnc/DaisyMiller.txt")
    let document = try! Ingest.file(path)
    return QueryContext(
      document: document, name: "DaisyMiller.txt", analysis: QuoteAnalyzer().analyze(document))
  }()

  private func quotes(_ text: String) throws -> [Quote] {
    let context = Self.context
    return QueryEvaluator(try QueryParser.parse(text), context: context).matchingQuotes().map {
      context.analysis.quotes[$0]
    }
  }

  @Test func speakersAreFoundByAnyOfTheirNames() throws {
    let winterbourne = try quotes("speaker:Winterbourne")
    #expect(winterbourne.count > 100)
    let names = Set(winterbourne.compactMap { Self.context.analysis.speaker(of: $0)?.name })
    #expect(names == ["Mr. Winterbourne"])
    let daisy = try quotes("speaker:daisy")
    let either = try quotes("speaker:Daisy | speaker:Winterbourne")
    #expect(either.count == daisy.count + winterbourne.count)
    #expect(try quotes("speaker:Daisy speaker:Winterbourne").isEmpty, "no quote has two speakers")
  }

  @Test func rangesKindsAndRegexesHold() throws {
    let early = try quotes("para:1-50 kind:direct")
    #expect(!early.isEmpty && early.allSatisfy { $0.paragraph < 50 && $0.kind == .direct })
    let evaluator = QueryEvaluator(try QueryParser.parse("/\\bRome\\b/"), context: Self.context)
    let paragraphs = evaluator.matchingParagraphs()
    #expect(!paragraphs.isEmpty)
    for index in paragraphs {
      let text = Self.context.document.text.substring(Self.context.document.paragraphs[index].range)
      #expect(text.contains("Rome"))
    }
    let unsure = try quotes("confidence<0.6")
    #expect(unsure.allSatisfy { ($0.attribution?.confidence ?? 1) < 0.6 })
  }

  @Test func aQueryAndItsNegationPartitionTheNovel() throws {
    let context = Self.context
    for text in [
      "speaker:Winterbourne kind:direct", "\"my dear\" or confidence>=0.9", "-(para:100-300 | unattributed)",
    ] {
      let query = try QueryParser.parse(text)
      let yes = Set(QueryEvaluator(query, context: context).matchingQuotes())
      let no = Set(QueryEvaluator(.not(query), context: context).matchingQuotes())
      #expect(yes.isDisjoint(with: no))
      #expect(yes.count + no.count == context.analysis.quotes.count, "\(text)")
    }
  }
}
