import Foundation
import SaysoCore
import SaysoStore

/// Indexing a corpus folder in the background while the explorer runs: the screen reads the progress
/// and the documents indexed so far, and stays answering keys (the indexer runs on its own threads,
/// and SQLite's WAL lets the screen read while the indexer writes).
public final class CorpusSession: @unchecked Sendable {
  public enum Status: Sendable, Equatable {
    case running(done: Int, total: Int)
    case finished(String)
    case failed(String)
  }

  private let lock = NSLock()
  private var current: Status
  private var stopRequested = false
  private let finished = DispatchSemaphore(value: 0)
  private let workspace: Workspace
  private let folder: String
  /// The documents present, read on the indexing thread after a batch is committed (at most once a
  /// second, and at the end), so that the screen never waits for the store while indexing.
  private var listed: [CorpusDocumentSummary]?
  private var lastListed = Date.distantPast

  public init(indexer: CorpusIndexer, plan: CorpusIndexer.Plan) {
    workspace = indexer.workspace
    folder = indexer.folder
    current = .running(done: 0, total: plan.toRead.count)
    let thread = Thread { [self] in
      // The store's writer too runs below the explorer, whose keys come first.
      BackgroundPriority.lowerCurrentThread()
      let started = Date()
      let status: Status
      do {
        let report = try indexer.run(
          plan,
          progress: { done, total in
            if Date().timeIntervalSince(self.lastListed) > 1 || done == total {
              self.lastListed = Date()
              self.publish(self.readDocuments())
            }
            self.set(.running(done: done, total: total))
          }, shouldStop: { self.isStopping })
        publish(readDocuments())
        status = .finished(Self.summary(report, seconds: Date().timeIntervalSince(started)))
      } catch {
        publish(readDocuments())
        status = .failed("Indexing stopped: \(error)")
      }
      set(status)
      finished.signal()
    }
    thread.start()
  }

  public var status: Status {
    lock.lock()
    defer { lock.unlock() }
    return current
  }

  /// The documents present so far, as last read by the indexing thread; nil until the first batch.
  public var documents: [CorpusDocumentSummary]? {
    lock.lock()
    defer { lock.unlock() }
    return listed
  }

  private func readDocuments() -> [CorpusDocumentSummary] {
    (try? workspace.corpusDocuments(under: folder)) ?? []
  }

  private func publish(_ documents: [CorpusDocumentSummary]) {
    lock.lock()
    listed = documents
    lock.unlock()
  }

  /// Stops after the batch being written (what is committed stays) and waits for it.
  public func stop() {
    lock.lock()
    stopRequested = true
    lock.unlock()
    finished.wait()
    finished.signal()
  }

  /// Waits until indexing is done (tests, benchmarks).
  public func wait() {
    finished.wait()
    finished.signal()
  }

  private var isStopping: Bool {
    lock.lock()
    defer { lock.unlock() }
    return stopRequested
  }

  private func set(_ status: Status) {
    lock.lock()
    current = status
    lock.unlock()
  }

  static func summary(_ report: CorpusIndexer.Report, seconds: Double) -> String {
    var text =
      "Indexed: \(report.added) new, \(report.changed) changed, \(report.removed) removed"
      + " in \(Int(seconds.rounded())) s"
    if !report.failed.isEmpty { text += " · \(report.failed.count) file(s) could not be read (sayso index)" }
    if report.reanchored.orphans > 0 {
      text += " · \(report.reanchored.orphans) annotation(s) lost their place"
    }
    return text
  }
}
