import Foundation
import GRDB

extension Workspace {
  /// Keeps a query under a name (replacing one of the same name), committed before it returns.
  public func saveView(name: String, query: String) throws {
    try pool.write { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO view (name, query, updatedAt) VALUES (?, ?, ?)",
        arguments: [name, query, Date().timeIntervalSince1970])
    }
  }

  /// The saved views by name.
  public func views() throws -> [String: String] {
    try pool.read { db in
      var views: [String: String] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT name, query FROM view") { views[row[0]] = row[1] }
      return views
    }
  }
}
