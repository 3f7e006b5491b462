import Foundation
import SaysoCore
import SaysoStore
import SaysoTerminal
import SaysoUI

extension ExploreCommand {
  /// `sayso DIR`: the document list at once (what the index already holds), indexing what is new or
  /// changed in the background; Enter opens a document in the reader.
  func exploreCorpus(_ folder: String) throws -> Int32 {
    let root = URL(fileURLWithPath: folder).standardizedFileURL.path
    let workspace = try CorpusOpening.workspace(for: root, store: store)
    let indexer = CorpusIndexer(workspace: workspace, folder: root, genre: genre)
    let plan: CorpusIndexer.Plan
    let documents: [CorpusDocumentSummary]
    do {
      plan = try indexer.plan()
      documents = try workspace.corpusDocuments(under: root)
    } catch {
      throw SaysoError(.ioError, path: workspace.path, "cannot read the corpus index (\(error))")
    }
    let backend = WorkspaceBackend(
      corpus: workspace, folder: root,
      coder: WorkspaceBackend.coderName(environment: ProcessInfo.processInfo.environment))
    let name = URL(fileURLWithPath: root).lastPathComponent + "/"
    let session = try ExplorerSession(
      document: backend.document, name: name, backend: backend, noColor: noColor)
    session.state.corpus = CorpusState(folder: root, documents: documents)
    let indexing =
      plan.isEmpty ? nil : CorpusSession(indexer: indexer, plan: plan)
    if indexing != nil { session.state.corpus?.indexing = (0, plan.toRead.count) }
    session.state.reduce(.run(.documents))
    let status = ExplorerLoop.run(
      &session.state, terminal: session.terminal, backend: backend, indexing: indexing, genre: genre)
    session.terminal.close()
    // What is being written is finished (and kept) before the program ends.
    indexing?.stop()
    return status
  }
}
