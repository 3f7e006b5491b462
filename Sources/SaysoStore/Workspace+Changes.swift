import Foundation
import GRDB
import SaysoCore

extension Workspace {
  /// Applies a change and journals it, in one transaction: when this returns, the change is on disk.
  /// Returns the change as stored (a new code gets its id here).
  @discardableResult
  public func apply(_ change: Change, coder: String) throws -> Change {
    try pool.write { db in
      let stored = try Workspace.perform(change, in: db)
      try Journal.append(kind: .do, target: nil, change: stored, coder: coder, in: db)
      return stored
    }
  }

  /// Undoes `coder`'s last change that is not undone yet (also one made before a restart, or in another
  /// process by the same coder). Returns the change that undid it, or nil when there is nothing to undo.
  public func undo(coder: String) throws -> Change? {
    try pool.write { db in
      var stacks = try Journal.stacks(coder: coder, in: db)
      guard let target = stacks.undo.popLast(), let original = try Journal.change(at: target, in: db) else {
        return nil
      }
      let inverse = try Workspace.perform(original.inverse, in: db)
      try Journal.append(kind: .undo, target: target, change: inverse, coder: coder, in: db)
      return inverse
    }
  }

  /// Redoes the change `coder` undid last, if nothing was done since.
  public func redo(coder: String) throws -> Change? {
    try pool.write { db in
      var stacks = try Journal.stacks(coder: coder, in: db)
      guard let target = stacks.redo.popLast(), let original = try Journal.change(at: target, in: db) else {
        return nil
      }
      let again = try Workspace.perform(original, in: db)
      try Journal.append(kind: .redo, target: target, change: again, coder: coder, in: db)
      return again
    }
  }

  /// The journal's last entry: when it grows, some process changed the workspace.
  public func lastChange() throws -> Int64 {
    try pool.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM operation") ?? 0 }
  }

  /// How many changes `coder` can undo and redo now.
  public func history(coder: String) throws -> (undo: Int, redo: Int) {
    try pool.read { db in
      let stacks = try Journal.stacks(coder: coder, in: db)
      return (stacks.undo.count, stacks.redo.count)
    }
  }

  /// Carries out one change on the tables. Idempotent where it can be (a second process may have made
  /// the same row go away), so that undo after another process's edit does not fail.
  static func perform(_ change: Change, in db: Database) throws -> Change {
    switch change {
    case .add(let annotation):
      try AnnotationRecord.insert(annotation, in: db)
      try SpeakerRecord.remember(annotation, in: db)
      return change
    case .remove(let annotation):
      try db.execute(sql: "DELETE FROM annotation WHERE id = ?", arguments: [annotation.id])
      return change
    case .update(_, let new):
      try AnnotationRecord.insert(new, in: db)
      try SpeakerRecord.remember(new, in: db)
      return change
    case .addCode(var code):
      code.id = try CodeRecord.insert(code, in: db)
      return .addCode(code)
    case .removeCode(let code):
      let uses =
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM annotation WHERE codeID = ?", arguments: [code.id])
        ?? 0
      guard uses == 0 else {
        throw Workspace.StoreError(
          path: "code \(code.name)", message: "still applied \(uses) times; remove those first")
      }
      try db.execute(sql: "DELETE FROM code WHERE id = ?", arguments: [code.id])
      return change
    case .updateCode(_, let new):
      try CodeRecord.update(new, in: db)
      return change
    case .batch(let changes):
      return .batch(try changes.map { try perform($0, in: db) })
    }
  }
}
