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

  /// The columns `annotation(_:)` reads, in its order: rows are decoded by position, which is several
  /// times faster than by name when a document has thousands of annotations.
  static let columns = """
    id, documentID, targetKind, quoteID, start, "end", exact, prefix, suffix, bodyKind, codeID, value, coder,
    createdAt, orphan
    """

  static func annotation(_ row: Row) -> Annotation? {
    let body: AnnotationBody
    let value: String? = row[11]
    switch row[9] as String {
    case "code":
      guard let id: Int64 = row[10] else { return nil }
      body = .code(id)
    case "note": body = .note(value ?? "")
    case "speaker": body = .speaker(value ?? "")
    case "review":
      guard let review = value.flatMap(QuoteReview.init(rawValue:)) else { return nil }
      body = .review(review)
    default: return nil
    }
    guard let kind = TargetKind(rawValue: row[2]) else { return nil }
    var annotation = Annotation(
      id: row[0], documentID: row[1], targetKind: kind, quoteID: row[3],
      anchor: TextAnchor(start: row[4], end: row[5], exact: row[6], prefix: row[7], suffix: row[8]),
      body: body, coder: row[12], created: Date(timeIntervalSince1970: row[13]))
    annotation.isOrphan = row[14]
    return annotation
  }
}

/// Speakers the researcher named: kept even when the annotation that named them is undone, so that a
/// name typed once is offered again, in any document of the workspace.
enum SpeakerRecord {
  static func remember(_ annotation: Annotation, in db: Database) throws {
    guard case .speaker(let name) = annotation.body else { return }
    try db.execute(
      sql: "INSERT OR IGNORE INTO speaker (name, createdAt) VALUES (?, ?)",
      arguments: [name, annotation.created.timeIntervalSince1970])
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
  /// A document version's annotations, in text order. Rows are decoded in place from a cursor (no
  /// copy of each row first): a document with 10,000 annotations opens in tens of milliseconds.
  public func annotations(documentID: Int64) throws -> [Annotation] {
    try pool.read { db in
      var result: [Annotation] = []
      let rows = try Row.fetchCursor(
        db,
        sql:
          "SELECT \(AnnotationRecord.columns) FROM annotation WHERE documentID = ? ORDER BY start, \"end\", createdAt",
        arguments: [documentID])
      while let row = try rows.next() {
        if let annotation = AnnotationRecord.annotation(row) { result.append(annotation) }
      }
      return result
    }
  }

  /// Every annotation of the workspace, by document then position.
  public func allAnnotations() throws -> [Annotation] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT \(AnnotationRecord.columns) FROM annotation ORDER BY documentID, start, \"end\", createdAt"
      )
      .compactMap(AnnotationRecord.annotation)
    }
  }

  /// Whether a document version has any annotation (without reading them).
  public func hasAnnotations(documentID: Int64) throws -> Bool {
    try pool.read { db in
      try Bool.fetchOne(
        db, sql: "SELECT EXISTS(SELECT 1 FROM annotation WHERE documentID = ?)", arguments: [documentID])
        ?? false
    }
  }

  /// The speakers the researcher named in this workspace, by name.
  public func researcherSpeakers() throws -> [String] {
    try pool.read { db in
      try String.fetchAll(db, sql: "SELECT name FROM speaker ORDER BY name COLLATE NOCASE")
    }
  }

  /// The codebook in its order.
  public func codes() throws -> [Code] {
    try pool.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM code ORDER BY position, id").map(CodeRecord.code)
    }
  }
}
