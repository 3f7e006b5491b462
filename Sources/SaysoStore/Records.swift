import Foundation
import GRDB
import SaysoCore

/// Annotation rows: the target's anchor in columns (so that a document's annotations are read by range),
/// the body as a kind plus a code id or a text value.
enum AnnotationRecord {
  static func insert(_ a: Annotation, in db: Database) throws {
    let (kind, codeID, value) = columns(of: a.body)
    try db.execute(
      sql: """
        INSERT OR REPLACE INTO annotation
          (id, documentID, targetKind, quoteID, start, "end", exact, prefix, suffix, bodyKind, codeID, value, coder,
           createdAt, orphan)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        a.id, a.documentID, a.targetKind.rawValue, a.quoteID, a.anchor.start, a.anchor.end, a.anchor.exact,
        a.anchor.prefix, a.anchor.suffix, kind, codeID, value, a.coder, a.created.timeIntervalSince1970,
        a.isOrphan,
      ])
  }

  static func columns(of body: AnnotationBody) -> (String, Int64?, String?) {
    switch body {
    case .code(let id): return ("code", id, nil)
    case .note(let text): return ("note", nil, text)
    case .speaker(let name): return ("speaker", nil, name)
    case .review(let review): return ("review", nil, review.rawValue)
    }
  }

  static func annotation(_ row: Row) -> Annotation? {
    let body: AnnotationBody
    let value: String? = row["value"]
    switch row["bodyKind"] as String {
    case "code":
      guard let id: Int64 = row["codeID"] else { return nil }
      body = .code(id)
    case "note": body = .note(value ?? "")
    case "speaker": body = .speaker(value ?? "")
    case "review":
      guard let review = value.flatMap(QuoteReview.init(rawValue:)) else { return nil }
      body = .review(review)
    default: return nil
    }
    guard let kind = TargetKind(rawValue: row["targetKind"]) else { return nil }
    var annotation = Annotation(
      id: row["id"], documentID: row["documentID"], targetKind: kind, quoteID: row["quoteID"],
      anchor: TextAnchor(
        start: row["start"], end: row["end"], exact: row["exact"], prefix: row["prefix"],
        suffix: row["suffix"]),
      body: body, coder: row["coder"], created: Date(timeIntervalSince1970: row["createdAt"]))
    annotation.isOrphan = row["orphan"]
    return annotation
  }
}

enum CodeRecord {
  /// Inserts a code; id 0 asks for a new id. Returns the id.
  static func insert(_ code: Code, in db: Database) throws -> Int64 {
    try db.execute(
      sql: "INSERT INTO code (id, name, color, description, hotkey, position) VALUES (?, ?, ?, ?, ?, ?)",
      arguments: [
        code.id == 0 ? nil : code.id, code.name, code.color, code.description, code.hotkey, code.position,
      ])
    return db.lastInsertedRowID
  }

  static func update(_ code: Code, in db: Database) throws {
    try db.execute(
      sql: "UPDATE code SET name = ?, color = ?, description = ?, hotkey = ?, position = ? WHERE id = ?",
      arguments: [code.name, code.color, code.description, code.hotkey, code.position, code.id])
  }

  static func code(_ row: Row) -> Code {
    Code(
      id: row["id"], name: row["name"], color: row["color"], description: row["description"],
      hotkey: row["hotkey"],
      position: row["position"])
  }
}

extension Workspace {
  /// A document version's annotations, in text order.
  public func annotations(documentID: Int64) throws -> [Annotation] {
    try pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM annotation WHERE documentID = ? ORDER BY start, \"end\", createdAt",
        arguments: [documentID]
      ).compactMap(AnnotationRecord.annotation)
    }
  }

  /// Every annotation of the workspace, by document then position.
  public func allAnnotations() throws -> [Annotation] {
    try pool.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM annotation ORDER BY documentID, start, \"end\", createdAt")
        .compactMap(AnnotationRecord.annotation)
    }
  }

  /// The codebook in its order.
  public func codes() throws -> [Code] {
    try pool.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM code ORDER BY position, id").map(CodeRecord.code)
    }
  }
}
