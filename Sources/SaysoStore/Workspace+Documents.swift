import Foundation
import GRDB
import SaysoCore

/// A document as the workspace knows it.
public struct StoredDocument: Sendable, Hashable {
  public var id: Int64
  public var path: String
  public var sha256: String
  public var title: String?
  public var importedAt: Date
}

extension Workspace {
  /// The id of this version of the document, importing it (text, hash, metadata) the first time.
  /// Sources are never modified; an edited source is a new version under the same path.
  public func register(_ document: Document, path: String) throws -> Int64 {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let hash = document.text.sha256
    return try pool.write { db in
      if let id = try Int64.fetchOne(
        db, sql: "SELECT id FROM document WHERE path = ? AND sha256 = ?", arguments: [absolute, hash])
      {
        return id
      }
      let metadata = document.metadata.json
      try db.execute(
        sql: """
          INSERT INTO document (path, sha256, format, title, text, importedAt, metadata, sourceSHA256)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          absolute, hash, document.format.rawValue, document.metadata.title, document.text.string,
          Date().timeIntervalSince1970, metadata, document.sourceSHA256,
        ])
      return db.lastInsertedRowID
    }
  }

  /// The id of this version of a document if the workspace has it; nothing is written.
  public func existingDocumentID(path: String, sha256: String) throws -> Int64? {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    return try pool.read { db in
      try Int64.fetchOne(
        db, sql: "SELECT id FROM document WHERE path = ? AND sha256 = ?", arguments: [absolute, sha256])
    }
  }

  /// Every document version, newest first per path.
  public func documents() throws -> [StoredDocument] {
    try pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT id, path, sha256, title, importedAt FROM document ORDER BY path, id DESC"
      )
      .map(StoredDocument.init(row:))
    }
  }

  /// Earlier versions of the document at `path` (other hashes), newest first.
  public func otherVersions(of path: String, than id: Int64) throws -> [StoredDocument] {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    return try pool.read { db in
      try Row.fetchAll(
        db,
        sql:
          "SELECT id, path, sha256, title, importedAt FROM document WHERE path = ? AND id != ? ORDER BY id DESC",
        arguments: [absolute, id]
      ).map(StoredDocument.init(row:))
    }
  }

  /// The metadata stored for a document version (title, byline, date, site…).
  public func metadata(of id: Int64) throws -> DocumentMetadata? {
    try pool.read { db in
      guard
        let json = try String.fetchOne(db, sql: "SELECT metadata FROM document WHERE id = ?", arguments: [id])
      else {
        return nil
      }
      return try? JSONDecoder().decode(DocumentMetadata.self, from: Data(json.utf8))
    }
  }

  /// The text stored for a document version.
  public func text(of id: Int64) throws -> String? {
    try pool.read { db in
      try String.fetchOne(db, sql: "SELECT text FROM document WHERE id = ?", arguments: [id])
    }
  }
}

extension StoredDocument {
  init(row: Row) {
    self.init(
      id: row["id"], path: row["path"], sha256: row["sha256"], title: row["title"],
      importedAt: Date(timeIntervalSince1970: row["importedAt"]))
  }
}

extension Workspace {
  /// What re-anchoring did: how many annotations kept their place, moved, were placed fuzzily, or
  /// became orphans.
  public struct ReanchorReport: Sendable, Equatable {
    public var unchanged = 0
    public var moved = 0
    public var fuzzy = 0
    public var orphans = 0
  }

  /// Moves the annotations of an earlier version of a document onto the version `newID` whose text
  /// is `text`: each is placed again (see `Reanchoring`) with fresh context, or kept as an orphan.
  /// Nothing is deleted; one transaction.
  public func reanchor(from oldID: Int64, to newID: Int64, text: SourceText) throws -> ReanchorReport {
    try pool.write { db in try Self.reanchor(from: oldID, to: newID, text: text, in: db) }
  }

  /// Re-anchoring inside a transaction the caller holds (the corpus index moves annotations in the
  /// same transaction that files the new version).
  static func reanchor(
    from oldID: Int64, to newID: Int64, text: SourceText, in db: Database
  ) throws
    -> ReanchorReport
  {
    let placer = Reanchoring(text: text)
    var report = ReanchorReport()
    let rows = try Row.fetchAll(
      db, sql: "SELECT \(AnnotationRecord.columns) FROM annotation WHERE documentID = ?", arguments: [oldID]
    )
    for row in rows {
      guard var annotation = AnnotationRecord.annotation(row) else { continue }
      annotation.documentID = newID
      switch placer.place(annotation.anchor) {
      case .unchanged?:
        annotation.isOrphan = false
        report.unchanged += 1
      case .moved(let range)?:
        annotation.anchor = TextAnchor(range: range, in: text)
        annotation.isOrphan = false
        report.moved += 1
      case .fuzzy(let range)?:
        annotation.anchor = TextAnchor(range: range, in: text)
        annotation.isOrphan = false
        report.fuzzy += 1
      case nil:
        annotation.isOrphan = true
        report.orphans += 1
      }
      try AnnotationRecord.insert(annotation, in: db)
    }
    return report
  }

  /// Opens a document in the workspace: registers this version and, when it is new and an earlier
  /// version of the same path has annotations, re-anchors them onto it.
  public func open(_ document: Document, path: String) throws -> (id: Int64, report: ReanchorReport?) {
    let id = try register(document, path: path)
    guard try annotations(documentID: id).isEmpty else { return (id, nil) }
    for earlier in try otherVersions(of: path, than: id)
    where !(try annotations(documentID: earlier.id).isEmpty) {
      return (id, try reanchor(from: earlier.id, to: id, text: document.text))
    }
    return (id, nil)
  }

  /// Annotations that could not be placed in the current text of their document.
  public func orphans() throws -> [Annotation] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: "SELECT \(AnnotationRecord.columns) FROM annotation WHERE orphan = 1 ORDER BY documentID, start"
      )
      .compactMap(AnnotationRecord.annotation)
    }
  }
}
