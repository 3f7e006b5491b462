import SaysoCore

/// The roster, two rows per speaker: a colour swatch, the name and the number of quotes; then the
/// kind, a bar of the speaker's quoted words against the most quoted speaker's, the share of all
/// quoted words, and other names where room is left. The current quote's speaker is highlighted.
enum SpeakerPane {
  static func draw(_ state: AppState, into grid: inout Grid, rect: ScreenLayout.Rect) {
    let summary = state.model.summary
    grid.fill(row: rect.row, col: rect.col, width: rect.cols, style: Style(.paneTitle))
    let long = " Speakers (\(summary.rows.count)) · quotes and share of quoted words"
    let title = DisplayWidth.of(long) <= rect.cols ? long : " Speakers (\(summary.rows.count))"
    grid.put(title, row: rect.row, col: rect.col, style: Style(.paneTitle, bold: true), limit: rect.cols)
    let current = state.quote?.attribution?.speaker
    let maxShare = summary.rows.map(\.share).max() ?? 1
    let first = firstEntry(state, rows: rect.rows - 1)
    var row = rect.row + 1
    let end = rect.row + rect.rows
    let inner = rect.cols - 2
    for entry in summary.rows.dropFirst(first) {
      guard row < end else { break }
      let slot = state.model.slots[entry.speaker.id]
      let isCurrent = entry.speaker.id == current
      let count = String(entry.quotes)
      let nameWidth = max(1, inner - 3 - count.count)
      // ● marks the speakers picked for the filter.
      let picked = state.pickedSpeakers.contains(entry.speaker.name)
      grid.put(picked ? "●" : "■", row: row, col: rect.col + 1, style: Style(.speaker(slot), bold: true))
      grid.put(
        Truncate.pad(entry.speaker.name, nameWidth), row: row, col: rect.col + 3,
        style: Style(.speaker(slot), bold: true, reverse: isCurrent))
      grid.put(count, row: row, col: rect.col + 1 + inner - count.count, style: Style(.text))
      row += 1
      guard row < end else { break }
      drawShare(entry, slot: slot, maxShare: maxShare, row: row, rect: rect, into: &grid)
      row += 1
    }
    if summary.unattributedQuotes > 0, row < end {
      grid.put(
        "○ no speaker found  \(summary.unattributedQuotes)", row: row, col: rect.col + 1,
        style: Style(.quoteUnattributed),
        limit: rect.cols - 2)
    }
    if summary.rows.isEmpty, row < end {
      grid.put(
        state.analysing ? "Finding speakers…" : "No quoted speakers", row: row, col: rect.col + 2,
        style: Style(.dim), limit: rect.cols - 3)
    }
  }

  /// "org ██████▌ 77.5% · the company": kind, bar, share, aliases.
  private static func drawShare(
    _ entry: SpeakerSummary.Row, slot: Int, maxShare: Double, row: Int, rect: ScreenLayout.Rect,
    into grid: inout Grid
  ) {
    let kind = shortKind(entry.speaker.kind)
    let percent = JSONPercent.text(entry.share)
    var x = rect.col + 3
    x += grid.put(Truncate.pad(kind, 8), row: row, col: x, style: Style(.dim))
    let barWidth = max(4, min(20, rect.cols - 3 - 8 - 8 - 2))
    let filled = max(1, Int((entry.share / max(maxShare, 0.0001) * Double(barWidth)).rounded()))
    x += grid.put(
      String(repeating: "█", count: min(barWidth, filled)), row: row, col: x, style: Style(.speaker(slot)))
    x += grid.put(
      String(repeating: "░", count: max(0, barWidth - filled)), row: row, col: x, style: Style(.dim))
    x += grid.put(" " + percent, row: row, col: x, style: Style(.text))
    let aliases = entry.speaker.aliases.prefix(3).joined(separator: ", ")
    let room = rect.col + rect.cols - 1 - x - 3
    if !aliases.isEmpty, room >= 6 {
      grid.put(Truncate.to(room + 3, " · " + aliases), row: row, col: x, style: Style(.dim))
    }
  }

  static func shortKind(_ kind: SpeakerKind) -> String {
    switch kind {
    case .person: return "person"
    case .organisation: return "org"
    case .group: return "group"
    case .unnamed: return "unnamed"
    }
  }

  /// The first speaker shown: the list scrolls so that the current quote's speaker stays in view.
  static func firstEntry(_ state: AppState, rows: Int) -> Int {
    let fits = max(1, rows / 2)
    guard let speaker = state.quote?.attribution?.speaker,
      let index = state.model.summary.rows.firstIndex(where: { $0.speaker.id == speaker }), index >= fits
    else { return 0 }
    return index - fits + 1
  }

  /// The speaker id drawn on each row under the title (nil for detail rows), for mouse clicks.
  static func rows(_ state: AppState, rows: Int) -> [Int?] {
    state.model.summary.rows.dropFirst(firstEntry(state, rows: rows)).flatMap { [$0.speaker.id, nil] }
  }
}

enum JSONPercent {
  static func text(_ share: Double) -> String {
    let tenths = Int((share * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
