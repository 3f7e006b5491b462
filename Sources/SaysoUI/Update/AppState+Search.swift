import SaysoCore

extension AppState {
  /// Runs the line of the search or command prompt.
  mutating func submitLine() {
    let mode = self.mode
    let text = line.text
    modeStack.removeLast()
    line.record(text, in: mode)
    if mode == .search, self.mode == .list {
      corpus?.list?.filter = text
    } else if mode == .filter {
      applyFilter(text)
    } else if mode == .search {
      if text.isEmpty, let previous = search {
        search?.highlighted = true
        stepMatch(forward: true, count: 1, query: previous.query)
      } else if !text.isEmpty {
        startSearch(text)
      }
    } else {
      runCommandLine(text)
    }
  }

  mutating func startSearch(_ query: String) {
    var matches: [Range<Int>]
    if query.hasPrefix(":") {
      // `/:speaker:Obama kind:direct`: the query language; matches are the quotes (or paragraphs) it finds.
      do {
        matches = try queryMatches(QueryParser.parse(String(query.dropFirst())))
      } catch {
        message = StatusMessage("Search: \(error)", isError: true)
        return
      }
    } else {
      matches = TextSearch.matches(of: query, in: model.document.text)
    }
    search = SearchState(query: query, matches: matches, current: nil)
    guard !matches.isEmpty else {
      message = StatusMessage("Pattern not found: \(query)", isError: true)
      return
    }
    stepMatch(forward: true, count: 1, query: query, fromView: true)
  }

  /// Goes to the next (or previous) match after the last one visited, or after the view's top.
  mutating func stepMatch(forward: Bool, count: Int, query: String? = nil, fromView: Bool = false) {
    guard var search, !search.matches.isEmpty else {
      message = StatusMessage(
        self.search == nil ? "No search yet: / to search" : "Pattern not found", isError: true)
      return
    }
    search.highlighted = true
    let matches = search.matches
    var index: Int
    if let current = search.current, !fromView {
      index = current + (forward ? count : -count)
    } else {
      let start = model.document.paragraphs.isEmpty ? 0 : model.document.paragraphs[cursor].start
      let firstAfter = matches.firstIndex { $0.lowerBound >= start } ?? matches.count
      index = forward ? firstAfter + count - 1 : firstAfter - count
    }
    var wrapped = false
    if index >= matches.count {
      index %= matches.count
      wrapped = true
    } else if index < 0 {
      index = ((index % matches.count) + matches.count) % matches.count
      wrapped = true
    }
    search.current = index
    self.search = search
    let match = matches[index]
    let paragraph = paragraphIndex(containing: match.lowerBound)
    ensureVisible(offset: match.lowerBound, paragraph: paragraph)
    if wrapped {
      message = StatusMessage(forward ? "Search wrapped to the top" : "Search wrapped to the bottom")
    }
  }

  /// The ranges a query search highlights: each matching quote, and each matching paragraph that
  /// holds none of them.
  func queryMatches(_ query: Query) -> [Range<Int>] {
    let context = QueryContext(
      document: model.document, name: model.name, analysis: model.analysis, confirmed: model.confirmed,
      annotations: annotations.items, codes: annotations.codes)
    let evaluator = QueryEvaluator(query, context: context)
    let shown = Set(model.quotes.map(\.id))
    var ranges: [Range<Int>] = []
    var covered: Set<Int> = []
    for index in evaluator.matchingQuotes() where shown.contains(model.analysis.quotes[index].id) {
      for part in model.analysis.quotes[index].parts {
        ranges.append(part.range)
        covered.insert(part.paragraph)
      }
    }
    for index in model.document.paragraphs.indices
    where !covered.contains(index) && evaluator.matches(paragraph: index) {
      ranges.append(model.document.paragraphs[index].range)
    }
    return ranges.sorted { $0.lowerBound < $1.lowerBound }
  }

  /// The paragraph holding a document offset (the one before it, for offsets between paragraphs).
  func paragraphIndex(containing offset: Int) -> Int {
    model.document.paragraphs.index(containing: offset) ?? 0
  }
}
