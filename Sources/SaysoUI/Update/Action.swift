import SaysoCore

/// What can happen to the explorer: a key, a resize, a mouse event, a command run by name, or the
/// answer of the world around it (the analysis finished, the store committed or failed).
public enum Action: Equatable, Sendable {
  case key(Key)
  case run(Command, count: Int? = nil, argument: Character? = nil)
  case resize(rows: Int, cols: Int)
  case mouse(MouseEvent)
  /// The background analysis is done: quotes and speakers arrive, the place is kept.
  case analysed(QuoteAnalysis)
  /// The workspace is open for this document: its annotations and codebook.
  case workspaceOpened(
    documentID: Int64, annotations: [Annotation], codes: [Code], orphans: Int, speakers: [String] = [],
    views: [String: String] = [:])
  /// Another process changed the workspace: its annotations and codebook as they are now.
  case reloaded(annotations: [Annotation], codes: [Code])
  /// The store committed a change (as stored: a new code has its id).
  case committed(Change)
  /// The store could not write a change; it stays in memory and is retried.
  case commitFailed(Change, String)
  /// Undo or redo ran in the store: the change it made, or nil when there was nothing to do.
  case undone(Change?)
  case redone(Change?)
  /// Undo or redo could not run (the store is unreadable): said loudly, nothing changed.
  case storeFailed(String)
  /// Files were written (nil) or could not be (the reason).
  case filesWritten([String], failure: String?)
  /// A view is saved in the workspace.
  case viewSaved(name: String, query: String)
  /// A note written in $EDITOR (nil: the editor failed or was left without saving).
  case externalNote(String?)
  /// The corpus's documents as the index has them now (at start, during and after indexing).
  case corpusDocuments([CorpusDocumentSummary])
  /// Indexing in the background: files done of the files to read; nil when it finished.
  case corpusProgress(done: Int, total: Int)
  case corpusIndexed(String)
  /// A document of the corpus is open in the reader (its quotes come with `.analysed`).
  case documentOpened(Document, name: String, documentID: Int64, place: CorpusPlace?)
  case corpusSpeakers([CorpusSpeakerSummary])
  case corpusQuotes(speaker: String, [CorpusQuote])
  case corpusSearched(query: String, [SearchHit])
}

/// Where to go in a document opened from a corpus list: a paragraph, and a quote's offset in it.
public struct CorpusPlace: Equatable, Sendable {
  public var paragraph: Int
  public var offset: Int?

  public init(paragraph: Int, offset: Int?) {
    self.paragraph = paragraph
    self.offset = offset
  }
}

/// What the reducer asks the program around it to do.
public enum Effect: Equatable, Sendable {
  case quit
  /// Commit this change to the workspace, then answer `.committed` or `.commitFailed`.
  case commit(Change)
  case undo
  case redo
  /// Write these files (path → contents), then answer `.filesWritten` (`:export`).
  case writeFiles([String: String])
  /// Keep a named query in the workspace, then answer `.viewSaved`.
  case saveView(name: String, query: String)
  /// Open $EDITOR on this text, then answer `.externalNote`.
  case editNote(String)
  /// Open a corpus document in the reader (and find its quotes), then answer `.documentOpened`.
  case openDocument(Int64, place: CorpusPlace?)
  /// Corpus queries, answered with `.corpusSpeakers`, `.corpusQuotes` and `.corpusSearched`.
  case loadCorpusSpeakers
  case loadSpeakerQuotes(Int64, name: String)
  case searchCorpus(String)
  /// Merge or split corpus speakers, then answer `.corpusSpeakers` with the list as it is now.
  case mergeCorpusSpeakers([Int64], into: Int64)
  case splitCorpusSpeaker(Int64)
}

extension AppState {
  /// Applies an action; returns what the runtime must do next.
  @discardableResult
  public mutating func reduce(_ action: Action) -> [Effect] {
    effects = []
    switch action {
    case .key(.resize):
      break
    case .key(.mouse(let event)), .mouse(let event):
      handleMouse(event)
    case .key(let key):
      handle(key)
    case .run(let command, let count, let argument):
      run(command, count: count, argument: argument)
    case .resize(let rows, let cols):
      resize(rows: rows, cols: cols)
    case .analysed(let analysis):
      foundAnalysis = analysis
      analysing = false
      rebuildModel()
      goToPendingPlace()
    case .workspaceOpened(let id, let items, let codes, let orphans, let speakers, let views):
      annotations.knownSpeakers = speakers
      annotations.views = views
      annotations.documentID = id
      annotations.items = items
      annotations.codes = codes
      annotations.orphans = orphans
      annotations.reindex(paragraphs: model.document.paragraphs)
      rebuildModel()
      if orphans > 0 {
        message = StatusMessage(
          "\(orphans) annotation(s) lost their place after the source changed: :orphans", isError: true)
      }
    case .reloaded(let items, let codes):
      annotations.items = items
      annotations.codes = codes
      annotations.reindex(paragraphs: model.document.paragraphs)
      rebuildModel()
      message = StatusMessage("Updated from another window")
    case .committed(let change):
      absorb(change, verb: "saved")
    case .commitFailed(let change, let reason):
      if !annotations.unsaved.contains(change) { annotations.unsaved.append(change) }
      annotations.save = .failed(reason)
      message = StatusMessage("NOT SAVED: \(reason) — kept in memory, retrying", isError: true)
    case .undone(let change):
      if let change { absorb(change, verb: "undone") } else { message = StatusMessage("Nothing to undo") }
    case .redone(let change):
      if let change { absorb(change, verb: "redone") } else { message = StatusMessage("Nothing to redo") }
    case .storeFailed(let reason):
      annotations.save = annotations.unsaved.isEmpty ? .saved : annotations.save
      message = StatusMessage("Workspace error: \(reason)", isError: true)
    case .filesWritten(let paths, let failure):
      if let failure {
        message = StatusMessage("Export failed: \(failure)", isError: true)
      } else {
        message = StatusMessage("Exported: " + paths.joined(separator: ", "))
      }
    case .viewSaved(let name, let query):
      annotations.views[name] = query
      annotations.save = annotations.unsaved.isEmpty ? .saved : annotations.save
      message = StatusMessage("View \(name) saved: \(query)")
    case .externalNote(let text):
      if let text { saveNote(text) } else { message = StatusMessage("Note not changed") }
    case .corpusDocuments, .corpusProgress, .corpusIndexed, .documentOpened, .corpusSpeakers, .corpusQuotes,
      .corpusSearched:
      reduceCorpus(action)
    }
    if shouldQuit { effects.append(.quit) }
    return effects
  }

  mutating func resize(rows: Int, cols: Int) {
    self.rows = max(1, rows)
    self.cols = max(1, cols)
    // The current quote or the cursor's paragraph stays in view at the new size.
    keepInside()
    keepFocusInView()
  }
}
