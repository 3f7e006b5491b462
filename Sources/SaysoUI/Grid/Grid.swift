/// One terminal cell: the grapheme drawn there and its style. A wide grapheme takes its cell and a
/// continuation cell to its right, which draws nothing.
public struct Cell: Equatable, Sendable {
  public var text: String
  public var style: Style
  public var isContinuation = false

  public static let blank = Cell(text: " ", style: .plain)
}

/// The screen as the views draw it, before it reaches the terminal: rows of cells. Views write
/// graphemes with their display width; nothing here knows about curses.
public struct Grid: Equatable, Sendable {
  public let rows: Int
  public let cols: Int
  public private(set) var cells: [Cell]

  public init(rows: Int, cols: Int) {
    self.rows = max(0, rows)
    self.cols = max(0, cols)
    cells = Array(repeating: .blank, count: self.rows * self.cols)
  }

  public subscript(row: Int, col: Int) -> Cell {
    get { cells[row * cols + col] }
    set { cells[row * cols + col] = newValue }
  }

  /// Writes `text` from (row, col), at most `limit` columns; control characters become visible
  /// placeholders. Returns the columns used. A wide grapheme that would not fit is left out.
  @discardableResult
  public mutating func put(_ text: String, row: Int, col: Int, style: Style, limit: Int? = nil) -> Int {
    guard row >= 0, row < rows, col < cols else { return 0 }
    let end = min(cols, col + (limit ?? cols))
    var x = col
    for character in text {
      guard x < end else { break }
      // Controls are graphemes of their own, except CR LF; every control scalar gets a placeholder.
      if character.unicodeScalars.contains(where: Grid.isControl) {
        for scalar in character.unicodeScalars {
          let text = Grid.isControl(scalar) ? TerminalPlaceholder.text(scalar) : " "
          for placeholder in text where x < end {
            if x >= 0 { self[row, x] = Cell(text: String(placeholder), style: Style(.placeholder)) }
            x += 1
          }
        }
        continue
      }
      let scalars = character.isASCII ? Array(character.unicodeScalars) : DisplayWidth.drawnScalars(character)
      let width = character.isASCII ? 1 : DisplayWidth.of(scalars: scalars)
      guard x + width <= end else { break }
      if x >= 0 { putGrapheme(String(String.UnicodeScalarView(scalars)), width: width, row: row, col: x, style: style) }
      x += width
    }
    return x - col
  }

  /// Writes one grapheme already measured (the reader's laid-out text).
  public mutating func putGrapheme(_ grapheme: String, width: Int, row: Int, col: Int, style: Style) {
    guard row >= 0, row < rows, col >= 0, col + width <= cols else { return }
    // Never leave half of a wide grapheme behind.
    if self[row, col].isContinuation, col > 0 { self[row, col - 1] = Cell(text: " ", style: self[row, col - 1].style) }
    if col + 1 < cols, self[row, col + 1].isContinuation, width == 1 {
      self[row, col + 1] = Cell(text: " ", style: self[row, col + 1].style)
    }
    self[row, col] = Cell(text: grapheme, style: style)
    if width == 2 { self[row, col + 1] = Cell(text: "", style: style, isContinuation: true) }
  }

  /// Fills `width` columns from (row, col) with blanks of `style`.
  public mutating func fill(row: Int, col: Int, width: Int, style: Style) {
    guard row >= 0, row < rows else { return }
    for x in max(0, col)..<min(cols, col + width) { self[row, x] = Cell(text: " ", style: style) }
  }

  /// The grid as text, one line a row, trailing blanks trimmed: what `tmux capture-pane -p` shows.
  public func text() -> String {
    (0..<rows).map { row in
      var line = ""
      for col in 0..<cols where !self[row, col].isContinuation { line += self[row, col].text }
      while line.last == " " { line.removeLast() }
      return line
    }.joined(separator: "\n")
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
      || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }
}

/// How a control character is shown: `^[` for ESC, `<U+202E>` for C1 and bidirectional controls.
public enum TerminalPlaceholder {
  public static func text(_ scalar: Unicode.Scalar) -> String {
    if scalar.value < 0x20 { return "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40))) }
    if scalar.value == 0x7F { return "^?" }
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
  }
}
