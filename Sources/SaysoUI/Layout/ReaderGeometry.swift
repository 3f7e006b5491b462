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
/// by rows, which paragraphs a viewport shows.
public struct ReaderGeometry {
  public let model: ReaderModel
  public let cache: LayoutCache
  /// Columns for text, the gutter excluded.
  public let width: Int

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

  /// Rows of paragraph `index`: its lines, and a blank row after it unless it is the last.
  public func rows(_ index: Int) -> Int {
    guard index < model.paragraphCount else { return 1 }  // an empty document still has one row
    return wrapped(index).lines.count + (index + 1 < model.paragraphCount ? 1 : 0)
  }

  /// `position` moved `delta` rows (negative: up), kept inside the document.
  public func move(_ position: ReaderPosition, by delta: Int) -> ReaderPosition {
    guard model.paragraphCount > 0 else { return ReaderPosition(paragraph: 0, row: 0) }
    var position = position
    var remaining = delta
    while remaining > 0 {
      let rows = self.rows(position.paragraph)
      if position.row + remaining < rows {
        position.row += remaining
        break
      }
      guard position.paragraph + 1 < model.paragraphCount else {
        position.row = rows - 1
        break
      }
      remaining -= rows - position.row
      position = ReaderPosition(paragraph: position.paragraph + 1, row: 0)
    }
    while remaining < 0 {
      if position.row + remaining >= 0 {
        position.row += remaining
        break
      }
      guard position.paragraph > 0 else {
        position.row = 0
        break
      }
      remaining += position.row + 1
      position = ReaderPosition(paragraph: position.paragraph - 1, row: rows(position.paragraph - 1) - 1)
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
      position = ReaderPosition(paragraph: position.paragraph + 1, row: 0)
    }
    return count + (position.paragraph == b.paragraph ? b.row - position.row : 0)
  }

  /// The last position at which the view can start: the document's last row at the top.
  public var lastTop: ReaderPosition {
    let last = max(0, model.paragraphCount - 1)
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
}
