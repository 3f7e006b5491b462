import GRDB

/// The workspace schema, as migrations: a store made by an older Sayso is brought up to date when
/// opened, and never opened by a Sayso older than itself.
enum Schema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE document (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            format TEXT NOT NULL,
            title TEXT,
            text TEXT NOT NULL,
            importedAt REAL NOT NULL,
            UNIQUE (path, sha256)
          );
          CREATE TABLE code (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            color INTEGER,
            description TEXT NOT NULL DEFAULT '',
            hotkey TEXT,
            position INTEGER NOT NULL DEFAULT 0
          );
          CREATE TABLE annotation (
            id TEXT PRIMARY KEY,
            documentID INTEGER NOT NULL REFERENCES document(id),
            targetKind TEXT NOT NULL,
            quoteID INTEGER,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            bodyKind TEXT NOT NULL,
            codeID INTEGER,
            value TEXT,
            coder TEXT NOT NULL,
            createdAt REAL NOT NULL,
            orphan INTEGER NOT NULL DEFAULT 0
          );
          CREATE INDEX annotation_document ON annotation(documentID, start);
          CREATE TABLE operation (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at REAL NOT NULL,
            coder TEXT NOT NULL,
            kind TEXT NOT NULL,
            target INTEGER,
            change TEXT NOT NULL
          );
          CREATE INDEX operation_coder ON operation(coder, seq);
          """)
    }
    // v2: the source's whole metadata (byline, date, site, URL…) beside its title, and the speakers the
    // researcher named, so that a name typed once is offered in every document of the workspace.
    migrator.registerMigration("v2") { db in
      try db.execute(
        sql: """
          ALTER TABLE document ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}';
          ALTER TABLE document ADD COLUMN sourceSHA256 TEXT;
          CREATE TABLE speaker (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            createdAt REAL NOT NULL
          );
          INSERT OR IGNORE INTO speaker (name, createdAt)
            SELECT DISTINCT value, MIN(createdAt) FROM annotation WHERE bodyKind = 'speaker' GROUP BY value;
          """)
    }
    // v3: saved views, named queries shared by every document of the workspace.
    migrator.registerMigration("v3") { db in
      try db.execute(
        sql: """
          CREATE TABLE view (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            query TEXT NOT NULL,
            updatedAt REAL NOT NULL
          );
          """)
    }
    return migrator
  }

  /// The newest migration this build knows; a store with a later one comes from a newer Sayso.
  static let latest = "v3"
}
