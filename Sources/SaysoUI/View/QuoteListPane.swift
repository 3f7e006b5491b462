import SaysoCore

/// One row per quote — paragraph, speaker, kind, first words, confidence — the current one marked;
/// the list scrolls to keep it in view.
enum QuoteListPane {
  static func draw(_ state: AppState, into grid: inout Grid, rect: ScreenLayout.Rect) {
    let model = state.model
    grid.fill(row: rect.row, col: rect.col, width: rect.cols, style: Style(.paneTitle))
    let count =
      state.filter.map { "\(model.quotes.count) of \($0.total) · & \($0.text)" } ?? "\(model.quotes.count)"
    let title = " Quotes (\(count))" + (model.includesIndirect ? " · with reported speech" : "")
    grid.put(title, row: rect.row, col: rect.col, style: Style(.paneTitle, bold: true), limit: rect.cols)
    let rows = rect.rows - 1
    guard rows > 0 else { return }
    let first = firstRow(state, rows: rows)
    let speakerWidth = min(22, max(10, rect.cols / 4))
    for offset in 0..<rows {
      let index = first + offset
      guard index < model.quotes.count else { break }
      let quote = model.quotes[index]
      let row = rect.row + 1 + offset
      let isCurrent = index == state.currentQuote
      let speaker = model.speaker(of: quote)
      let slotRole: StyleRole = model.slot(of: quote).map { .speaker($0) } ?? .quoteUnattributed
      var x = rect.col
      x += grid.put(isCurrent ? "▶" : " ", row: row, col: x, style: Style(slotRole, bold: true))
      x += grid.put(Truncate.pad("¶\(quote.paragraph + 1)", 6), row: row, col: x, style: Style(.gutter))
      x += grid.put(
        Truncate.pad(speaker?.name ?? "—", speakerWidth) + " ", row: row, col: x,
        style: Style(slotRole, bold: true, reverse: isCurrent))
      x += grid.put(Truncate.pad(quote.kind.rawValue, 9), row: row, col: x, style: Style(.dim))
      let confidence = quote.attribution.map { String(format2: $0.confidence) } ?? "  - "
      let textWidth = max(0, rect.cols - (x - rect.col) - 6)
      let words = model.document.text.substring(quote.range).split(whereSeparator: \.isNewline).joined(
        separator: " ")
      grid.put(Truncate.to(textWidth, words), row: row, col: x, style: Style(.text))
      grid.put(confidence, row: row, col: rect.col + rect.cols - 5, style: Style(.dim))
    }
  }

  /// The first quote shown: the list keeps the current quote in its middle third.
  static func firstRow(_ state: AppState, rows: Int) -> Int {
    guard let current = state.currentQuote else { return 0 }
    let maxFirst = max(0, state.model.quotes.count - rows)
    return min(maxFirst, max(0, current - rows / 3))
  }
}

extension String {
  /// `0.95` for a confidence, without Foundation's formatting.
  init(format2 value: Double) {
    let hundredths = Int((value * 100).rounded())
    self = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }
}
