import Foundation
import GRDB
import SaysoCore

/// What the index knows about one file of a corpus folder.
public struct IndexedFileState: Sendable, Equatable {
  public var size: Int
  /// Hash of the text the index holds for it.
  public var sha256: String
  public var modified: Double
  public var documentID: Int64
  public var extractor: String
  public var present: Bool
}

extension Workspace {
  /// The files indexed under `folder` (present or removed since), by absolute path.
  public func indexedFiles(under folder: String) throws -> [String: IndexedFileState] {
    let range = Self.pathRange(under: folder)
    return try pool.read { db in
      var states: [String: IndexedFileState] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT f.path, f.size, f.modified, f.documentID, f.extractor, f.present, d.sha256 FROM corpus_file f
          JOIN document d ON d.id = f.documentID WHERE f.path >= ? AND f.path < ?
          """, arguments: [range.lower, range.upper])
      while let row = try rows.next() {
        states[row[0]] = IndexedFileState(
          size: row[1], sha256: row[6], modified: row[2], documentID: row[3], extractor: row[4],
          present: row[5])
      }
      return states
    }
  }

  /// Files the documents of a batch in one transaction: each new version with its paragraphs,
  /// quotes, speakers and passages; annotations of the version it replaces are re-anchored onto it
  /// and the replaced version leaves the speaker index and the search index (its text and
  /// annotations stay in the workspace). Returns the re-anchoring done, by path.
  @discardableResult
  public func index(_ batch: [IndexedDocument]) throws -> [String: ReanchorReport] {
    try pool.writeWithoutTransaction { db in
      // The index can be rebuilt from the sources, so its batches are not each flushed to the disk
      // (WAL with synchronous NORMAL is still atomic: a power cut loses the last batches whole, and
      // annotations re-anchored in them stay on the version they were on). Annotations keep FULL.
      // A larger page cache keeps the search index's b-trees in memory while ten thousand documents
      // go in (64 MB; SQLite's default is 2 MB).
      try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536")
      defer { try? db.execute(sql: "PRAGMA synchronous = FULL") }
      var reports: [String: ReanchorReport] = [:]
      try db.inTransaction {
        var ids: [Int64] = []
        var speakers = SpeakerIDs()
        for item in batch {
          let (id, report) = try Self.index(item, in: db, speakers: &speakers)
          if let report { reports[item.file.path] = report }
          ids.append(id)
        }
        // Passages go last: FTS5 writes what it holds to the disk before any statement that may
        // need a savepoint (an upsert, a foreign key check), so passages interleaved with the other
        // rows made a tiny index segment per document, and indexing slow.
        for (item, id) in zip(batch, ids) { try Self.writePassages(item.passages, documentID: id, in: db) }
        return .commit
      }
      return reports
    }
  }

  /// Files that were indexed and are gone from the folder: they leave the corpus lists (their
  /// documents and annotations stay, and come back if the file does).
  public func markRemoved(_ paths: [String]) throws {
    guard !paths.isEmpty else { return }
    try pool.write { db in
      let statement = try db.cachedStatement(sql: "UPDATE corpus_file SET present = 0 WHERE path = ?")
      for path in paths { try statement.execute(arguments: [path]) }
    }
  }

  /// A file whose time changed but whose text did not: only its size and time are updated.
  public func touch(_ file: CorpusFile) throws {
    try pool.write { db in
      try db.execute(
        sql: "UPDATE corpus_file SET size = ?, modified = ?, present = 1 WHERE path = ?",
        arguments: [file.size, file.modified, file.path])
    }
  }

  /// Files one document version, except its passages (see `index(_:)`): its id and the re-anchoring done.
  private static func index(
    _ item: IndexedDocument, in db: Database, speakers: inout SpeakerIDs
  ) throws -> (Int64, ReanchorReport?) {
    let document = item.document
    let path = item.file.path
    let hash = document.text.sha256
    // Ten thousand documents run these statements ten thousand times: each is compiled once.
    let previous = try Int64.fetchOne(
      db.cachedStatement(sql: "SELECT documentID FROM corpus_file WHERE path = ?"), arguments: [path])
    let known = try Int64.fetchOne(
      db.cachedStatement(sql: "SELECT id FROM document WHERE path = ? AND sha256 = ?"),
      arguments: [path, hash])
    let extracted: [(any DatabaseValueConvertible)?] = [
      item.encodedParagraphs, document.layout?.rawValue, ExtractorVersion.current,
      item.quoteCount, document.metadata.date, outlet(of: document.metadata),
    ]
    let id: Int64
    if let known {
      id = known
      try forget(documentID: known, in: db)
      try db.cachedStatement(
        sql: """
          UPDATE document SET paragraphs = ?, layout = ?, extractor = ?, quoteCount = ?, date = ?, outlet = ?
          WHERE id = ?
          """
      ).execute(arguments: StatementArguments(extracted + [id]))
    } else {
      let row: [(any DatabaseValueConvertible)?] = [
        path, hash, document.format.rawValue, document.metadata.title, item.textString,
        Date().timeIntervalSince1970, item.metadataJSON, document.sourceSHA256,
      ]
      try db.cachedStatement(
        sql: """
          INSERT INTO document (path, sha256, format, title, text, importedAt, metadata, sourceSHA256,
            paragraphs, layout, extractor, quoteCount, date, outlet)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: StatementArguments(row + extracted))
      id = db.lastInsertedRowID
    }
    var report: ReanchorReport?
    if let previous, previous != id {
      try forget(documentID: previous, in: db)
      if try Bool.fetchOne(
        db, sql: "SELECT EXISTS(SELECT 1 FROM annotation WHERE documentID = ?)", arguments: [previous])
        == true
      {
        report = try reanchor(from: previous, to: id, text: document.text, in: db)
      }
    }
    try writeQuotes(
      item, documentID: id, correctedIn: db, isNew: known == nil && previous == nil,
      storedCount: item.quoteCount, speakers: &speakers)
    try db.cachedStatement(
      sql: """
        INSERT OR REPLACE INTO corpus_file (path, size, modified, documentID, extractor, present, indexedAt)
        VALUES (?, ?, ?, ?, ?, 1, ?)
        """
    ).execute(arguments: [
      path, item.file.size, item.file.modified, id, ExtractorVersion.current, Date().timeIntervalSince1970,
    ])
    return (id, report)
  }

  /// Puts a document version's quotes in the speaker index again, with the researcher's corrections
  /// as the workspace holds them now (after a speaker was reassigned in the explorer), in one
  /// transaction. Nothing happens for a document that is not in a corpus index.
  public func reindexQuotes(_ item: IndexedDocument, documentID: Int64) throws {
    try pool.write { db in
      guard
        try Bool.fetchOne(
          db, sql: "SELECT EXISTS(SELECT 1 FROM corpus_file WHERE documentID = ?)", arguments: [documentID])
          == true
      else { return }
      var speakers = SpeakerIDs()
      try Self.writeQuotes(item, documentID: documentID, correctedIn: db, speakers: &speakers)
    }
  }

  /// Writes the quotes with the corrections found among the document's annotations applied. A new
  /// document (no earlier version, never indexed) has no annotation and no quote to replace. The
  /// document's quote count is rewritten only when it is not `storedCount` already: an update
  /// rewrites the whole row, text included.
  static func writeQuotes(
    _ item: IndexedDocument, documentID: Int64, correctedIn db: Database, isNew: Bool = false,
    storedCount: Int? = nil, speakers: inout SpeakerIDs
  ) throws {
    let corrections =
      isNew
      ? []
      : try Row.fetchAll(
        db.cachedStatement(
          sql: """
            SELECT \(AnnotationRecord.columns) FROM annotation
            WHERE documentID = ? AND bodyKind IN ('speaker', 'review') AND orphan = 0
            """), arguments: [documentID]
      ).compactMap(AnnotationRecord.annotation)
    let written = corrections.isEmpty ? item : item.corrected(by: corrections)
    try writeQuotes(written, documentID: documentID, in: db, speakers: &speakers)
    if written.quoteCount != storedCount {
      try db.cachedStatement(sql: "UPDATE document SET quoteCount = ? WHERE id = ?")
        .execute(arguments: [written.quoteCount, documentID])
    }
  }

  static func writeQuotes(
    _ item: IndexedDocument, documentID: Int64, in db: Database, speakers: inout SpeakerIDs
  ) throws {
    try forgetQuotes(documentID: documentID, in: db)
    let insert = try db.cachedStatement(
      sql: """
        INSERT INTO quote (speakerID, documentID, start, part, quoteID, parts, paragraph, "end", kind, speaker,
          speakerKind, mentionStart, mentionEnd, mention, cueStart, cueEnd, cue, rule, confidence, text)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    var perSpeaker: [Int64: Int] = [:]
    for (record, key) in zip(item.quotes, item.speakerKeys) {
      let speakerID =
        try key.map { try speakers.id(key: $0, name: record.speaker ?? $0, kind: record.speakerKind, in: db) }
        ?? 0
      if speakerID != 0, record.part == 1 { perSpeaker[speakerID, default: 0] += 1 }
      let values: [(any DatabaseValueConvertible)?] = [
        speakerID, documentID, record.range.lowerBound, record.part, record.id, record.parts,
        record.paragraph,
        record.range.upperBound, record.kind.rawValue, record.speaker, record.speakerKind?.rawValue,
        record.mention?.range.lowerBound, record.mention?.range.upperBound, record.mention?.text,
        record.cue?.range.lowerBound, record.cue?.range.upperBound, record.cue?.text, record.rule?.rawValue,
        record.confidence, record.text,
      ]
      // Checked once by the compiler's types: GRDB's per-call argument check is skipped.
      insert.setUncheckedArguments(StatementArguments(values))
      try insert.execute()
    }
    let count = try db.cachedStatement(
      sql: "INSERT INTO speaker_document (speakerID, documentID, quotes) VALUES (?, ?, ?)")
    for (speakerID, quotes) in perSpeaker {
      count.setUncheckedArguments([speakerID, documentID, quotes])
      try count.execute()
    }
  }

  private static func writePassages(_ passages: [String], documentID: Int64, in db: Database) throws {
    let insert = try db.cachedStatement(sql: "INSERT INTO passage (rowid, body) VALUES (?, ?)")
    for (index, passage) in passages.enumerated() {
      insert.setUncheckedArguments([passageRowID(documentID, index), passage])
      try insert.execute()
    }
  }

  /// Takes a document version out of the quote and search indexes (before it is indexed again, or
  /// when a newer version replaces it). A contentless FTS5 index forgets a row only when given the
  /// values it indexed, which the stored text and paragraphs give back exactly.
  private static func forget(documentID: Int64, in db: Database) throws {
    try forgetQuotes(documentID: documentID, in: db)
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT text, paragraphs FROM document WHERE id = ? AND paragraphs IS NOT NULL",
        arguments: [documentID]),
      let paragraphs = ParagraphCodec.decode(row["paragraphs"])
    else { return }
    let text = SourceText(row["text"] as String)
    let delete = try db.cachedStatement(
      sql: "INSERT INTO passage (passage, rowid, body) VALUES ('delete', ?, ?)")
    for paragraph in paragraphs where paragraph.range.upperBound <= text.scalarCount {
      try delete.execute(arguments: [
        passageRowID(documentID, paragraph.index), SearchText.indexable(text.substring(paragraph.range)),
      ])
    }
    try db.execute(sql: "UPDATE document SET paragraphs = NULL WHERE id = ?", arguments: [documentID])
  }

  static func forgetQuotes(documentID: Int64, in db: Database) throws {
    try db.cachedStatement(sql: "DELETE FROM quote WHERE documentID = ?").execute(arguments: [documentID])
    try db.cachedStatement(sql: "DELETE FROM speaker_document WHERE documentID = ?")
      .execute(arguments: [documentID])
  }

  static func passageRowID(_ documentID: Int64, _ paragraph: Int) -> Int64 {
    documentID << 20 | Int64(min(paragraph, (1 << 20) - 1))
  }

  /// The outlet a document list shows: the site's name, else the host of its address.
  static func outlet(of metadata: DocumentMetadata) -> String? {
    // Some pages give their address as their site's name.
    if let site = metadata.siteName, !site.isEmpty, !site.hasPrefix("http") { return site }
    guard let url = metadata.siteName.flatMap({ $0.hasPrefix("http") ? $0 : nil }) ?? metadata.canonicalURL,
      let host = URL(string: url)?.host
    else { return nil }
    return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
  }

  /// Paths under a folder sort between "folder/" and "folder0" ('0' follows '/').
  static func pathRange(under folder: String) -> (lower: String, upper: String) {
    let root = URL(fileURLWithPath: folder).standardizedFileURL.path
    let base = root.hasSuffix("/") ? String(root.dropLast()) : root
    return (base + "/", base + "0")
  }
}

/// Corpus speaker ids met in one transaction, so that a speaker quoted a hundred times in a batch is
/// looked up once.
struct SpeakerIDs {
  private var known: [String: Int64] = [:]

  /// The corpus speaker with this key, made the first time it is met.
  mutating func id(key: String, name: String, kind: SpeakerKind?, in db: Database) throws -> Int64 {
    if let id = known[key] { return id }
    let id: Int64
    if let found = try Int64.fetchOne(
      db.cachedStatement(sql: "SELECT id FROM corpus_speaker WHERE key = ?"), arguments: [key])
    {
      id = found
    } else {
      try db.cachedStatement(sql: "INSERT INTO corpus_speaker (key, name, kind) VALUES (?, ?, ?)")
        .execute(arguments: [key, CorpusSpeakerKey.displayName(name), (kind ?? .person).rawValue])
      id = db.lastInsertedRowID
    }
    known[key] = id
    return id
  }
}
