import Foundation
import GRDB
import SaysoCore

extension Workspace {
  /// Makes `speakers` one corpus speaker with `target` ("Macron" and "Emmanuel Macron"): their quotes
  /// count as the target's. Speakers already merged into one of them follow. Undone by `split`.
  public func mergeSpeakers(_ speakers: [Int64], into target: Int64) throws {
    try pool.write { db in
      let root = try Int64.fetchOne(
        db, sql: "SELECT COALESCE(mergedInto, id) FROM corpus_speaker WHERE id = ?", arguments: [target])
      guard let root else { return }
      for id in speakers where id != root {
        try db.execute(
          sql: "UPDATE corpus_speaker SET mergedInto = ? WHERE id = ? OR mergedInto = ?",
          arguments: [root, id, id])
      }
      try db.execute(sql: "UPDATE corpus_speaker SET mergedInto = NULL WHERE id = ?", arguments: [root])
    }
  }

  /// Undoes merges into `speaker`: every speaker merged into it is its own corpus speaker again.
  /// Returns how many came apart.
  @discardableResult
  public func splitSpeaker(_ speaker: Int64) throws -> Int {
    try pool.write { db in
      try db.execute(
        sql: "UPDATE corpus_speaker SET mergedInto = NULL WHERE mergedInto = ?", arguments: [speaker])
      return db.changesCount
    }
  }

  /// The corpus speaker whose name (any of those merged into it) is `name`, compared as corpus keys.
  public func corpusSpeaker(named name: String) throws -> Int64? {
    let key = CorpusSpeakerKey.normalised(name)
    return try pool.read { db in
      try Int64.fetchOne(
        db, sql: "SELECT COALESCE(mergedInto, id) FROM corpus_speaker WHERE key = ?", arguments: [key])
    }
  }

  /// A document version as the index read it (same text, paragraphs and metadata, so quotes found
  /// again get the same ids), without reading its source. Nil when it was never indexed.
  public func indexedDocument(_ id: Int64) throws -> Document? {
    try pool.read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT path, format, layout, text, paragraphs, metadata, sourceSHA256 FROM document
            WHERE id = ? AND paragraphs IS NOT NULL
            """, arguments: [id]),
        let paragraphs = ParagraphCodec.decode(row["paragraphs"])
      else { return nil }
      let text = SourceText(row["text"] as String)
      guard paragraphs.allSatisfy({ $0.range.upperBound <= text.scalarCount }) else { return nil }
      let metadataJSON: String = row["metadata"]
      let metadata =
        (try? JSONDecoder().decode(DocumentMetadata.self, from: Data(metadataJSON.utf8))) ?? .init()
      let format = SourceFormat(rawValue: row["format"]) ?? .text
      return Document(
        path: row["path"], format: format,
        layout: (row["layout"] as String?).flatMap(PlainTextLayout.init(rawValue:)), text: text,
        paragraphs: paragraphs, metadata: metadata,
        sourceSHA256: row["sourceSHA256"] ?? text.sha256, sourceByteCount: text.byteCount,
        decodeReport: DecodeReport())
    }
  }
}
