import SaysoCore

/// The reader: paragraphs wrapped to the pane, a gutter with paragraph numbers and a bar in the colour
/// of the speaker quoted on the line, quoted words in their speaker's colour and the speaker's name at
/// the end of each quote.
enum ReaderView {
  static func draw(_ state: AppState, into grid: inout Grid, rect: ScreenLayout.Rect) {
    let geometry = state.geometry
    let model = state.model
    var position = state.top
    for screenRow in 0..<rect.rows {
      guard position.paragraph < model.paragraphCount else { break }
      let row = rect.row + screenRow
      let wrapped = geometry.wrapped(position.paragraph)
      let painter = LinePainter(state: state, paragraph: position.paragraph, wrapped: wrapped)
      if position.row < wrapped.lines.count {
        painter.draw(line: position.row, row: row, rect: rect, into: &grid)
      } else {
        painter.drawCarriedLabel(line: position.row, row: row, rect: rect, into: &grid)
      }
      let next = geometry.move(position, by: 1)
      if next == position { break }  // the document's last row
      position = next
    }
  }

  /// The paragraph and document offset at a screen cell of the reader, for mouse clicks.
  static func hit(_ state: AppState, row: Int, col: Int) -> (paragraph: Int, offset: Int?)? {
    let rect = state.screen.reader
    guard rect.contains(row: row, col: col) else { return nil }
    let geometry = state.geometry
    var position = state.top
    for _ in 0..<(row - rect.row) {
      let next = geometry.move(position, by: 1)
      if next == position { return nil }
      position = next
    }
    let wrapped = geometry.wrapped(position.paragraph)
    guard position.row < wrapped.lines.count else { return (position.paragraph, nil) }
    let paragraph = state.model.document.paragraphs[position.paragraph]
    var x = rect.col + ScreenLayout.gutterWidth + ReaderGeometry.indent(of: paragraph)
    for index in wrapped.lines[position.row] {
      let atom = wrapped.atoms[index]
      if col < x + atom.width { return (position.paragraph, atom.offset) }
      x += atom.width
    }
    return (position.paragraph, nil)
  }
}

/// Draws one line of one paragraph: gutter, indentation, styled atoms, labels at the right edge.
struct LinePainter {
  let state: AppState
  let paragraph: Int
  let wrapped: WrappedParagraph

  var model: ReaderModel { state.model }

  func draw(line: Int, row: Int, rect: ScreenLayout.Rect, into grid: inout Grid) {
    let info = model.document.paragraphs[paragraph]
    let range = wrapped.lines[line]
    let parts = model.partsByParagraph[paragraph] ?? []
    drawGutter(line: line, row: row, rect: rect, parts: parts, range: range, into: &grid)
    let textCol = rect.col + ScreenLayout.gutterWidth
    let indent = ReaderGeometry.indent(of: info)
    if info.kind == .blockquote { grid.put("│", row: row, col: textCol + 1, style: Style(.dim)) }
    if info.kind == .listItem && line == 0 { grid.put("•", row: row, col: textCol, style: Style(.dim)) }
    if info.kind == .separator {
      let width = min(24, rect.cols - ScreenLayout.gutterWidth - 2)
      grid.put(String(repeating: "─", count: max(0, width)), row: row, col: textCol, style: Style(.dim))
      return
    }
    var x = textCol + indent
    var part = 0
    for index in range {
      let atom = wrapped.atoms[index]
      while part < parts.count && parts[part].range.upperBound <= atom.offset { part += 1 }
      let covering = part < parts.count && parts[part].range.contains(atom.offset) ? parts[part].quote : nil
      let style = self.style(atom: atom, kind: info.kind, quote: covering)
      if atom.kind == .placeholder {
        grid.put(atom.text, row: row, col: x, style: style)
      } else if atom.width > 0 {
        grid.putGrapheme(glyph: atom.glyph, atom.text, width: atom.width, row: row, col: x, style: style)
      }
      x += atom.width
    }
    drawLabel(line: line, row: row, after: x, rect: rect, parts: parts, range: range, into: &grid)
  }

