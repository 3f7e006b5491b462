extension AppState {
  /// The wheel scrolls what is under it; a click selects the paragraph and quote under it, a quote in
  /// the list, or a speaker's first quote after the view.
  mutating func handleMouse(_ event: MouseEvent) {
    switch event.kind {
    case .wheelDown:
      if mode == .help { helpTop += 3 } else if mode == .detail { detailTop += 3 } else { scroll(by: 3) }
    case .wheelUp:
      if mode == .help {
        helpTop = max(0, helpTop - 3)
      } else if mode == .detail {
        detailTop = max(0, detailTop - 3)
      } else {
        scroll(by: -3)
      }
    case .click, .press, .doubleClick:
      guard mode == .normal else { return }
      let screen = self.screen
      if let rect = screen.quotes, rect.contains(row: event.row, col: event.col) {
        clickQuoteList(row: event.row - rect.row - 1, rect: rect)
      } else if let rect = screen.speakers, rect.contains(row: event.row, col: event.col) {
        clickSpeaker(row: event.row - rect.row - 1, rect: rect)
      } else if let hit = ReaderView.hit(self, row: event.row, col: event.col) {
        cursor = hit.paragraph
        dragAnchor = hit.offset
        if let offset = hit.offset, let quote = model.quote(at: offset, paragraph: hit.paragraph),
          let step = model.stepIndex[quote]
        {
          currentQuote = step
          if event.kind == .doubleClick { openDetail() }
        }
      }
    case .drag:
      // Dragging over the text selects it, as `v` would.
      guard let anchor = dragAnchor, mode == .normal || mode == .visual,
        let hit = ReaderView.hit(self, row: event.row, col: event.col), let offset = hit.offset
      else { return }
      selection = Selection(anchor: anchor, head: offset)
      if mode == .normal { modeStack.append(.visual) }
    case .release:
      dragAnchor = nil
    }
    keepInside()
  }

  private mutating func clickQuoteList(row: Int, rect: ScreenLayout.Rect) {
    let first = QuoteListPane.firstRow(self, rows: rect.rows - 1)
    let index = first + row
    guard row >= 0, index < model.quotes.count else { return }
    select(quote: index)
  }

  private mutating func clickSpeaker(row: Int, rect: ScreenLayout.Rect) {
    let entries = SpeakerPane.rows(self, rows: rect.rows - 1)
    guard row >= 0, row < entries.count, let speaker = entries[row] else { return }
    // A click picks the speaker for the filter; a click on a second speaker adds them (either of them).
    toggleSpeakerFilter(model.analysis.speakers[speaker].name)
  }
}
