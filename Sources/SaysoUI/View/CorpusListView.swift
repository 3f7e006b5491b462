import SaysoCore

/// A corpus list drawn over the reader: a title with the count, sort and filter, a column header,
/// then one row per item, the cursor's row in reverse. Speakers get a share-of-voice bar.
enum CorpusListView {
  static let barWidth = 12

  static func draw(_ state: AppState, into grid: inout Grid) {
    guard let corpus = state.corpus, let list = corpus.list else { return }
    let top = 1
    let bottom = state.screen.statusRow
    for row in top..<bottom { grid.fill(row: row, col: 0, width: grid.cols, style: Style(.text)) }
    grid.fill(row: top, col: 0, width: grid.cols, style: Style(.paneTitle))
    grid.put(
      " " + title(list, corpus: corpus), row: top, col: 0, style: Style(.paneTitle, bold: true),
      limit: grid.cols)
    let bar = list.kind == .speakers && grid.cols >= 70 ? barWidth + 1 : 0
    let all = CorpusListRows.columns(list.kind)
    let shown = CorpusListRows.shown(list.kind, width: grid.cols - 2 - bar)
    let columns = shown.map { all[$0] }
    let widths = self.widths(columns, total: grid.cols - 2 - bar)
    var x = 2
    for (column, width) in zip(columns, widths) {
      let header = column.right ? leftPad(column.header, width - 1) + " " : Truncate.pad(column.header, width)
      x += grid.put(header, row: top + 1, col: x, style: Style(.dim, underline: true), limit: width)
    }
    let rows = list.visible
    guard !rows.isEmpty else {
      let empty =
        list.filter.isEmpty
        ? emptyText(list.kind, indexing: corpus.indexing != nil) : "Nothing matches /\(list.filter)"
      grid.put(empty, row: top + 3, col: 2, style: Style(.dim), limit: grid.cols - 4)
      return
    }
    for line in 0..<state.listHeight {
      let index = list.top + line
      guard index < rows.count else { break }
      let row = rows[index]
      let y = top + 2 + line
      let isCursor = index == list.cursor
      if case .speaker(let id, _) = row.target, list.marked.contains(id) {
        grid.put("*", row: y, col: 0, style: Style(.statusAccent, bold: true))
      }
      grid.put(isCursor ? "▶" : " ", row: y, col: 1, style: Style(.statusAccent, bold: true))
      var x = 2
      for (i, width) in widths.enumerated() where shown[i] < row.cells.count {
        let column = columns[i]
        let text = row.cells[shown[i]]
        let cell = column.right ? leftPad(text, width - 1) + " " : Truncate.pad(text, width - 1) + " "
        let isMain = column.width == 0
        let style = Style(isMain ? .text : .dim, bold: isMain && isCursor, reverse: isCursor)
        x += grid.put(cell, row: y, col: x, style: style, limit: width)
      }
      if bar > 0, let share = row.share {
        let filled = max(share > 0 ? 1 : 0, Int((share * Double(barWidth)).rounded()))
        grid.put(
          String(repeating: "█", count: filled), row: y, col: x + 1, style: Style(.speaker(index % 8)))
      }
    }
  }

  static func title(_ list: CorpusList, corpus: CorpusState) -> String {
    let count =
      list.filter.isEmpty
      ? "\(list.rows.count)" : "\(list.visible.count) of \(list.rows.count) · /\(list.filter)"
    var title: String
    switch list.kind {
    case .documents:
      title = "Documents (\(count)) · sorted by \(corpus.sort.rawValue)\(corpus.sortDescending ? " ↓" : "")"
    case .speakers: title = "Speakers across the corpus (\(count)) · share of attributed quotes"
    case .quotes(let speaker):
      let quotes =
        list.quoteCount.map { $0 == list.rows.count || !list.filter.isEmpty ? "" : "\($0) quotes, " } ?? ""
      title = "Quotes by \(speaker) (\(quotes)\(count)\(quotes.isEmpty ? "" : " passages"))"
    case .search(let query): title = "Search: \(query) (\(count) paragraphs, best first)"
    }
    if let indexing = corpus.indexing { title += " · indexing \(indexing.done)/\(indexing.total)" }
    return title
  }

  static func emptyText(_ kind: CorpusList.Kind, indexing: Bool) -> String {
    if indexing { return "Indexing… documents appear here as they are read" }
    switch kind {
    case .documents: return "No text, Markdown or HTML file in this folder"
    case .speakers: return "No attributed quote in the corpus"
    case .quotes: return "No quote by this speaker in the documents present"
    case .search: return "No paragraph has these words"
    }
  }

  /// Fixed columns keep their width; the flexible one takes the rest.
  static func widths(_ columns: [CorpusListRows.Column], total: Int) -> [Int] {
    var widths = columns.map(\.width)
    // Past a hundred columns a title only moves its numbers out of the eye's reach.
    let flex = min(100, max(8, total - widths.reduce(0, +)))
    if let index = columns.firstIndex(where: { $0.width == 0 }) { widths[index] = flex }
    return widths
  }

  static func leftPad(_ text: String, _ width: Int) -> String {
    let cut = Truncate.to(width, text)
    return String(repeating: " ", count: max(0, width - DisplayWidth.of(cut))) + cut
  }
}
