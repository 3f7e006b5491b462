import SaysoCore

/// Corpus mode: the lists (documents, speakers, a speaker's quotes, search results), opening a
/// document from them, stepping through documents with ]d and [d, and what indexing reports.
extension AppState {
  mutating func reduceCorpus(_ action: Action) {
    switch action {
    case .corpusDocuments(let documents):
      corpus?.documents = documents
      syncOpenDocument()
      if case .documents? = corpus?.list?.kind { refreshDocumentList() }
    case .corpusProgress(let done, let total):
      corpus?.indexing = (done, total)
    case .corpusIndexed(let summary):
      corpus?.indexing = nil
      message = StatusMessage(summary)
    case .documentOpened(let document, let name, let id, let place):
      open(document, name: name, id: id, place: place)
    case .corpusSpeakers(let speakers):
      showList(.speakers, rows: CorpusListRows.speakers(speakers), keepCursor: true)
    case .corpusQuotes(let speaker, let quotes):
      showList(.quotes(speaker: speaker), rows: CorpusListRows.quotes(quotes), keepCursor: false)
      corpus?.list?.quoteCount = quotes.filter { $0.record.part == 1 }.count
    case .corpusSearched(let query, let hits):
      showList(.search(query: query), rows: CorpusListRows.hits(hits, query: query), keepCursor: false)
      if hits.isEmpty { message = StatusMessage("No paragraph has \(query)", isError: true) }
    default:
      break
    }
  }

  /// D, S, ]d and [d from the reader (and D and S from a list).
  mutating func runCorpusCommand(_ command: Command, count: Int?) {
    guard corpus != nil else {
      message = StatusMessage("One source is open: `sayso FOLDER` opens a corpus", isError: true)
      return
    }
    switch command {
    case .documents: showDocuments()
    case .corpusSpeakers: effects.append(.loadCorpusSpeakers)
    case .nextDocument: stepDocument(by: count ?? 1)
    case .previousDocument: stepDocument(by: -(count ?? 1))
    default: break
    }
  }

  /// `:search WORDS`: full-text search over the corpus.
  mutating func searchCorpus(_ words: String) {
    guard corpus != nil else {
      message = StatusMessage(
        "One source is open: / searches it; `sayso FOLDER` searches a corpus", isError: true)
      return
    }
    guard SearchText.ftsQuery(words) != nil else {
      message = StatusMessage(":search needs words: :search climate minister*", isError: true)
      return
    }
    effects.append(.searchCorpus(words))
  }

  mutating func showDocuments() {
    syncOpenDocument()
    guard let corpus else { return }
    showList(.documents, rows: corpus.documentRows(), keepCursor: false)
    if let open = corpus.openDocumentID,
      let index = self.corpus?.list?.rows.firstIndex(where: { $0.target == .document(open) })
    {
      self.corpus?.list?.cursor = index
    }
  }

  /// The open document's line in the list counts the annotations made since the list was read.
  mutating func syncOpenDocument() {
    guard let id = corpus?.openDocumentID, annotations.documentID == id,
      let index = corpus?.documents.firstIndex(where: { $0.id == id })
    else { return }
    corpus?.documents[index].annotations = annotations.items.filter { !$0.isOrphan }.count
  }

  /// Rebuilds the document list (new documents indexed, another sort) keeping the row under the cursor.
  mutating func refreshDocumentList() {
    guard let corpus, let list = corpus.list else { return }
    let current = list.current?.target
    var fresh = CorpusList(kind: .documents, rows: corpus.documentRows())
    fresh.filter = list.filter
    fresh.cursor = current.flatMap { target in fresh.visible.firstIndex { $0.target == target } } ?? 0
    self.corpus?.list = fresh
    keepListCursorInView()
  }

  mutating func showList(_ kind: CorpusList.Kind, rows: [CorpusListRow], keepCursor: Bool) {
    guard corpus != nil else { return }
    var list = CorpusList(kind: kind, rows: rows)
    if keepCursor, let old = corpus?.list, old.kind == kind {
      list.cursor = min(old.cursor, max(0, rows.count - 1))
      list.top = old.top
      list.filter = old.filter
    }
    if let old = corpus?.list, old.kind != kind { corpus?.previousList = old }
    corpus?.list = list
    if mode != .list { modeStack = modeStack.filter { $0 != .list } + [.list] }
    keepListCursorInView()
  }

  /// ]d and [d: the next or previous document in the list's order (wrapping at the ends).
  mutating func stepDocument(by delta: Int) {
    guard let corpus else { return }
    let documents = corpus.orderedDocuments()
    guard !documents.isEmpty else {
      message = StatusMessage(corpus.indexing == nil ? "No documents in this folder" : "Still indexing…")
      return
    }
    let here = corpus.openDocumentID.flatMap { id in documents.firstIndex { $0.id == id } }
    let start = here ?? (delta > 0 ? -1 : documents.count)
    let next = ((start + delta) % documents.count + documents.count) % documents.count
    effects.append(.openDocument(documents[next].id, place: nil))
  }

  /// A corpus document replaces the one in the reader: place, quotes, search and filter start afresh.
  mutating func open(_ document: Document, name: String, id: Int64, place: CorpusPlace?) {
    cache.reset()
    model = ReaderModel(
      document: document, analysis: .pending, name: name, includeIndirect: model.includesIndirect)
    foundAnalysis = .pending
    analysing = true
    corpus?.openDocumentID = id
    top = ReaderPosition(paragraph: 0, row: 0)
    cursor = 0
    currentQuote = nil
    search = nil
    filter = nil
    pickedSpeakers = []
    selection = nil
    reviewQueue = nil
    marks = [:]
    annotations.items = []
    pendingPlace = place
    if let place { go(toParagraph: place.paragraph, jump: true) }
    modeStack = modeStack.filter { $0 != .list }
    message = nil
  }

  /// Once the quotes of a document opened at a quote are known, that quote is the current one.
  mutating func goToPendingPlace() {
    guard let place = pendingPlace else { return }
    pendingPlace = nil
    go(toParagraph: place.paragraph, jump: true)
    if let offset = place.offset, let index = model.quote(at: offset, paragraph: place.paragraph),
      let step = model.stepIndex[index]
    {
      currentQuote = step
      keepFocusInView()
    }
  }
}
