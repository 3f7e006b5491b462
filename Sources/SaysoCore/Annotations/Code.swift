/// A code of the codebook: a name that may be a path (`economy/jobs`), a colour, a description and a
/// hotkey. Codes are shared by every document of a workspace.
public struct Code: Sendable, Hashable, Codable, Identifiable {
  public var id: Int64
  public var name: String
  /// A 256-colour number, or nil for the palette's choice.
  public var color: Int?
  public var description: String
  /// The key that applies it (`1`–`9` by default for the first nine).
  public var hotkey: String?
  /// Order in the codebook.
  public var position: Int

  public init(
    id: Int64, name: String, color: Int? = nil, description: String = "", hotkey: String? = nil,
    position: Int = 0
  ) {
    self.id = id
    self.name = name
    self.color = color
    self.description = description
    self.hotkey = hotkey
    self.position = position
  }

  /// The parent's path (`economy` for `economy/jobs`), nil at the top.
  public var parent: String? {
    guard let slash = name.lastIndex(of: "/") else { return nil }
    return String(name[..<slash])
  }

  /// How deep in the hierarchy (0 at the top).
  public var depth: Int { name.reduce(0) { $1 == "/" ? $0 + 1 : $0 } }
}

/// One undoable change to a workspace. Each is committed in its own transaction together with its
/// inverse in the operations journal, so undo and redo work after a restart.
public enum Change: Sendable, Hashable, Codable {
  case add(Annotation)
  case remove(Annotation)
  /// An annotation edited in place (a note rewritten): one step to undo.
  case update(old: Annotation, new: Annotation)
  case addCode(Code)
  case removeCode(Code)
  case updateCode(old: Code, new: Code)
  /// Several changes made by one command (a speaker renamed on all their quotes): one undo step.
  case batch([Change])

  /// The change that undoes this one.
  public var inverse: Change {
    switch self {
    case .add(let annotation): return .remove(annotation)
    case .remove(let annotation): return .add(annotation)
    case .update(let old, let new): return .update(old: new, new: old)
    case .addCode(let code): return .removeCode(code)
    case .removeCode(let code): return .addCode(code)
    case .updateCode(let old, let new): return .updateCode(old: new, new: old)
    case .batch(let changes): return .batch(changes.reversed().map(\.inverse))
    }
  }

  /// A few words for the status line: "code economy added", "note removed".
  public func summary(codes: [Int64: String] = [:]) -> String {
    switch self {
    case .add(let annotation): return Change.describe(annotation.body, codes: codes) + " added"
    case .remove(let annotation): return Change.describe(annotation.body, codes: codes) + " removed"
    case .update(_, let new): return Change.describe(new.body, codes: codes) + " changed"
    case .addCode(let code): return "code \(code.name) created"
    case .removeCode(let code): return "code \(code.name) deleted"
    case .updateCode(_, let new): return "code \(new.name) changed"
    case .batch(let changes):
      return changes.count == 1 ? changes[0].summary(codes: codes) : "\(changes.count) changes"
    }
  }

  static func describe(_ body: AnnotationBody, codes: [Int64: String]) -> String {
    switch body {
    case .code(let id): return "code " + (codes[id] ?? "#\(id)")
    case .note: return "note"
    case .speaker(let name): return "speaker \(name)"
    case .review(.confirmed): return "confirmation"
    case .review(.notAQuote): return "not-a-quote mark"
    }
  }
}
