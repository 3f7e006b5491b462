import SaysoCore

/// The roster: per speaker a colour swatch, name, number of quotes and a bar of their share of the
/// quoted words; under it the kind and other names. The current quote's speaker is highlighted.
enum SpeakerPane {
  static func draw(_ state: AppState, into grid: inout Grid, rect: ScreenLayout.Rect) {
    let summary = state.model.summary
    grid.fill(row: rect.row, col: rect.col, width: rect.cols, style: Style(.paneTitle))
    grid.put(" Speakers · share of quoted words", row: rect.row, col: rect.col, style: Style(.paneTitle, bold: true), limit: rect.cols)
    let current = state.quote?.attribution?.speaker
    let maxShare = summary.rows.map(\.share).max() ?? 1
    var row = rect.row + 1
    let end = rect.row + rect.rows
    let countWidth = 4
    let nameWidth = max(6, (rect.cols - 3 - countWidth) * 3 / 5)
    let barWidth = max(1, rect.cols - 3 - nameWidth - countWidth - 1)
    for entry in summary.rows {
      guard row + 1 < end || row < end else { break }
      let slot = state.model.slots[entry.speaker.id]
      let isCurrent = entry.speaker.id == current
      grid.put("■", row: row, col: rect.col + 1, style: Style(.speaker(slot), bold: true))
      grid.put(
        Truncate.pad(entry.speaker.name, nameWidth), row: row, col: rect.col + 3,
        style: Style(.speaker(slot), bold: true, reverse: isCurrent))
      grid.put(String(entry.quotes).leftPadded(countWidth), row: row, col: rect.col + 3 + nameWidth, style: Style(.text))
      let filled = max(1, Int((entry.share / max(maxShare, 0.0001) * Double(barWidth)).rounded()))
      grid.put(
        String(repeating: "█", count: min(barWidth, filled)), row: row, col: rect.col + 4 + nameWidth + countWidth,
        style: Style(.speaker(slot)))
      row += 1
      guard row < end else { break }
      let percent = JSONPercent.text(entry.share)
      let details = ([entry.speaker.kind.rawValue, percent] + entry.speaker.aliases.prefix(3)).joined(separator: " · ")
      grid.put(details, row: row, col: rect.col + 3, style: Style(.dim), limit: rect.cols - 4)
      row += 1
    }
    if summary.unattributedQuotes > 0, row < end {
      grid.put(
        "○ no speaker found  \(summary.unattributedQuotes)", row: row, col: rect.col + 1, style: Style(.quoteUnattributed),
        limit: rect.cols - 2)
    }
    if summary.rows.isEmpty, row < end {
      grid.put("No quoted speakers", row: row, col: rect.col + 2, style: Style(.dim), limit: rect.cols - 3)
    }
  }

  /// The speaker id drawn on each row under the title (nil for detail rows), for mouse clicks.
  static func rows(_ state: AppState) -> [Int?] {
    state.model.summary.rows.flatMap { [$0.speaker.id, nil] }
  }
}

enum JSONPercent {
  static func text(_ share: Double) -> String {
    let tenths = Int((share * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