  private func drawGutter(
    line: Int, row: Int, rect: ScreenLayout.Rect, parts: [(quote: Int, range: Range<Int>)], range: Range<Int>,
    into grid: inout Grid
  ) {
    if line == 0 {
      let number = String(paragraph + 1)
      let isCursor = paragraph == state.cursor
      let style = isCursor ? Style(.gutterCurrent, bold: true) : Style(.gutter)
      grid.put(number, row: row, col: rect.col + max(0, 5 - number.count), style: style, limit: 5)
    }
    guard let first = range.first, let last = range.last else { return }
    let start = wrapped.atoms[first].offset
    let end = wrapped.atoms[last].offset + wrapped.atoms[last].count
    drawAnnotationMark(start..<end, row: row, col: rect.col + 6, into: &grid)
    guard let quoted = parts.first(where: { $0.range.lowerBound < end && $0.range.upperBound > start }) else {
      return
    }
    let quote = model.analysis.quotes[quoted.quote]
    let role: StyleRole = quote.attribution.map { .speaker(model.slots[$0.speaker]) } ?? .quoteUnattributed
    guard quote.kind.isStatement else { return }
    grid.put("┃", row: row, col: rect.col + 5, style: Style(role, bold: true))
  }

  /// Column 6 of the gutter: a stripe in the colour of the first code on the line, else a pencil for
  /// a note.
  private func drawAnnotationMark(_ range: Range<Int>, row: Int, col: Int, into grid: inout Grid) {
    let here = state.annotations.touching(paragraph: paragraph, range)
    guard !here.isEmpty else { return }
    for annotation in here {
      if case .code(let id) = annotation.body {
        grid.put("▐", row: row, col: col, style: Style(.code(state.codeColor(id))))
        return
      }
    }
    if here.contains(where: { if case .note = $0.body { return true } else { return false } }) {
      grid.put("✎", row: row, col: col, style: Style(.dim))
    }
  }

  /// The style of one atom: its paragraph's kind, the quote it is in, search matches, the current quote.
  func style(atom: DisplayAtom, kind: ParagraphKind, quote index: Int?) -> Style {
    if atom.kind == .placeholder { return Style(.placeholder) }
    // Context a filter leaves out is dimmed (the selection still shows).
    if let filter = state.filter, !filter.paragraphSet.contains(paragraph) {
      if let selection = state.selection, selection.range.contains(atom.offset) { return Style(.selection) }
      return Style(.dim)
    }
    var style: Style
    switch kind {
    case .title, .heading: style = Style(.title, bold: true)
    case .byline, .dateline, .credit, .citation, .omission, .caption: style = Style(.dim)
    default: style = Style(.text)
    }
    if let index {
      let quote = model.analysis.quotes[index]
      let current = state.quote?.id == quote.id
      if !quote.kind.isStatement {
        style = Style(.quoteOther, italic: true)
      } else if let slot = model.slot(of: quote) {
        style = Style(.quote(slot), reverse: current, italic: quote.kind == .indirect)
      } else {
        style = Style(.quoteUnattributed, reverse: current)
      }
    }
    if let current = state.quote, let attribution = current.attribution, atom.kind != .space {
      let inCue = attribution.cue?.contains(atom.offset) == true
      let inMention = attribution.mention?.contains(atom.offset) == true
      if inCue || inMention {
        style.underline = true
        if inMention, let slot = model.slot(of: current) {
          style = Style(.speaker(slot), bold: true, underline: true)
        }
      }
    }
    if let selection = state.selection, selection.range.contains(atom.offset) { return Style(.selection) }
    if let search = state.search, search.highlighted, isMatch(atom.offset, search) {
      let isCurrent = search.current.map { search.matches[$0].contains(atom.offset) } ?? false
      style = Style(.match, bold: isCurrent, reverse: isCurrent)
    }
    return style
  }

  private func isMatch(_ offset: Int, _ search: SearchState) -> Bool {
    // Matches are in order: a binary search for the last one starting at or before the offset.
    var low = 0
    var high = search.matches.count
    while low < high {
      let middle = (low + high) / 2
      if search.matches[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
    }
    return low > 0 && search.matches[low - 1].contains(offset)
  }
}
