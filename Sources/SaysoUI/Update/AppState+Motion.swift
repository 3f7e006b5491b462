extension AppState {
  /// Rows the reader shows.
  var viewHeight: Int { max(1, screen.reader.rows) }

  /// The last row the reader shows.
  var bottom: ReaderPosition { geometry.move(top, by: viewHeight - 1) }

  mutating func move(_ command: Command, count: Int?) {
    let geometry = self.geometry
    switch command {
    case .lineDown: scroll(by: count ?? 1)
    case .lineUp: scroll(by: -(count ?? 1))
    case .halfPageDown: scroll(by: max(1, viewHeight / 2))
    case .halfPageUp: scroll(by: -max(1, viewHeight / 2))
    case .pageDown: scroll(by: max(1, viewHeight - 2) * (count ?? 1))
    case .pageUp: scroll(by: -max(1, viewHeight - 2) * (count ?? 1))
    case .paragraphDown: go(toParagraph: cursor + (count ?? 1))
    case .paragraphUp: go(toParagraph: cursor - (count ?? 1))
    case .top:
      if let count {
        go(toParagraph: count - 1, jump: true)
      } else {
        top = ReaderPosition(paragraph: 0, row: 0)
        cursor = 0
      }
    case .bottom:
      if let count {
        go(toParagraph: count - 1, jump: true)
      } else {
        cursor = max(0, model.paragraphCount - 1)
        top = geometry.topShowingEnd(height: viewHeight)
      }
    default: break
    }
  }

  /// Scrolls the view by rows, keeping the document's end at the bottom at most, and the cursor on a
  /// paragraph in view.
  mutating func scroll(by rows: Int) {
    let geometry = self.geometry
    top = geometry.move(top, by: rows)
    let limit = geometry.topShowingEnd(height: viewHeight)
    if limit < top { top = max(ReaderPosition(paragraph: 0, row: 0), limit) }
    let bottom = self.bottom
    if cursor < top.paragraph { cursor = top.paragraph }
    if cursor > bottom.paragraph { cursor = bottom.paragraph }
  }

  /// Puts the cursor on paragraph `index` (clamped) and brings it into view: with the least scrolling
  /// for a step (J, K), or a few rows from the top for a jump (12G, :12, marks) that leaves the view.
  mutating func go(toParagraph index: Int, jump: Bool = false) {
    cursor = min(max(0, index), max(0, model.paragraphCount - 1))
    let start = ReaderPosition(paragraph: cursor, row: 0)
    if jump, start < top || bottom < start {
      top = geometry.move(start, by: -min(2, viewHeight / 4))
      let limit = geometry.topShowingEnd(height: viewHeight)
      if limit < top { top = max(ReaderPosition(paragraph: 0, row: 0), limit) }
      return
    }
    ensureVisible(paragraph: cursor)
  }

  /// Scrolls as little as possible so that paragraph `index` is in view: its start, and its end too
  /// when it fits.
  mutating func ensureVisible(paragraph index: Int) {
    let geometry = self.geometry
    let start = ReaderPosition(paragraph: index, row: 0)
    if start < top {
      top = start
      return
    }
    let height = viewHeight
    let rows = geometry.wrapped(index).lines.count
    let distance = geometry.distance(from: top, to: start, limit: height)
    if distance + rows <= height { return }
    // Scroll down until the end shows, but never past the paragraph's start.
    top = rows >= height ? start : geometry.move(start, by: -(height - rows))
  }

  /// Brings document offset `offset` of paragraph `index` into view, a few rows from the top if it
  /// was out of view.
  mutating func ensureVisible(offset: Int, paragraph index: Int) {
    let geometry = self.geometry
    let line = geometry.line(of: offset, in: index)
    let target = ReaderPosition(paragraph: index, row: line)
    let bottom = self.bottom
    if target < top || bottom < target {
      top = geometry.move(target, by: -min(3, viewHeight / 3))
    }
    cursor = index
  }

  /// Brings a span of paragraph `index` into view: its start a few rows from the top if it was out of
  /// view, then as much of its end as fits without losing the start.
  mutating func ensureVisible(span: Range<Int>, paragraph index: Int) {
    ensureVisible(offset: span.lowerBound, paragraph: index)
    let geometry = self.geometry
    let start = ReaderPosition(paragraph: index, row: geometry.line(of: span.lowerBound, in: index))
    let end = ReaderPosition(
      paragraph: index, row: geometry.line(of: max(span.lowerBound, span.upperBound - 1), in: index))
    if bottom < end { top = min(start, geometry.move(end, by: -(viewHeight - 1))) }
  }

  /// After the reader changes width (a pane opened or closed, a resize): the current quote, or else
  /// the cursor's paragraph, stays in view.
  mutating func keepFocusInView() {
    guard model.paragraphCount > 0 else { return }
    if let quote, isInView(quote) || quote.paragraph == cursor {
      ensureVisible(span: quote.range, paragraph: quote.paragraph)
    } else {
      ensureVisible(paragraph: cursor)
    }
  }

  /// Keeps positions valid after any change (a resize, a count past the end).
  mutating func keepInside() {
    guard model.paragraphCount > 0 else {
      top = ReaderPosition(paragraph: 0, row: 0)
      cursor = 0
      return
    }
    let geometry = self.geometry
    top.paragraph = min(max(0, top.paragraph), model.paragraphCount - 1)
    // A filter that hides context: the view and the cursor stay on shown paragraphs.
    if !geometry.isVisible(top.paragraph) {
      top = ReaderPosition(paragraph: geometry.nearestVisible(top.paragraph), row: 0)
    }
    top.row = max(0, min(top.row, geometry.rows(top.paragraph) - 1))
    cursor = geometry.nearestVisible(min(max(0, cursor), model.paragraphCount - 1))
    if let current = currentQuote, current >= model.quotes.count { currentQuote = nil }
  }
}
