import SaysoCore

extension AppState {
  /// Moves to the quote `steps` away: from the current quote when it is in view, else from the view.
  mutating func stepQuote(by steps: Int) {
    guard !model.quotes.isEmpty else {
      message = StatusMessage("No quotes in this document", isError: true)
      return
    }
    let index = startingQuote(forward: steps > 0) + (steps > 0 ? steps - 1 : steps + 1)
    guard index >= 0, index < model.quotes.count else {
      message = StatusMessage(steps > 0 ? "No quote after this one" : "No quote before this one")
      if let last = steps > 0 ? model.quotes.indices.last : 0, currentQuote == nil { select(quote: last) }
      return
    }
    select(quote: index)
  }

  /// The index `stepQuote` counts from: one past the current quote if it is in view, else the first
  /// quote at or after the view's top (forward) or the last before its bottom (backward).
  private func startingQuote(forward: Bool) -> Int {
    if let current = currentQuote, isInView(model.quotes[current]) { return current + (forward ? 1 : -1) }
    let top = self.top.paragraph
    let bottom = self.bottom.paragraph
    if forward { return model.quotes.firstIndex { $0.paragraph >= top } ?? model.quotes.count }
    return model.quotes.lastIndex { $0.paragraph <= bottom } ?? -1
  }

  func isInView(_ quote: Quote) -> Bool {
    quote.paragraph >= top.paragraph && quote.paragraph <= bottom.paragraph
  }

  /// The next (or previous) quote whose speaker is the current quote's speaker.
  mutating func stepSameSpeaker(forward: Bool, count: Int) {
    guard let current = currentQuote ?? (model.quotes.isEmpty ? nil : startingQuote(forward: true)),
      current < model.quotes.count
    else {
      message = StatusMessage("No quotes in this document", isError: true)
      return
    }
    guard let speaker = model.quotes[current].attribution?.speaker else {
      message = StatusMessage("This quote has no speaker", isError: true)
      return
    }
    var index = current
    var found = 0
    let indices = forward ? Array((current + 1)..<model.quotes.count) : Array((0..<current).reversed())
    for candidate in indices where model.quotes[candidate].attribution?.speaker == speaker {
      index = candidate
      found += 1
      if found == count { break }
    }
    guard index != current else {
      message = StatusMessage(
        "No \(forward ? "later" : "earlier") quote by \(model.analysis.speakers[speaker].name)")
      return
    }
    select(quote: index)
  }

  /// Makes quote `index` the current one and brings its start into view.
  mutating func select(quote index: Int) {
    currentQuote = index
    let quote = model.quotes[index]
    ensureVisible(span: quote.range, paragraph: quote.paragraph)
    detailTop = 0
  }

  mutating func selectFirstVisibleQuote() {
    let top = self.top.paragraph
    if let index = model.quotes.firstIndex(where: { $0.paragraph >= top }) { currentQuote = index }
  }

  /// The detail popup of the current quote (or of the first quote in the cursor's paragraph).
  mutating func openDetail() {
    if currentQuote == nil || quote.map({ !isInView($0) }) == true {
      currentQuote = model.quotes.firstIndex { $0.paragraph >= cursor }
    }
    guard currentQuote != nil else {
      message = StatusMessage("No quote here", isError: true)
      return
    }
    detailTop = 0
    modeStack.append(.detail)
  }

  /// Shows or hides reported speech: the model is rebuilt with or without it, keeping the place.
  mutating func toggleIndirect() {
    let count = model.analysis.quotes.filter { $0.kind == .indirect }.count
    guard count > 0 else {
      message = StatusMessage("No reported speech found in this document")
      return
    }
    let including = !model.includesIndirect
    let currentID = quote?.id
    model = ReaderModel(
      document: model.document, analysis: model.analysis, name: model.name, includeIndirect: including)
    currentQuote = currentID.flatMap { id in model.quotes.firstIndex { $0.id == id } }
    message = StatusMessage(including ? "Reported speech shown (\(count))" : "Reported speech hidden")
  }
}
