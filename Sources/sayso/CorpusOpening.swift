import Foundation
import SaysoCore
import SaysoStore

/// A folder given to a command: its workspace (found above it, else made in it) with the index
/// brought up to date first, so that every corpus command answers for the folder as it is now.
enum CorpusOpening {
  static func isFolder(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
  }

  /// The workspace for a folder of sources: `--store`, else the nearest above it, else a new one in it.
  static func workspace(for folder: String, store: String?) throws -> Workspace {
    let path = store ?? WorkspaceLocation.find(from: folder) ?? WorkspaceLocation.database(in: folder)
    do {
      return try Workspace(path: path, create: true)
    } catch {
      throw SaysoError(.cannotCreate, path: path, "\(error); check the folder's permissions or give --store")
    }
  }

  /// Opens the folder's workspace and indexes what changed. A progress bar goes to stderr when it is a
  /// terminal (and `quiet` is false); files that cannot be read are named there, one line each.
  static func indexed(
    _ folder: String, store: String?, genre: Genre = .auto, quiet: Bool = false
  ) throws -> (workspace: Workspace, report: CorpusIndexer.Report, seconds: Double) {
    let root = URL(fileURLWithPath: folder).standardizedFileURL.path
    guard isFolder(root) else {
      guard FileManager.default.fileExists(atPath: root) else {
        throw SaysoError(.noInput, path: root, "no such folder")
      }
      throw SaysoError(
        .noInput, path: root, "is not a folder; give the folder of sources (one file: sayso quotes FILE)")
    }
    let workspace = try workspace(for: root, store: store)
    let started = Date()
    let indexer = CorpusIndexer(workspace: workspace, folder: root, genre: genre)
    var bar = ProgressBar(enabled: !quiet && isatty(STDERR_FILENO) == 1)
    let report: CorpusIndexer.Report
    do {
      let plan = try indexer.plan()
      report = try indexer.run(plan) { done, total in bar.show(done, of: total, started: started) }
    } catch {
      bar.finish()
      throw SaysoError(.ioError, path: workspace.path, "cannot index \(root): \(error)")
    }
    bar.finish()
    for (path, reason) in report.failed.sorted(by: { $0.key < $1.key }) {
      StandardError.line("sayso: \(path): skipped (\(reason))")
    }
    return (workspace, report, Date().timeIntervalSince(started))
  }
}

/// A one-line progress bar on stderr, redrawn at most ten times a second.
struct ProgressBar {
  var enabled: Bool
  private var lastDrawn = Date.distantPast
  private var drawn = false

  init(enabled: Bool) { self.enabled = enabled }

  mutating func show(_ done: Int, of total: Int, started: Date) {
    guard enabled, total > 0, done == total || Date().timeIntervalSince(lastDrawn) > 0.1 else { return }
    lastDrawn = Date()
    drawn = true
    let width = 30
    let filled = width * done / total
    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    let seconds = JSONObjectWriter.format(Date().timeIntervalSince(started), digits: 1)
    FileHandle.standardError.write(Data("\r\u{1B}[Kindexing \(bar) \(done)/\(total) files \(seconds) s".utf8))
  }

  mutating func finish() {
    guard drawn else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    drawn = false
  }
}
