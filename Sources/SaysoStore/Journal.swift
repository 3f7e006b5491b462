import Foundation
import GRDB
import SaysoCore

/// The append-only journal of changes. Rows are never updated or deleted: an undo is a new row that
/// names the row it undoes, so the undo and redo stacks of a coder are rebuilt from the journal alone,
/// in any process, after any restart.
enum Journal {
  enum Kind: String {
    case `do`, undo, redo
  }

  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return encoder
  }()

  static func append(kind: Kind, target: Int64?, change: Change, coder: String, in db: Database) throws {
    let json = String(decoding: try encoder.encode(change), as: UTF8.self)
    try db.execute(
      sql: "INSERT INTO operation (at, coder, kind, target, change) VALUES (?, ?, ?, ?, ?)",
      arguments: [Date().timeIntervalSince1970, coder, kind.rawValue, target, json])
  }

  /// The change a journal row applied.
  static func change(at seq: Int64, in db: Database) throws -> Change? {
    guard
      let json = try String.fetchOne(db, sql: "SELECT change FROM operation WHERE seq = ?", arguments: [seq])
    else {
      return nil
    }
    return try JSONDecoder().decode(Change.self, from: Data(json.utf8))
  }

  /// Replays `coder`'s rows: a new change clears the redo stack, an undo moves its target from the
  /// undo stack to the redo stack, a redo moves it back.
  static func stacks(coder: String, in db: Database) throws -> (undo: [Int64], redo: [Int64]) {
    var undo: [Int64] = []
    var redo: [Int64] = []
    let rows = try Row.fetchCursor(
      db, sql: "SELECT seq, kind, target FROM operation WHERE coder = ? ORDER BY seq", arguments: [coder])
    while let row = try rows.next() {
      let seq: Int64 = row["seq"]
      let target: Int64? = row["target"]
      switch Kind(rawValue: row["kind"]) {
      case .do:
        undo.append(seq)
        redo.removeAll()
      case .undo:
        if let target, let index = undo.lastIndex(of: target) { undo.remove(at: index) }
        if let target { redo.append(target) }
      case .redo:
        if let target, let index = redo.lastIndex(of: target) { redo.remove(at: index) }
        if let target { undo.append(target) }
      case nil:
        continue
      }
    }
    return (undo, redo)
  }
}
