import SaysoCore

/// The keys of a corpus list: move, open the row, sort and filter documents, merge and split speakers.
extension AppState {
  /// Runs a command in a list; false when it is not a list command (help, the command line…).
  mutating func runList(_ command: Command, count: Int?) -> Bool {
    guard var list = corpus?.list else { return false }
    let page = max(1, listHeight - 1)
    let last = max(0, list.visible.count - 1)
    switch command {
    case .lineDown: list.cursor = min(last, list.cursor + (count ?? 1))
    case .lineUp: list.cursor = max(0, list.cursor - (count ?? 1))
    case .halfPageDown: list.cursor = min(last, list.cursor + page / 2)
    case .halfPageUp: list.cursor = max(0, list.cursor - page / 2)
    case .pageDown: list.cursor = min(last, list.cursor + page)
    case .pageUp: list.cursor = max(0, list.cursor - page)
    case .top: list.cursor = min(last, max(0, (count ?? 1) - 1))
    case .bottom: list.cursor = count.map { min(last, max(0, $0 - 1)) } ?? last
    case .openItem:
      openRow(list.current)
      return true
    case .close:
      closeList()
      return true
    case .quit:
      // q leaves a list for the document it was opened from; with none open, it quits.
      guard corpus?.openDocumentID != nil else { return false }
      closeList()
      return true
    case .sortNext, .sortReverse:
      guard list.kind == .documents, var corpus else {
        message = StatusMessage("Only the document list sorts", isError: true)
        return true
      }
      if command == .sortReverse {
        corpus.sortDescending.toggle()
      } else {
        let all = DocumentSort.allCases
        corpus.sort = all[(all.firstIndex(of: corpus.sort)! + 1) % all.count]
        // Numbers read best largest first, names A to Z.
        corpus.sortDescending = corpus.sort == .quotes || corpus.sort == .annotations || corpus.sort == .date
      }
      self.corpus = corpus
      refreshDocumentList()
      message = StatusMessage(
        "Sorted by \(corpus.sort.rawValue)\(corpus.sortDescending ? ", descending" : "")")
      return true
    case .filterList:
      enter(.search)
      line.text = list.filter
      return true
    case .markItem:
      guard case .speaker(let id, _)? = list.current?.target else {
        message = StatusMessage("m marks speakers to merge (S lists them)", isError: true)
        return true
      }
      if list.marked.remove(id) == nil { list.marked.insert(id) }
      list.cursor = min(last, list.cursor + 1)
    case .mergeMarked:
      guard case .speaker(let target, let name)? = list.current?.target else { return true }
      let sources = list.marked.subtracting([target])
      guard !sources.isEmpty else {
        message = StatusMessage("Mark speakers with m first, then M on the one they are", isError: true)
        return true
      }
      list.marked = []
      effects.append(.mergeCorpusSpeakers(sources.sorted(), into: target))
      message = StatusMessage("\(sources.count) speaker(s) merged into \(name) (X splits them again)")
    case .splitSpeaker:
      guard case .speaker(let id, let name)? = list.current?.target else { return true }
      effects.append(.splitCorpusSpeaker(id))
      message = StatusMessage("Speakers merged into \(name) split off")
    default:
      return false
    }
    corpus?.list = list
    keepListCursorInView()
    return true
  }

  /// Esc: back to the list this one came from (a speaker's quotes → the speakers), else to the reader.
  mutating func closeList() {
    if let previous = corpus?.previousList, previous.kind != corpus?.list?.kind,
      case .quotes = corpus?.list?.kind
    {
      corpus?.list = previous
      corpus?.previousList = nil
      return
    }
    guard corpus?.openDocumentID != nil else {
      message = StatusMessage("Enter opens a document; q quits")
      return
    }
    modeStack = modeStack.filter { $0 != .list }
  }

  mutating func openRow(_ row: CorpusListRow?) {
    guard let row else { return }
    switch row.target {
    case .document(let id):
      effects.append(.openDocument(id, place: nil))
    case .speaker(let id, let name):
      effects.append(.loadSpeakerQuotes(id, name: name))
    case .place(let id, let paragraph, let offset):
      let place = CorpusPlace(paragraph: paragraph, offset: offset)
      if id == corpus?.openDocumentID, !analysing {
        modeStack = modeStack.filter { $0 != .list }
        pendingPlace = place
        goToPendingPlace()
      } else {
        effects.append(.openDocument(id, place: place))
      }
    }
  }

  /// Rows a list shows under its title and column header.
  var listHeight: Int { max(1, rows - 5) }

  mutating func keepListCursorInView() {
    guard var list = corpus?.list else { return }
    list.cursor = min(list.cursor, max(0, list.visible.count - 1))
    if list.cursor < list.top { list.top = list.cursor }
    if list.cursor >= list.top + listHeight { list.top = list.cursor - listHeight + 1 }
    list.top = max(0, min(list.top, max(0, list.visible.count - listHeight)))
    corpus?.list = list
  }

  /// Typing after `/` in a list narrows it at once.
  mutating func filterListAsTyped() {
    guard mode == .search, modeStack.dropLast().last == .list else { return }
    corpus?.list?.filter = line.text
    corpus?.list?.cursor = 0
    keepListCursorInView()
  }
}
