import Foundation
import GRDB
import SaysoCore

/// A workspace: one SQLite file (WAL mode) holding the imported documents, the codebook, the
/// annotations and the journal of every change. Each change is one transaction that also writes its
/// journal entry, so what a caller was told is saved survives `kill -9`, and undo survives a restart.
/// Several processes may open one workspace: SQLite serialises their writes and none overwrites the
/// other's rows.
public final class Workspace: @unchecked Sendable {
  public let path: String
  let pool: DatabasePool

  public struct StoreError: Error, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
  }

  /// Opens the workspace at `path`, creating its folder and file when `create` is true.
  public init(path: String, create: Bool = true) throws {
    self.path = path
    let folder = (path as NSString).deletingLastPathComponent
    if !FileManager.default.fileExists(atPath: path) {
      guard create else {
        throw StoreError(path: path, message: "no workspace here; create one with `sayso init`")
      }
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw StoreError(
          path: folder, message: "cannot create the workspace folder (\(error.localizedDescription))")
      }
    }
    var configuration = Configuration()
    // Another process writing: wait for it rather than fail.
    configuration.busyMode = .timeout(10)
    configuration.prepareDatabase { db in
      // Every commit reaches the disk before Sayso says "saved".
      try db.execute(sql: "PRAGMA synchronous = FULL")
    }
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
      try pool.read { db in
        let applied = try Schema.migrator.appliedIdentifiers(db)
        if applied.contains(where: { $0 > Schema.latest }) {
          throw StoreError(
            path: path, message: "made by a newer Sayso (schema \(applied.max() ?? "")); update Sayso")
        }
      }
      try Schema.migrator.migrate(pool)
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(path: path, message: "cannot open the workspace (\(error))")
    }
  }

  /// The workspace's schema migrations applied so far, oldest first.
  public func migrations() throws -> [String] {
    try pool.read { db in try Schema.migrator.appliedIdentifiers(db).sorted() }
  }
}
