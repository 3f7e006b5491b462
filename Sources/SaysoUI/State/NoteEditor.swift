/// The inline note editor: a few lines of text and a cursor, edited grapheme by grapheme so that CJK
/// and combining characters are never split. Enter starts a new line; Ctrl-S saves.
public struct NoteEditor: Equatable, Sendable {
  public var characters: [Character]
  public var cursor: Int
  /// The text when the editor opened, to tell whether closing would lose anything.
  public let original: String

  public init(text: String) {
    characters = Array(text)
    cursor = characters.count
    original = text
  }

  public var text: String { String(characters) }
  public var isChanged: Bool { text != original }

  public mutating func insert(_ character: Character) {
    characters.insert(character, at: cursor)
    cursor += 1
  }

  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  public mutating func moveHorizontally(_ delta: Int) {
    cursor = min(max(0, cursor + delta), characters.count)
  }

  /// Up or down a line, keeping the column where it can.
  public mutating func moveVertically(_ delta: Int) {
    let (line, column) = position
    let lines = self.lines
    let target = min(max(0, line + delta), lines.count - 1)
    guard target != line else { return }
    var offset = 0
    for index in 0..<target { offset += lines[index].count + 1 }
    cursor = offset + min(column, lines[target].count)
  }

  public mutating func moveToLineStart() { cursor -= position.column }

  public mutating func moveToLineEnd() {
    let (line, column) = position
    cursor += lines[line].count - column
  }

  /// The text's lines (Enter splits them).
  public var lines: [[Character]] {
    characters.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
  }

  /// The cursor's line and column (in graphemes).
  public var position: (line: Int, column: Int) {
    var line = 0
    var column = 0
    for character in characters.prefix(cursor) {
      if character == "\n" {
        line += 1
        column = 0
      } else {
        column += 1
      }
    }
    return (line, column)
  }
}
