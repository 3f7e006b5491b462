import Foundation
import SaysoCore
import SaysoStore

/// The explorer's store: the workspace of the opened source, opened at start when one exists and
/// made on the first annotation otherwise. Each effect is one committed transaction, answered with
/// the action that tells the screen.
public final class WorkspaceBackend: AnnotationBackend {
  /// The document open (in corpus mode, the one opened last from the corpus).
  public internal(set) var document: Document
  /// The source's path; the bundled sample is filed under the current folder.
  public internal(set) var sourcePath: String
  public let coder: String
  let storePath: String
  var workspace: Workspace?
  var documentID: Int64?
  /// The journal entry last seen, to notice other processes' changes.
  var lastSeen: Int64 = 0
  /// The indexed folder, in corpus mode.
  public internal(set) var corpusFolder: String?
  /// The quotes found in the open document, before corrections (the corpus speaker index is
  /// rewritten from them when the researcher corrects a speaker).
  public var foundAnalysis: QuoteAnalysis?

  public init(document: Document, sourcePath: String, storeOverride: String?, coder: String) {
    self.document = document
    self.sourcePath = sourcePath
    self.coder = coder
    storePath = storeOverride ?? WorkspaceLocation.forSource(at: sourcePath)
  }

  /// The coder's name: $SAYSO_CODER, else the login name.
  public static func coderName(environment: [String: String]) -> String {
    for key in ["SAYSO_CODER", "USER", "LOGNAME"] {
      if let name = environment[key], !name.isEmpty { return name }
    }
    return "researcher"
  }

  /// Opens an existing workspace (re-anchoring after an edit) and reports what it holds; nil when
  /// there is none yet.
  public func openExisting() throws -> Action? {
    guard FileManager.default.fileExists(atPath: storePath) else { return nil }
    return try open(create: false)
  }

  private func open(create: Bool) throws -> Action {
    let workspace = try Workspace(path: storePath, create: create)
    let (id, _) = try workspace.open(document, path: sourcePath)
    self.workspace = workspace
    documentID = id
    lastSeen = try workspace.lastChange()
    return try opened(id, in: workspace)
  }

  /// What the screen needs of a document's workspace: its annotations, the codebook, the speakers
  /// named so far and the saved views.
  func opened(_ id: Int64, in workspace: Workspace) throws -> Action {
    let items = try workspace.annotations(documentID: id)
    return .workspaceOpened(
      documentID: id, annotations: items, codes: try workspace.codes(),
      orphans: items.filter(\.isOrphan).count, speakers: try workspace.researcherSpeakers(),
      views: try workspace.views())
  }

  public func perform(_ effect: Effect) -> [Action] {
    if corpusFolder != nil, let workspace, Self.isCorpusQuery(effect) {
      do {
        return try performCorpus(effect, in: workspace)
      } catch {
        return [.storeFailed("\(error)")]
      }
    }
    var actions: [Action] = []
    do {
      if workspace == nil { actions.append(try open(create: true)) }
      guard let workspace, let documentID else { return actions }
      // Another process wrote since we last looked: its changes are loaded after ours.
      let othersWrote = try workspace.lastChange() != lastSeen
      switch effect {
      case .commit(let change):
        actions.append(.committed(try workspace.apply(Self.filed(change, under: documentID), coder: coder)))
        reindexIfCorrected(change)
      case .undo:
        let change = try workspace.undo(coder: coder)
        actions.append(.undone(change))
        if let change { reindexIfCorrected(change) }
      case .redo:
        let change = try workspace.redo(coder: coder)
        actions.append(.redone(change))
        if let change { reindexIfCorrected(change) }
      case .saveView(let name, let query):
        try workspace.saveView(name: name, query: query)
        actions.append(.viewSaved(name: name, query: query))
      case .quit, .editNote, .writeFiles, .openDocument, .loadCorpusSpeakers, .loadSpeakerQuotes,
        .searchCorpus,
        .mergeCorpusSpeakers, .splitCorpusSpeaker:
        break
      }
      lastSeen = try workspace.lastChange()
      if othersWrote {
        actions.append(
          .reloaded(
            annotations: try workspace.annotations(documentID: documentID), codes: try workspace.codes()))
      }
    } catch {
      if case .commit(let change) = effect {
        actions.append(.commitFailed(change, "\(error)"))
      } else {
        actions.append(.storeFailed("\(error)"))
      }
    }
    return actions
  }

  public func poll() -> [Action] {
    guard let workspace, let documentID, let last = try? workspace.lastChange(), last != lastSeen else {
      return []
    }
    lastSeen = last
    guard let items = try? workspace.annotations(documentID: documentID), let codes = try? workspace.codes()
    else {
      return []
    }
    return [.reloaded(annotations: items, codes: codes)]
  }

  /// Annotations made before the workspace existed carry document id 0: file them under the real one.
  static func filed(_ change: Change, under id: Int64) -> Change {
    func fix(_ a: Annotation) -> Annotation {
      var a = a
      if a.documentID == 0 { a.documentID = id }
      return a
    }
    switch change {
    case .add(let a): return .add(fix(a))
    case .remove(let a): return .remove(fix(a))
    case .update(let old, let new): return .update(old: fix(old), new: fix(new))
    default: return change
    }
  }
}
