import Foundation
import SaysoCore
import SaysoStore

extension WorkspaceBackend {
  /// The backend of `sayso DIR`: the folder's workspace, open from the start, with no document until
  /// one is opened from the corpus.
  public convenience init(corpus workspace: Workspace, folder: String, coder: String) {
    self.init(document: .empty, sourcePath: folder, storeOverride: workspace.path, coder: coder)
    self.workspace = workspace
    corpusFolder = folder
    lastSeen = (try? workspace.lastChange()) ?? 0
  }

  static func isCorpusQuery(_ effect: Effect) -> Bool {
    switch effect {
    case .loadCorpusSpeakers, .loadSpeakerQuotes, .searchCorpus, .mergeCorpusSpeakers, .splitCorpusSpeaker:
      return true
    default:
      return false
    }
  }

  /// Opens a corpus document as the index read it (its source is read again only if the index lost
  /// it), and answers with the document and its workspace state.
  public func openDocument(_ id: Int64, place: CorpusPlace?) throws -> [Action] {
    guard let workspace else { return [] }
    let document: Document
    if let indexed = try workspace.indexedDocument(id) {
      document = indexed
    } else if let path = try workspace.documents().first(where: { $0.id == id })?.path {
      document = try Ingest.file(path)
    } else {
      return [.storeFailed("document \(id) is not in the workspace any more")]
    }
    self.document = document
    sourcePath = document.path ?? sourcePath
    documentID = id
    foundAnalysis = nil
    // Within the corpus, by its path under the folder: pages saved as index.html or source.html in
    // folders of their own are told apart.
    let folder = (corpusFolder ?? "") + "/"
    let name = sourcePath.hasPrefix(folder) ? String(sourcePath.dropFirst(folder.count)) : sourcePath
    return [
      .documentOpened(document, name: name, documentID: id, place: place), try opened(id, in: workspace),
    ]
  }

  /// The corpus's documents as the index has them now.
  public func corpusDocuments() -> [CorpusDocumentSummary] {
    guard let workspace, let corpusFolder else { return [] }
    return (try? workspace.corpusDocuments(under: corpusFolder)) ?? []
  }

  func performCorpus(_ effect: Effect, in workspace: Workspace) throws -> [Action] {
    guard let folder = corpusFolder else { return [] }
    switch effect {
    case .loadCorpusSpeakers:
      return [.corpusSpeakers(try workspace.corpusSpeakers(under: folder))]
    case .loadSpeakerQuotes(let id, let name):
      return [.corpusQuotes(speaker: name, try workspace.corpusQuotes(bySpeaker: id, under: folder))]
    case .searchCorpus(let query):
      return [.corpusSearched(query: query, try workspace.search(query, under: folder, limit: 500) ?? [])]
    case .mergeCorpusSpeakers(let ids, let target):
      try workspace.mergeSpeakers(ids, into: target)
      return [.corpusSpeakers(try workspace.corpusSpeakers(under: folder))]
    case .splitCorpusSpeaker(let id):
      try workspace.splitSpeaker(id)
      return [.corpusSpeakers(try workspace.corpusSpeakers(under: folder))]
    default:
      return []
    }
  }

  /// A speaker reassigned or a quote rejected changes who says what in the corpus: the open
  /// document's quotes are rewritten in the speaker index (corrections applied by the store).
  func reindexIfCorrected(_ change: Change) {
    guard corpusFolder != nil, let workspace, let documentID, let found = foundAnalysis else { return }
    guard change.correctsAnalysis else { return }
    let file = CorpusFile(path: sourcePath, size: 0, modified: 0)
    try? workspace.reindexQuotes(
      IndexedDocument(file: file, document: document, analysis: found), documentID: documentID)
  }
}

extension Change {
  /// Whether the change adds, removes or edits a speaker correction or a review (codes and notes do
  /// not change the analysis).
  var correctsAnalysis: Bool {
    func corrects(_ a: Annotation) -> Bool {
      switch a.body {
      case .speaker, .review: return true
      case .code, .note: return false
      }
    }
    switch self {
    case .add(let a), .remove(let a): return corrects(a)
    case .update(let old, let new): return corrects(old) || corrects(new)
    case .batch(let changes): return changes.contains(where: \.correctsAnalysis)
    case .addCode, .removeCode, .updateCode: return false
    }
  }
}
