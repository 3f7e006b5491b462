/// A key press or terminal event, decoded by the terminal layer.
public enum Key: Hashable, Sendable {
  case char(Character)
  case ctrl(Character)
  case up, down, left, right, pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete
  case function(Int)
  case resize
  case mouse(MouseEvent)

  /// The key's name as the help screen and the config file write it: `j`, `J`, `Ctrl-d`, `PgDn`,
  /// `Space`, `Shift-Tab`.
  public var name: String {
    switch self {
    case .char(" "): return "Space"
    case .char(let c): return String(c)
    case .ctrl(let c): return "Ctrl-" + String(c)
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Delete"
    case .function(let n): return "F\(n)"
    case .resize: return "Resize"
    case .mouse: return "Mouse"
    }
  }

  static let named: [String: Key] = [
    "Space": .char(" "), "Up": .up, "Down": .down, "Left": .left, "Right": .right, "PgUp": .pageUp,
    "PgDn": .pageDown, "Home": .home, "End": .end, "Enter": .enter, "Esc": .escape, "Tab": .tab,
    "Shift-Tab": .backTab, "Backspace": .backspace, "Delete": .delete,
  ]

  /// Reads a key sequence as written in the config file: `j`, `Ctrl-d`, `PgDn`, `]q` (two keys), `g g`.
  public static func sequence(_ text: String) -> [Key]? {
    if text.contains(" ") && text != " " {
      let parts = text.split(separator: " ").map { single(String($0)) }
      return parts.contains(where: { $0 == nil }) ? nil : parts.compactMap { $0 }
    }
    if let key = single(text) { return [key] }
    // Two plain characters in a row ("]q", "gg").
    let characters = Array(text)
    guard characters.count == 2, characters.allSatisfy({ !$0.isWhitespace }) else { return nil }
    return characters.map { .char($0) }
  }

  static func single(_ text: String) -> Key? {
    if let key = named[text] { return key }
    if text.hasPrefix("Ctrl-"), text.count == 6, let c = text.last { return .ctrl(Character(c.lowercased())) }
    if text.hasPrefix("F"), let n = Int(text.dropFirst()), (1...24).contains(n) { return .function(n) }
    if text.count == 1, let c = text.first { return .char(c) }
    return nil
  }

  /// A written form of a sequence: `]q`, `Ctrl-d`, `g g` when a key in it has a long name.
  public static func name(of sequence: [Key]) -> String {
    let names = sequence.map(\.name)
    return names.allSatisfy { $0.count == 1 } ? names.joined() : names.joined(separator: " ")
  }
}

/// A mouse event at a screen cell.
public struct MouseEvent: Hashable, Sendable {
  public enum Kind: Hashable, Sendable { case press, release, click, doubleClick, wheelUp, wheelDown, drag }
  public var kind: Kind
  public var row: Int
  public var col: Int

  public init(kind: Kind, row: Int, col: Int) {
    self.kind = kind
    self.row = row
    self.col = col
  }
}
