/// Where each part of the screen goes at a size: a title row, the reader, the speaker pane on the
/// right, the quote list below the reader, then the status and hint rows.
public struct ScreenLayout: Equatable, Sendable {
  public struct Rect: Equatable, Sendable {
    public var row: Int
    public var col: Int
    public var rows: Int
    public var cols: Int

    public func contains(row: Int, col: Int) -> Bool {
      row >= self.row && row < self.row + rows && col >= self.col && col < self.col + cols
    }
  }

  public static let minimumRows = 10
  public static let minimumCols = 40
  /// Paragraph number, quote bar and a space.
  public static let gutterWidth = 7

  public let rows: Int
  public let cols: Int
  public let reader: Rect
  /// The speaker pane and the quote list, each with its title row, when shown.
  public let speakers: Rect?
  public let quotes: Rect?

  /// Below this width the speaker pane goes under the reader instead of beside it, so that the
  /// text keeps a readable measure.
  public static let sideBySideCols = 72

  public init(rows: Int, cols: Int, speakers: Bool, quotes: Bool) {
    self.rows = rows
    self.cols = cols
    let contentRows = max(0, rows - 3)
    let beside = speakers && cols >= ScreenLayout.sideBySideCols
    let below = speakers && !beside
    let paneCols = beside ? min(40, max(28, cols / 3)) : 0
    let readerCols = max(0, cols - (beside ? paneCols + 1 : 0))
    let listRows = quotes ? min(12, max(5, contentRows / 3)) : 0
    let speakerRows = below ? min(12, max(5, contentRows / 3)) : 0
    let readerRows = max(0, contentRows - listRows - speakerRows)
    reader = Rect(row: 1, col: 0, rows: readerRows, cols: readerCols)
    self.quotes = quotes ? Rect(row: 1 + readerRows, col: 0, rows: listRows, cols: readerCols) : nil
    if beside {
      self.speakers = Rect(row: 1, col: readerCols + 1, rows: contentRows, cols: paneCols)
    } else if below {
      self.speakers = Rect(row: 1 + readerRows + listRows, col: 0, rows: speakerRows, cols: cols)
    } else {
      self.speakers = nil
    }
  }

  /// True when the speaker pane is beside the reader (with a rule between them).
  public var speakersBeside: Bool { speakers.map { $0.col > 0 } ?? false }

  public var isTooSmall: Bool { rows < ScreenLayout.minimumRows || cols < ScreenLayout.minimumCols }
  public var statusRow: Int { rows - 2 }
  public var hintRow: Int { rows - 1 }
  /// The longest line the reader wraps to: longer lines are hard to read, and the room is better
  /// spent on the speaker labels beside the text.
  public static let maximumMeasure = 100
  /// The least room right of the text for speaker labels, when the reader is wide enough to spare it.
  public static let labelMarginWidth = 14

  /// The label margin's width (0 on narrow readers, where labels go at the end of a line).
  public var labelMargin: Int {
    guard reader.cols >= 72 else { return 0 }
    // Wide readers give the labels what the text does not use, up to 30 columns.
    let spare = reader.cols - ScreenLayout.gutterWidth - 1 - ScreenLayout.maximumMeasure
    return max(ScreenLayout.labelMarginWidth, min(30, spare))
  }

  /// Columns the reader's text wraps at.
  public var readerTextWidth: Int {
    max(10, min(ScreenLayout.maximumMeasure, reader.cols - ScreenLayout.gutterWidth - 1 - labelMargin))
  }
}
