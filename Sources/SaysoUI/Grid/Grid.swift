/// One terminal cell: the grapheme drawn there and its style. A wide grapheme takes its cell and a
/// continuation cell to its right, which draws nothing. A cell is plain data (no reference counting),
/// so that a 200x60 screen is built and compared on every keystroke in well under a millisecond.
public struct Cell: Equatable, Sendable {
  /// A Unicode scalar value, or `Grid.clusterBase + i` for the grid's multi-scalar grapheme `i`.
  public var glyph: UInt32
  public var style: Style
  public var isContinuation = false

  public static let blank = Cell(glyph: 0x20, style: .plain)
}

/// The screen as the views draw it, before it reaches the terminal: rows of cells. Views write
/// graphemes with their display width; nothing here knows about curses.
public struct Grid: Sendable {
  public let rows: Int
  public let cols: Int
  public private(set) var cells: [Cell]
  /// Graphemes of more than one scalar (é as e + U+0301, flags), referred to by cells.
  private var clusters: [String] = []

  /// Glyph values from here on index `clusters`.
  static let clusterBase: UInt32 = 0x11_0000

  public init(rows: Int, cols: Int) {
    self.rows = max(0, rows)
    self.cols = max(0, cols)
    cells = Array(repeating: .blank, count: self.rows * self.cols)
  }

  public subscript(row: Int, col: Int) -> Cell {
    get { cells[row * cols + col] }
    set { cells[row * cols + col] = newValue }
  }

  /// The grapheme a cell draws ("" for a continuation cell).
  public func text(of cell: Cell) -> String {
    if cell.isContinuation { return "" }
    if cell.glyph >= Grid.clusterBase { return clusters[Int(cell.glyph - Grid.clusterBase)] }
    return String(Character(Unicode.Scalar(cell.glyph) ?? " "))
  }

  /// True when cell `a` of this grid draws the same as cell `b` of `other`.
  func same(_ a: Cell, as b: Cell, in other: Grid) -> Bool {
    guard a.style == b.style, a.isContinuation == b.isContinuation else { return false }
    if a.glyph < Grid.clusterBase || b.glyph < Grid.clusterBase { return a.glyph == b.glyph }
    return text(of: a) == other.text(of: b)
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
          for placeholder in text.unicodeScalars where x < end {
            if x >= 0 { self[row, x] = Cell(glyph: placeholder.value, style: Style(.placeholder)) }
            x += 1
          }
        }
        continue
      }
      let scalars = character.isASCII ? Array(character.unicodeScalars) : DisplayWidth.drawnScalars(character)
      let width = character.isASCII ? 1 : DisplayWidth.of(scalars: scalars)
      guard x + width <= end else { break }
      if x >= 0 {
        let glyph = scalars.count == 1 ? scalars[0].value : nil
        putGrapheme(
          glyph: glyph, String(String.UnicodeScalarView(scalars)), width: width, row: row, col: x,
          style: style)
      }
      x += width
    }
    return x - col
  }

  /// Writes one grapheme already measured (the reader's laid-out text). `glyph` is its scalar when it
  /// has only one, which spares building a string.
  public mutating func putGrapheme(
    glyph: UInt32?, _ grapheme: @autoclosure () -> String, width: Int, row: Int, col: Int, style: Style
  ) {
    guard row >= 0, row < rows, col >= 0, col + width <= cols else { return }
    // Never leave half of a wide grapheme behind.
    if self[row, col].isContinuation, col > 0 {
      self[row, col - 1] = Cell(glyph: 0x20, style: self[row, col - 1].style)
    }
    if col + 1 < cols, self[row, col + 1].isContinuation, width == 1 {
      self[row, col + 1] = Cell(glyph: 0x20, style: self[row, col + 1].style)
    }
    let value: UInt32
    if let glyph {
      value = glyph
    } else {
      value = Grid.clusterBase + UInt32(clusters.count)
      clusters.append(grapheme())
    }
    self[row, col] = Cell(glyph: value, style: style)
    if width == 2 { self[row, col + 1] = Cell(glyph: 0, style: style, isContinuation: true) }
  }

  /// Fills `width` columns from (row, col) with blanks of `style`.
  public mutating func fill(row: Int, col: Int, width: Int, style: Style) {
    guard row >= 0, row < rows else { return }
    for x in max(0, col)..<min(cols, col + width) { self[row, x] = Cell(glyph: 0x20, style: style) }
  }

  /// The grid as text, one line a row, trailing blanks trimmed: what `tmux capture-pane -p` shows.
  public func text() -> String {
    (0..<rows).map { row in
      var line = ""
      for col in 0..<cols where !self[row, col].isContinuation { line += text(of: self[row, col]) }
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
