import SaysoCore

extension AppState {
  /// `&QUERY` or `:filter QUERY`: narrows the reader and the quote list; an empty query clears it.
  mutating func applyFilter(_ text: String) {
    let trimmed = text.trimmingCharacters(in: [" "])
    guard !trimmed.isEmpty else {
      if filter != nil { message = StatusMessage("Filter cleared") }
      filter = nil
      pickedSpeakers = []
      rebuildModel()
      return
    }
    do {
      let query = try QueryParser.parse(trimmed)
      filter = FilterState(text: trimmed, query: query, hideContext: filter?.hideContext ?? false)
      rebuildModel()
      guard let filter else { return }
      message = StatusMessage(
        filter.quoteIDs.isEmpty && filter.paragraphs.isEmpty
          ? "Nothing matches \(trimmed)" : "\(filter.quoteIDs.count) of \(filter.total) quotes match",
        isError: filter.quoteIDs.isEmpty && filter.paragraphs.isEmpty)
      if let first = model.quotes.first?.paragraph ?? filter.paragraphs.first {
        go(toParagraph: first, jump: true)
      }
    } catch let error as QueryError {
      message = StatusMessage("Filter: \(error)", isError: true)
    } catch {
      message = StatusMessage("Filter: \(error)", isError: true)
    }
  }

  /// Works out what the filter matches in the corrected analysis (called whenever the model is rebuilt).
  mutating func evaluateFilter(_ analysis: QuoteAnalysis, confirmed: Set<Int>) -> Set<Int>? {
    guard var filter else { return nil }
    let context = QueryContext(
      document: model.document, name: model.name, analysis: analysis, confirmed: confirmed,
      annotations: annotations.items, codes: annotations.codes)
    let evaluator = QueryEvaluator(filter.query, context: context)
    var kinds: Set<QuoteKind> = QuoteKind.statements
    if model.includesIndirect { kinds.insert(.indirect) }
    let shown = analysis.quotes.indices.filter { kinds.contains(analysis.quotes[$0].kind) }
    let matching = shown.filter { evaluator.matches(quote: $0) }
    filter.quoteIDs = Set(matching.map { analysis.quotes[$0].id })
    filter.total = shown.count
    var paragraphs = Set(matching.flatMap { analysis.quotes[$0].parts.map(\.paragraph) })
    for index in model.document.paragraphs.indices where evaluator.matches(paragraph: index) {
      paragraphs.insert(index)
    }
    filter.paragraphSet = paragraphs
    filter.paragraphs = paragraphs.sorted()
    self.filter = filter
    return filter.quoteIDs
  }

  /// `z`: the paragraphs the filter leaves out are dimmed (context kept) or hidden.
  mutating func toggleContext() {
    guard filter != nil else {
      message = StatusMessage("No filter: & sets one")
      return
    }
    filter?.hideContext.toggle()
    let hidden = filter?.hideContext == true
    message = StatusMessage(hidden ? "Only matching paragraphs shown" : "Other paragraphs shown dimmed")
    keepInside()
    keepFocusInView()
  }

  /// A click on a speaker in the pane: adds them to (or takes them from) the speakers the filter shows.
  mutating func toggleSpeakerFilter(_ name: String) {
    if let index = pickedSpeakers.firstIndex(of: name) {
      pickedSpeakers.remove(at: index)
    } else {
      pickedSpeakers.append(name)
    }
    let picked = pickedSpeakers
    applyFilter(
      picked.map { "speaker:\"\($0.replacingOccurrences(of: "\"", with: "\\\""))\"" }.joined(
        separator: " or "))
    pickedSpeakers = picked
  }

  /// Tab in the filter or command line: completes the speaker or code name being typed.
  mutating func complete() {
    let text = line.text
    let start =
      text.lastIndex(where: { $0 == " " || $0 == "(" }).map { text.index(after: $0) } ?? text.startIndex
    let word = String(text[start...])
    let fields: [(String, [String])] = [
      ("speaker:", model.analysis.speakers.map(\.name) + annotations.knownSpeakers),
      ("code:", annotations.codes.map(\.name)), ("tag:", annotations.codes.map(\.name)),
    ]
    for (field, names) in fields where word.lowercased().hasPrefix(field) {
      let typed = word.dropFirst(field.count).trimmingCharacters(in: ["\""]).lowercased()
      let candidates = Array(Set(names.filter { $0.lowercased().hasPrefix(typed) })).sorted()
      guard let first = candidates.first else {
        message = StatusMessage("No \(field.dropLast()) starts with \(typed)", isError: true)
        return
      }
      // The longest prefix the candidates share; a whole name gets its quotes when it has spaces.
      var shared = first
      for candidate in candidates.dropFirst() {
        while !candidate.lowercased().hasPrefix(shared.lowercased()) { shared.removeLast() }
      }
      let value = candidates.count == 1 && shared.contains(" ") ? "\"\(shared)\"" : shared
      line.text = String(text[..<start]) + field + value + (candidates.count == 1 ? " " : "")
      if candidates.count > 1 { message = StatusMessage(candidates.prefix(8).joined(separator: " · ")) }
      return
    }
  }
}
