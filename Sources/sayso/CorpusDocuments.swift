import Foundation
import SaysoCore
import SaysoStore

/// The documents of an indexed folder rebuilt from the index, each with its quotes found again and
/// the researcher's corrections applied, for the commands that need more than the stored quote rows
/// (a `--where` query, reported speech, exports). Documents are analysed on every core, in path order.
enum CorpusDocuments {
  struct Item: Sendable {
    var summary: CorpusDocumentSummary
    var document: Document
    /// The quotes as found, before the corrections (exports apply those themselves).
    var found: QuoteAnalysis
    /// The corrected analysis with the annotations and codebook, for queries.
    var context: QueryContext
  }

  static func each(
    in workspace: Workspace, under folder: String, genre: Genre = .auto, _ body: (Item) throws -> Void
  ) throws {
    let summaries = try workspace.corpusDocuments(under: folder)
    let codes = try workspace.codes()
    let work = OrderedWork<Item?>(count: summaries.count) { i in
      let summary = summaries[i]
      guard let document = try? workspace.indexedDocument(summary.id) else { return nil }
      let annotations = (try? workspace.annotations(documentID: summary.id)) ?? []
      let found = QuoteAnalyzer(genre: genre, usesSecondCore: false).analyze(document)
      let context = WorkspaceView(annotations: annotations, codes: codes)
        .context(document, name: summary.path, analysis: found)
      return Item(summary: summary, document: document, found: found, context: context)
    }
    defer { work.cancel() }
    for _ in summaries.indices {
      guard let item = work.next() else { break }
      if let item { try body(item) }
    }
  }
}
