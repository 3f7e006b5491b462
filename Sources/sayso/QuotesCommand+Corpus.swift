import Foundation
import SaysoCore

extension QuotesCommand {
  /// `sayso quotes DIR`: the quotes of every document of the folder, each with its document's path.
  /// Statements come straight from the index; a query or other kinds find each document's quotes again.
  func runCorpus(folder: String, query: Query?) throws {
    let (workspace, _, _) = try CorpusOpening.indexed(folder, store: store, genre: genre)
    let root = URL(fileURLWithPath: folder).standardizedFileURL.path
    var quotes: [CorpusQuote] = []
    if query == nil && kinds == QuoteKind.statements {
      quotes = try workspace.corpusQuotes(under: root).sorted {
        ($0.path, $0.record.range.lowerBound, $0.record.part) < (
          $1.path, $1.record.range.lowerBound, $1.record.part
        )
      }
    } else {
      try CorpusDocuments.each(in: workspace, under: root, genre: genre) { item in
        var analysis = item.context.analysis
        if let query {
          analysis.quotes = QueryEvaluator(query, context: item.context).matchingQuotes().map {
            analysis.quotes[$0]
          }
        }
        quotes += QuoteRecord.records(analysis, in: item.document, kinds: kinds).map {
          CorpusQuote(
            documentID: item.summary.id, path: item.summary.path, title: item.summary.title, record: $0)
        }
      }
    }
    switch format {
    case .jsonl:
      for quote in quotes {
        var object = quote.record.json()
        object.string("path", quote.path)
        StandardOutput.shared.write(object.finished() + [0x0A])
      }
    case .csv:
      StandardOutput.shared.write(Array(QuoteTable.csv(quotes.map(\.record), paths: quotes.map(\.path)).utf8))
    case .table:
      let names = quotes.map {
        TerminalText.sanitized(relative($0.path, to: root), keepTabs: false).padded(28)
      }
      for (name, line) in zip(names, QuoteTable.lines(quotes.map(\.record))) {
        StandardOutput.shared.line(name + line)
      }
    }
  }
}
