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
      try db.execute(
        sql: """
          INSERT INTO document (path, sha256, format, title, text, importedAt) VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          absolute, hash, document.format.rawValue, document.metadata.title, document.text.string,
          Date().timeIntervalSince1970,
        ])
      return db.lastInsertedRowID
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
