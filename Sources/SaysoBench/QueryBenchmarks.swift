import Foundation
import SaysoCore

/// The query language's speed: a filter over 10,000 quotes that carry codes and notes, and a regular
/// expression over every paragraph of the largest novel. `--only query` runs these.
struct QueryBenchmarks {
  let corpus: URL
  let only: String?

  func run() {
    guard only.map({ "query".hasPrefix($0) || $0.hasPrefix("query") }) ?? true else { return }
    guard let novel = largestFile(in: corpus.appendingPathComponent("pdnc-dev"), suffix: ".txt"),
      let text = try? String(contentsOf: novel, encoding: .utf8)
    else { return }
    filterOverQuotes(text, name: novel.lastPathComponent)
    regexOverNovel(novel)
  }

  /// The novel three times over, its first 10,000 quotes, a code on every third quote and a note on every
  /// fifth; a filter mixing speakers, codes, notes, kinds and confidence.
  private func filterOverQuotes(_ text: String, name: String) {
    guard
      let document = try? Ingest.document(
        bytes: Array((text + "\n\n" + text + "\n\n" + text).utf8), path: name)
    else { return }
    var analysis = QuoteAnalyzer().analyze(document)
    analysis.quotes = Array(analysis.quotes.prefix(10_000))
    let codes = [Code(id: 1, name: "theme"), Code(id: 2, name: "theme/crime"), Code(id: 3, name: "voice")]
    var annotations: [Annotation] = []
    for (n, quote) in analysis.quotes.enumerated() {
      let anchor = TextAnchor(
        start: quote.range.lowerBound, end: quote.range.upperBound, exact: "", prefix: "", suffix: "")
      if n % 3 == 0 {
        annotations.append(
          Annotation(
            documentID: 1, targetKind: .quote, quoteID: quote.id, anchor: anchor,
            body: .code(Int64(1 + n % 3 + (n % 2))), coder: "b"))
      }
      if n % 5 == 0 {
        annotations.append(
          Annotation(
            documentID: 1, targetKind: .quote, quoteID: quote.id, anchor: anchor, body: .note("n"), coder: "b"
          ))
      }
    }
    let context = QueryContext(
      document: document, name: name, analysis: analysis, annotations: annotations, codes: codes)
    guard
      let query = try? QueryParser.parse(
        "(speaker:Fagin or speaker:Oliver or code:theme) -has:note kind:direct confidence<0.95")
    else { return }
    var matched = 0
    let seconds = Clock.best(of: 7) {
      matched = QueryEvaluator(query, context: context).matchingQuotes().count
    }
    report(
      "query_filter_quotes", seconds * 1e3, "ms",
      "\(analysis.quotes.count) quotes, \(annotations.count) codes and notes, \(matched) match; best of \(Clock.runs(7))"
    )
  }

  /// A regex over each paragraph of the novel.
  private func regexOverNovel(_ novel: URL) {
    guard let document = try? Ingest.file(novel.path),
      let query = try? QueryParser.parse("/\\b(said|cried|replied) (the )?(jew|old gentleman|oliver)\\b/")
    else { return }
    let context = QueryContext(
      document: document, name: novel.lastPathComponent, analysis: QuoteAnalysis(quotes: [], speakers: []))
    var matched = 0
    let seconds = Clock.best(of: 5) {
      matched = QueryEvaluator(query, context: context).matchingParagraphs().count
    }
    report(
      "query_regex_novel", seconds * 1e3, "ms",
      "\(novel.lastPathComponent), \(document.text.byteCount) bytes, \(document.paragraphs.count) paragraphs, \(matched) match; best of \(Clock.runs(5))"
    )
  }
}
