import SaysoCore

/// Labels beside the text: the speaker's name where a statement ends (in the margin when the reader
/// is wide, at the end of the line or carried to the next one when narrow), the paragraph's kind on
/// its first line.
extension LinePainter {
  /// The speaker's name at the right end of the line where a statement ends (or of the next row, when
  /// the line is full); else the paragraph's kind on its first line, for kinds other than body text.
  func drawLabel(
    line: Int, row: Int, after x: Int, rect: ScreenLayout.Rect, parts: [(quote: Int, range: Range<Int>)],
    range: Range<Int>, into grid: inout Grid
  ) {
    let screen = state.screen
    if screen.labelMargin > 0 {
      // A margin beside the text: the label sits on the row where the quote ends, cut to fit.
      let left = rect.col + ScreenLayout.gutterWidth + screen.readerTextWidth + 2
      let room = min(screen.labelMargin - 2, rect.col + rect.cols - left)
      var label = label(endingOn: line)
      if label == nil, line == 0 {
        let kind = model.document.paragraphs[paragraph].kind
        if kind != .body && kind != .listItem && kind != .blockquote {
          label = ("[" + kind.rawValue + "]", Style(.dim))
        }
      }
      if let label, room >= 4 {
        grid.put(Truncate.to(room, label.text), row: row, col: left, style: label.style)
      }
      return
    }
    let right = rect.col + rect.cols - 1
    let free = right - x - 1
    if let carried = label(endingOn: line - 1), room(line - 1, rect: rect) < minimumRoom(carried.text) {
      // The line before had no room; this one takes the label if it can, else the gutter bar and
      // the status bar still tell whose quote it is.
      if free >= minimumRoom(carried.text) { place(carried, room: free, row: row, right: right, into: &grid) }
      return
    }
    if let ending = label(endingOn: line) {
      // Too little room: the label goes to the next row instead (see above), not cut to a stub here.
      if free >= minimumRoom(ending.text) { place(ending, room: free, row: row, right: right, into: &grid) }
    } else if line == 0 {
      let kind = model.document.paragraphs[paragraph].kind
      if kind != .body && kind != .listItem && kind != .blockquote {
        // A kind label is shown whole or not at all.
        let text = "[" + kind.rawValue + "]"
        if DisplayWidth.of(text) <= free {
          place((text, Style(.dim)), room: free, row: row, right: right, into: &grid)
        }
      }
    }
  }

  /// On the blank row after a paragraph: the label its last line had no room for.
  func drawCarriedLabel(line: Int, row: Int, rect: ScreenLayout.Rect, into grid: inout Grid) {
    guard state.screen.labelMargin == 0 else { return }
    guard let carried = label(endingOn: line - 1), room(line - 1, rect: rect) < minimumRoom(carried.text)
    else { return }
    let right = rect.col + rect.cols - 1
    place(
      carried, room: right - (rect.col + ScreenLayout.gutterWidth) - 1, row: row, right: right, into: &grid)
  }

  private func place(
    _ label: (text: String, style: Style), room: Int, row: Int, right: Int, into grid: inout Grid
  ) {
    guard room >= 4 else { return }
    let text = DisplayWidth.of(label.text) > room ? Truncate.to(room, label.text) : label.text
    grid.put(text, row: row, col: right - DisplayWidth.of(text), style: label.style)
  }

  /// A label shortened below this many columns is not worth showing on a full line.
  private func minimumRoom(_ text: String) -> Int { min(DisplayWidth.of(text), 12) }

  /// Columns free after line `line`'s text.
  private func room(_ line: Int, rect: ScreenLayout.Rect) -> Int {
    guard line >= 0, line < wrapped.lines.count else { return Int.max }
    let used = wrapped.lines[line].reduce(0) { $0 + wrapped.atoms[$1].width }
    let indent = ReaderGeometry.indent(of: model.document.paragraphs[paragraph])
    return rect.cols - 1 - (ScreenLayout.gutterWidth + indent + used) - 1
  }

  /// The label of the statement whose last part ends on line `line`.
  private func label(endingOn line: Int) -> (text: String, style: Style)? {
    guard line >= 0, line < wrapped.lines.count, let first = wrapped.lines[line].first,
      let last = wrapped.lines[line].last
    else { return nil }
    let start = wrapped.atoms[first].offset
    let end = wrapped.atoms[last].offset + wrapped.atoms[last].count
    let parts = model.partsByParagraph[paragraph] ?? []
    guard
      let ending = parts.last(where: { part in
        let quote = model.analysis.quotes[part.quote]
        return quote.kind.isStatement && part.range.upperBound > start && part.range.upperBound <= end
          && quote.parts.last?.range == part.range
      })
    else { return nil }
    let quote = model.analysis.quotes[ending.quote]
    if let speaker = model.speaker(of: quote), let slot = model.slot(of: quote) {
      // ✓ the researcher confirmed it; ✎ the researcher gave it this speaker.
      let mark =
        model.confirmed.contains(quote.id) ? "✓ " : quote.attribution?.rule == .researcher ? "✎ " : ""
      return (mark + speaker.name, Style(.speaker(slot), bold: true))
    }
    return ("(no speaker)", Style(.quoteUnattributed))
  }
}
