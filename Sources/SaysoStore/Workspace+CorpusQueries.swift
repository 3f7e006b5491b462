import Foundation
import GRDB
import SaysoCore

/// The corpus as lists: its documents, its speakers, a speaker's quotes, the passages matching a
/// search. Each is one query on the index (no source is read), so that ten thousand documents answer
/// within milliseconds.
extension Workspace {
  /// The documents present under `folder`, in path order.
  public func corpusDocuments(under folder: String) throws -> [CorpusDocumentSummary] {
    let range = Self.pathRange(under: folder)
    return try pool.read { db in
      var counts: [Int64: Int] = [:]
      let annotated = try Row.fetchCursor(
        db, sql: "SELECT documentID, COUNT(*) FROM annotation WHERE orphan = 0 GROUP BY documentID")
      while let row = try annotated.next() { counts[row[0]] = row[1] }
      var documents: [CorpusDocumentSummary] = []
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT d.id, f.path, d.title, d.date, d.outlet, d.quoteCount FROM corpus_file f
          JOIN document d ON d.id = f.documentID
          WHERE f.present = 1 AND f.path >= ? AND f.path < ? ORDER BY f.path
          """, arguments: [range.lower, range.upper])
      while let row = try rows.next() {
        let id: Int64 = row[0]
        documents.append(
          CorpusDocumentSummary(
            id: id, path: row[1], title: row[2], date: row[3], outlet: row[4], quotes: row[5],
            annotations: counts[id] ?? 0))
      }
      return documents
    }
  }

  /// The speakers quoted in the documents present under `folder`, most quoted first. Speakers merged
  /// into another are counted as that one.
  public func corpusSpeakers(under folder: String) throws -> [CorpusSpeakerSummary] {
    let range = Self.pathRange(under: folder)
    return try pool.read { db in
      var merged: [Int64: [String]] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT mergedInto, name FROM corpus_speaker WHERE mergedInto IS NOT NULL ORDER BY name")
      {
        merged[row[0], default: []].append(row[1])
      }
      var speakers: [Int64: (root: Int64, name: String, kind: SpeakerKind)] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT id, COALESCE(mergedInto, id), name, kind FROM corpus_speaker")
      {
        speakers[row[0]] = (row[1], row[2], SpeakerKind(rawValue: row[3]) ?? .person)
      }
      var quotes: [Int64: Int] = [:]
      var documentCount: [Int64: Int] = [:]
      let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM corpus_file") ?? 0
      let inFolder =
        try Int.fetchOne(
          db, sql: "SELECT COUNT(*) FROM corpus_file WHERE present = 1 AND path >= ? AND path < ?",
          arguments: [range.lower, range.upper]) ?? 0
      if total == inFolder {
        // Every indexed document is present and in this folder (the usual case): SQLite adds up the
        // counts in the order of the table's key, one row out per speaker.
        let rows = try Row.fetchCursor(
          db, sql: "SELECT speakerID, SUM(quotes), COUNT(*) FROM speaker_document GROUP BY speakerID")
        while let row = try rows.next() {
          guard let root = speakers[row[0]]?.root else { continue }
          quotes[root, default: 0] += row[1]
          documentCount[root, default: 0] += row[2]
        }
        // Speakers merged into one may share documents: those count once.
        for root in merged.keys {
          documentCount[root] = try Int.fetchOne(
            db,
            sql: """
              SELECT COUNT(DISTINCT documentID) FROM speaker_document
              WHERE speakerID IN (SELECT id FROM corpus_speaker WHERE id = ? OR mergedInto = ?)
              """, arguments: [root, root])
        }
      } else {
        try Self.countInFolder(
          range: range, speakers: speakers, merged: merged, quotes: &quotes, documents: &documentCount, in: db
        )
      }
      return quotes.compactMap { id, count -> CorpusSpeakerSummary? in
        guard let speaker = speakers[id] else { return nil }
        return CorpusSpeakerSummary(
          id: id, name: speaker.name, kind: speaker.kind, quotes: count, documents: documentCount[id] ?? 0,
          merged: merged[id] ?? [])
      }.sorted { $0.quotes != $1.quotes ? $0.quotes > $1.quotes : $0.name < $1.name }
    }
  }

  /// The counts of `corpusSpeakers` when some indexed documents are removed or in other folders:
  /// added up here from small rows, each document checked against those present in the folder.
  private static func countInFolder(
    range: (lower: String, upper: String), speakers: [Int64: (root: Int64, name: String, kind: SpeakerKind)],
    merged: [Int64: [String]], quotes: inout [Int64: Int], documents: inout [Int64: Int], in db: Database
  ) throws {
    // Added up here from small rows: the documents present, each speaker's root, and the counts per
    // speaker and document (a join per row in SQL took a tenth of a second at 10,000 documents).
    var presentIDs: [Int64] = []
    let files = try Row.fetchCursor(
      db, sql: "SELECT documentID FROM corpus_file WHERE present = 1 AND path >= ? AND path < ?",
      arguments: [range.lower, range.upper])
    while let row = try files.next() { presentIDs.append(row[0]) }
    // Document ids are small row ids: a flag per id is the quickest membership test.
    var present = [Bool](repeating: false, count: Int(presentIDs.max() ?? 0) + 1)
    for id in presentIDs { present[Int(id)] = true }
    // A speaker with others merged into it may share documents with them: those are counted once.
    var mergedDocuments: [Int64: Set<Int64>] = [:]
    let counts = try Row.fetchCursor(db, sql: "SELECT speakerID, documentID, quotes FROM speaker_document")
    while let row = try counts.next() {
      let documentID: Int64 = row[1]
      guard documentID < present.count, present[Int(documentID)], let root = speakers[row[0]]?.root else {
        continue
      }
      quotes[root, default: 0] += row[2]
      if merged[root] == nil {
        documents[root, default: 0] += 1
      } else {
        mergedDocuments[root, default: []].insert(documentID)
      }
    }
    for (root, ids) in mergedDocuments { documents[root] = ids.count }
  }

  /// Every quote part by a corpus speaker (and those merged into it) in the documents present under
  /// `folder`, by document (in the order they were indexed, which is path order) then position.
  ///
  /// What a list of quotes shows, read from the speaker's range of the quote table: the records carry
  /// the corpus speaker's name and no mention, cue or rule (`corpusQuotes(under:)` has them).
  public func corpusQuotes(bySpeaker id: Int64, under folder: String) throws -> [CorpusQuote] {
    let range = Self.pathRange(under: folder)
    return try pool.read { db in
      guard
        let speaker = try Row.fetchOne(
          db, sql: "SELECT name, kind FROM corpus_speaker WHERE id = ?", arguments: [id])
      else { return [] }
      let name: String = speaker[0]
      let kind = SpeakerKind(rawValue: speaker[1])
      var rows: [(documentID: Int64, record: QuoteRecord)] = []
      let cursor = try Row.fetchCursor(
        db,
        sql: """
          SELECT documentID, quoteID, part, parts, paragraph, start, "end", kind, confidence, text
          FROM quote
          WHERE speakerID IN (SELECT id FROM corpus_speaker WHERE id = ? OR mergedInto = ?)
          ORDER BY documentID, start, part
          """, arguments: [id, id])
      while let row = try cursor.next() {
        let start: Int = row[5]
        let record = QuoteRecord(
          id: row[1], part: row[2], parts: row[3], paragraph: row[4], range: start..<max(start, row[6]),
          text: row[9], kind: QuoteKind(rawValue: row[7]) ?? .direct, speaker: name, speakerKind: kind,
          mention: nil, cue: nil, rule: nil, confidence: row[8])
        rows.append((row[0], record))
      }
      return try Self.inFolder(rows, range: range, in: db)
    }
  }

  /// Every quote part of the documents present under `folder`, by document then position.
  public func corpusQuotes(under folder: String) throws -> [CorpusQuote] {
    try corpusQuotes(where: "1", arguments: [], under: folder)
  }

  /// Quote rows first (one indexed query, no join), then the path and title of the documents they
  /// are in, keeping those present under the folder: joining every row to its document made a
  /// speaker with 6,000 quotes take 30 ms.
  private func corpusQuotes(
    where condition: String, arguments: StatementArguments, under folder: String
  ) throws
    -> [CorpusQuote]
  {
    let range = Self.pathRange(under: folder)
    return try pool.read { db in
      var rows: [(documentID: Int64, record: QuoteRecord)] = []
      let cursor = try Row.fetchCursor(
        db,
        sql: """
          SELECT q.documentID, q.quoteID, q.part, q.parts, q.paragraph, q.start, q."end", q.kind, q.speaker,
            q.speakerKind, q.mentionStart, q.mentionEnd, q.mention, q.cueStart, q.cueEnd, q.cue, q.rule, q.confidence,
            q.text
          FROM quote q WHERE \(condition) ORDER BY q.documentID, q.start, q.part
          """, arguments: arguments)
      while let row = try cursor.next() {
        let record = QuoteRecord(
          id: row[1], part: row[2], parts: row[3], paragraph: row[4], range: row[5]..<max(row[5], row[6]),
          text: row[18], kind: QuoteKind(rawValue: row[7]) ?? .direct, speaker: row[8],
          speakerKind: (row[9] as String?).flatMap(SpeakerKind.init(rawValue:)),
          mention: Self.span(row[10], row[11], row[12]), cue: Self.span(row[13], row[14], row[15]),
          rule: (row[16] as String?).flatMap(AttributionRule.init(rawValue:)), confidence: row[17])
        rows.append((row[0], record))
      }
      return try Self.inFolder(rows, range: range, in: db)
    }
  }

  /// The quotes of documents present under the folder, each with its document's path and title
  /// (looked up once per document, a few hundred per query).
  private static func inFolder(
    _ rows: [(documentID: Int64, record: QuoteRecord)], range: (lower: String, upper: String), in db: Database
  ) throws -> [CorpusQuote] {
    var documents: [Int64: (path: String, title: String?)] = [:]
    var ids = Set(rows.map(\.documentID))
    while !ids.isEmpty {
      let chunk = Array(ids.prefix(500))
      ids.subtract(chunk)
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT f.documentID, f.path, d.title FROM corpus_file f
          JOIN document d INDEXED BY document_title ON d.id = f.documentID
          WHERE f.documentID IN (\(chunk.map(String.init).joined(separator: ","))) AND f.present = 1
            AND f.path >= ? AND f.path < ?
          """, arguments: [range.lower, range.upper])
      {
        documents[row[0]] = (row[1], row[2])
      }
    }
    return rows.compactMap { row in
      documents[row.documentID].map {
        CorpusQuote(documentID: row.documentID, path: $0.path, title: $0.title, record: row.record)
      }
    }
  }

  private static func span(_ start: Int?, _ end: Int?, _ text: String?) -> (range: Range<Int>, text: String)?
  {
    guard let start, let end, let text, start <= end else { return nil }
    return (start..<end, text)
  }

  /// Paragraphs of the documents present under `folder` that hold every word of `query` (see
  /// `SearchText.ftsQuery`), best first (bm25). Nil when the query has no word to search for.
  ///
  /// FTS5 ranks inside the index with a limit; hits in documents that are not present under the
  /// folder are dropped afterwards, and only in the rare case that this leaves too few is the search
  /// run again without a limit.
  public func search(_ query: String, under folder: String, limit: Int = 100) throws -> [SearchHit]? {
    guard let match = SearchText.ftsQuery(query) else { return nil }
    let range = Self.pathRange(under: folder)
    return try pool.read { db in
      var hits = try Self.search(match, range: range, limit: limit, fetch: limit + limit / 2 + 20, in: db)
      if hits.hits.count < limit, hits.fetched == limit + limit / 2 + 20 {
        hits = try Self.search(match, range: range, limit: limit, fetch: nil, in: db)
      }
      return hits.hits
    }
  }

  private static func search(
    _ match: String, range: (lower: String, upper: String), limit: Int, fetch: Int?, in db: Database
  ) throws -> (hits: [SearchHit], fetched: Int) {
    let rows = try Row.fetchAll(
      db,
      sql: "SELECT rowid >> 20, rowid & 1048575, rank FROM passage WHERE passage MATCH ? ORDER BY rank"
        + (fetch.map { " LIMIT \($0)" } ?? ""), arguments: [match])
    let file = try db.cachedStatement(
      sql: """
        SELECT f.path, d.title, d.text, d.paragraphs FROM corpus_file f JOIN document d ON d.id = f.documentID
        WHERE f.documentID = ? AND f.present = 1 AND f.path >= ? AND f.path < ?
        """)
    // Per document: its path, title, text and paragraphs, or nil when it is not in the folder.
    var documents: [Int64: (path: String, title: String?, text: SourceText, paragraphs: [Paragraph])?] = [:]
    var hits: [SearchHit] = []
    for row in rows {
      guard hits.count < limit else { break }
      let id: Int64 = row[0]
      let paragraph: Int = row[1]
      if documents[id] == nil {
        if let found = try Row.fetchOne(file, arguments: [id, range.lower, range.upper]),
          let paragraphs = ParagraphCodec.decode(found[3] ?? "")
        {
          documents[id] = .some((found[0], found[1], SourceText(found[2] as String), paragraphs))
        } else {
          documents[id] = .some(nil)
        }
      }
      guard let document = documents[id] ?? nil, paragraph < document.paragraphs.count,
        document.paragraphs[paragraph].range.upperBound <= document.text.scalarCount
      else { continue }
      hits.append(
        SearchHit(
          documentID: id, path: document.path, title: document.title, paragraph: paragraph,
          text: document.text.substring(document.paragraphs[paragraph].range), score: row[2]))
    }
    return (hits, rows.count)
  }
}
