import Foundation
import SaysoCore

/// Brings a workspace's index of a folder up to date: files that are new, changed (size or time,
/// then text) or indexed by another extractor version are read, extracted and analysed on every core
/// while the store files the finished ones in batches; files that are gone are marked so; the rest
/// are not opened at all, which is what makes a re-open of ten thousand documents take a moment.
public final class CorpusIndexer: @unchecked Sendable {
  public let workspace: Workspace
  public let folder: String
  public let genre: Genre

  /// What a run will do, worked out from the file system and the index without reading any source.
  public struct Plan: Sendable {
    public var files: [CorpusFile]
    /// Files to read: new ones and ones whose size, time or extractor changed.
    public var toRead: [CorpusFile]
    public var removed: [String]
    /// Files that were gone and came back unchanged: only marked present again.
    public var restored: [CorpusFile]
    public var unchanged: Int
    /// Indexed state of the files to read that were indexed before.
    var known: [String: IndexedFileState]

    /// Nothing to read, mark removed or mark present again.
    public var isEmpty: Bool { toRead.isEmpty && removed.isEmpty && restored.isEmpty }
  }

  /// What a run did.
  public struct Report: Sendable, Equatable {
    public var added = 0
    public var changed = 0
    public var removed = 0
    public var unchanged = 0
    /// Files that could not be read, with the reason.
    public var failed: [String: String] = [:]
    /// Annotations carried over to changed files.
    public var reanchored = Workspace.ReanchorReport()
    public var documents: Int { added + changed + unchanged }
  }

  public init(workspace: Workspace, folder: String, genre: Genre = .auto) {
    self.workspace = workspace
    self.folder = URL(fileURLWithPath: folder).standardizedFileURL.path
    self.genre = genre
  }

  public func plan() throws -> Plan {
    let files = CorpusWalker.files(in: folder)
    let indexed = try workspace.indexedFiles(under: folder)
    var plan = Plan(files: files, toRead: [], removed: [], restored: [], unchanged: 0, known: [:])
    for file in files {
      guard let state = indexed[file.path] else {
        plan.toRead.append(file)
        continue
      }
      if state.size == file.size && state.modified == file.modified
        && state.extractor == ExtractorVersion.current
      {
        plan.unchanged += 1
        if !state.present { plan.restored.append(file) }
      } else {
        plan.toRead.append(file)
        plan.known[file.path] = state
      }
    }
    let walked = Set(files.map(\.path))
    plan.removed = indexed.filter { $0.value.present && !walked.contains($0.key) }.map(\.key).sorted()
    return plan
  }

  /// Carries out a plan. `progress` is called with (files read, files to read) after each file (the
  /// files read are committed in batches); `shouldStop` is asked between batches (what was committed
  /// stays).
  public func run(
    _ plan: Plan, batchSize: Int = 256, progress: (Int, Int) -> Void = { _, _ in },
    shouldStop: () -> Bool = { false }
  ) throws -> Report {
    var report = Report()
    report.unchanged = plan.unchanged
    // A file that came back unchanged is simply present again.
    for file in plan.restored { try workspace.touch(file) }
    try workspace.markRemoved(plan.removed)
    report.removed = plan.removed.count
    let files = plan.toRead
    let genre = genre
    // Reading and analysing run on every core at a lower priority than this thread, the store's
    // single writer, which is what the whole run waits for.
    let work = OrderedWork<Result<IndexedDocument, Error>>(
      count: files.count, window: batchSize * 2, background: true
    ) { i in
      Result { try IndexedDocument(file: files[i], genre: genre) }
    }
    defer { work.cancel() }
    var batch: [IndexedDocument] = []
    var done = 0
    func commit() throws {
      let reports = try workspace.index(batch)
      for item in reports.values {
        report.reanchored.unchanged += item.unchanged
        report.reanchored.moved += item.moved
        report.reanchored.fuzzy += item.fuzzy
        report.reanchored.orphans += item.orphans
      }
      batch = []
    }
    for file in files {
      guard let result = work.next() else { break }
      done += 1
      defer { progress(done, files.count) }
      switch result {
      case .success(let item):
        let known = plan.known[file.path]
        if let known, known.sha256 == item.document.text.sha256, known.extractor == ExtractorVersion.current {
          try workspace.touch(file)
          report.unchanged += 1
          continue
        }
        if known == nil { report.added += 1 } else { report.changed += 1 }
        batch.append(item)
      case .failure(let error):
        // Sayso's own errors already name the file; the report is by path.
        report.failed[file.path] = (error as? SaysoError)?.message ?? "\(error)"
      }
      if batch.count >= batchSize {
        try commit()
        if shouldStop() { return report }
      }
    }
    if !batch.isEmpty { try commit() }
    return report
  }
}
