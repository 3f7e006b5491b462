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
    // v4: the corpus index. Each file of an indexed folder points at the document version read from
    // it (size and time tell a changed file without reading it); the paragraphs, the quotes and the
    // corpus speakers are kept so that lists, speaker queries and search never re-read a source; and
    // passages go into a contentless FTS5 index whose rowid is (document id << 20 | paragraph).
    migrator.registerMigration("v4") { db in
      try db.execute(
        sql: """
          ALTER TABLE document ADD COLUMN paragraphs TEXT;
          ALTER TABLE document ADD COLUMN extractor TEXT;
          ALTER TABLE document ADD COLUMN layout TEXT;
          ALTER TABLE document ADD COLUMN quoteCount INTEGER NOT NULL DEFAULT 0;
          ALTER TABLE document ADD COLUMN date TEXT;
          ALTER TABLE document ADD COLUMN outlet TEXT;
          CREATE TABLE corpus_file (
            path TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            modified REAL NOT NULL,
            documentID INTEGER NOT NULL REFERENCES document(id),
            extractor TEXT NOT NULL,
            present INTEGER NOT NULL DEFAULT 1,
            indexedAt REAL NOT NULL
          );
          CREATE INDEX corpus_file_document ON corpus_file(documentID);
          CREATE TABLE corpus_speaker (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            mergedInto INTEGER REFERENCES corpus_speaker(id)
          );
          CREATE INDEX corpus_speaker_merged ON corpus_speaker(mergedInto);
          -- Quote parts, stored in the order of their corpus speaker (0: none), so that "every quote by
          -- this speaker" reads one contiguous range; a document's parts are found by the index.
          CREATE TABLE quote (
            speakerID INTEGER NOT NULL,
            documentID INTEGER NOT NULL REFERENCES document(id),
            start INTEGER NOT NULL,
            part INTEGER NOT NULL,
            quoteID INTEGER NOT NULL,
            parts INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind TEXT NOT NULL,
            speaker TEXT,
            speakerKind TEXT,
            mentionStart INTEGER,
            mentionEnd INTEGER,
            mention TEXT,
            cueStart INTEGER,
            cueEnd INTEGER,
            cue TEXT,
            rule TEXT,
            confidence REAL,
            text TEXT NOT NULL,
            PRIMARY KEY (speakerID, documentID, start, part, quoteID)
          ) WITHOUT ROWID;
          CREATE INDEX quote_document ON quote(documentID);
          -- Per corpus speaker and document, how many statements: the speaker list adds these up.
          CREATE TABLE speaker_document (
            speakerID INTEGER NOT NULL,
            documentID INTEGER NOT NULL,
            quotes INTEGER NOT NULL,
            PRIMARY KEY (speakerID, documentID)
          ) WITHOUT ROWID;
          CREATE INDEX speaker_document_document ON speaker_document(documentID);
          -- Titles for lists without reading the documents' text.
          CREATE INDEX document_title ON document(id, title);
          CREATE VIRTUAL TABLE passage USING fts5(body, content = '', tokenize = 'unicode61 remove_diacritics 2');
          """)
    }
    return migrator
  }

  /// The newest migration this build knows; a store with a later one comes from a newer Sayso.
  static let latest = "v4"
}
