import SaysoCore

/// A place in the reader: a paragraph and a row inside it (its wrapped lines, then one blank row
/// between paragraphs).
public struct ReaderPosition: Equatable, Sendable, Comparable {
  public var paragraph: Int
  public var row: Int

  public init(paragraph: Int, row: Int) {
    self.paragraph = paragraph
    self.row = row
  }

  public static func < (a: ReaderPosition, b: ReaderPosition) -> Bool {
    (a.paragraph, a.row) < (b.paragraph, b.row)
  }
}

/// Row arithmetic over lazily laid-out paragraphs: how many rows a paragraph takes, moving a position
/// by rows, which paragraphs a viewport shows. With a filter that hides context, only the paragraphs
/// in `visible` have rows; the others take none and are stepped over.
public struct ReaderGeometry {
  public let model: ReaderModel
  public let cache: LayoutCache
  /// Columns for text, the gutter excluded.
  public let width: Int
  /// The paragraphs shown, in order (nil: all of them).
  public let visible: [Int]?

  public init(model: ReaderModel, cache: LayoutCache, width: Int, visible: [Int]? = nil) {
    self.model = model
    self.cache = cache
    self.width = width
    self.visible = visible.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Columns left of a paragraph's text: block quotes and list items are indented.
  public static func indent(of paragraph: Paragraph) -> Int {
    switch paragraph.kind {
    case .blockquote: return 3
    case .listItem: return 2
    default: return 0
    }
  }

  public func wrapped(_ paragraph: Int) -> WrappedParagraph {
    cache.paragraph(paragraph, model: model, width: width)
  }

  public func isVisible(_ index: Int) -> Bool {
    guard let visible else { return true }
    return position(in: visible, of: index).map { visible[$0] == index } ?? false
  }

  /// The next shown paragraph after `index`, if any.
  public func next(after index: Int) -> Int? {
    guard let visible else { return index + 1 < model.paragraphCount ? index + 1 : nil }
    let at = firstIndex(in: visible, after: index)
    return at < visible.count ? visible[at] : nil
  }

  /// The shown paragraph before `index`, if any.
  public func previous(before index: Int) -> Int? {
    guard let visible else { return index > 0 ? index - 1 : nil }
    let at = firstIndex(in: visible, atOrAfter: index)
    return at > 0 ? visible[at - 1] : nil
  }

  /// The shown paragraph nearest `index`: itself, else the next, else the one before.
  public func nearestVisible(_ index: Int) -> Int {
    if isVisible(index) { return index }
    return next(after: index) ?? previous(before: index) ?? index
  }

  /// Rows of paragraph `index`: its lines, and a blank row after it unless it is the last shown.
  public func rows(_ index: Int) -> Int {
    guard index < model.paragraphCount else { return 1 }  // an empty document still has one row
    guard isVisible(index) else { return 0 }
    return wrapped(index).lines.count + (next(after: index) != nil ? 1 : 0)
  }

  /// `position` moved `delta` rows (negative: up), kept inside the document's shown rows.
  public func move(_ position: ReaderPosition, by delta: Int) -> ReaderPosition {
    guard model.paragraphCount > 0 else { return ReaderPosition(paragraph: 0, row: 0) }
    var position = position
    if !isVisible(position.paragraph) {
      position = ReaderPosition(paragraph: nearestVisible(position.paragraph), row: 0)
    }
    var remaining = delta
    while remaining > 0 {
      let rows = self.rows(position.paragraph)
      if position.row + remaining < rows {
        position.row += remaining
        break
      }
      guard let next = next(after: position.paragraph) else {
        position.row = max(0, rows - 1)
        break
      }
      remaining -= rows - position.row
      position = ReaderPosition(paragraph: next, row: 0)
    }
    while remaining < 0 {
      if position.row + remaining >= 0 {
        position.row += remaining
        break
      }
      guard let previous = previous(before: position.paragraph) else {
        position.row = 0
        break
      }
      remaining += position.row + 1
      position = ReaderPosition(paragraph: previous, row: max(0, rows(previous) - 1))
    }
    return position
  }

  /// Rows from `a` to `b` (b after a), counting at most `limit`.
  public func distance(from a: ReaderPosition, to b: ReaderPosition, limit: Int) -> Int {
    guard a < b else { return 0 }
    var count = 0
    var position = a
    while position.paragraph < b.paragraph, count <= limit {
      count += rows(position.paragraph) - position.row
      guard let next = next(after: position.paragraph) else { break }
      position = ReaderPosition(paragraph: next, row: 0)
    }
    return count + (position.paragraph == b.paragraph ? b.row - position.row : 0)
  }

  /// The last position at which the view can start: the document's last shown row at the top.
  public var lastTop: ReaderPosition {
    let last = visible?.last ?? max(0, model.paragraphCount - 1)
    return ReaderPosition(paragraph: last, row: max(0, rows(last) - 1))
  }

  /// The top that shows the document's end at the bottom of a `height`-row view.
  public func topShowingEnd(height: Int) -> ReaderPosition {
    move(lastTop, by: -(height - 1))
  }

  /// The line of paragraph `index` that holds document offset `offset`.
  public func line(of offset: Int, in index: Int) -> Int {
    guard index < model.paragraphCount else { return 0 }
    let wrapped = self.wrapped(index)
    for (line, range) in wrapped.lines.enumerated() {
      guard let last = range.last else { continue }
      if wrapped.atoms[last].offset + wrapped.atoms[last].count > offset { return line }
    }
    return max(0, wrapped.lines.count - 1)
  }

  private func position(in list: [Int], of index: Int) -> Int? {
    let at = firstIndex(in: list, atOrAfter: index)
    return at < list.count ? at : nil
  }

  private func firstIndex(in list: [Int], atOrAfter index: Int) -> Int {
    var low = 0
    var high = list.count
    while low < high {
      let middle = (low + high) / 2
      if list[middle] < index { low = middle + 1 } else { high = middle }
    }
    return low
  }

  private func firstIndex(in list: [Int], after index: Int) -> Int {
    firstIndex(in: list, atOrAfter: index + 1)
  }
}
