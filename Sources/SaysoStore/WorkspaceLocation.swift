import Foundation

/// Where a workspace lives: `.sayso/sayso.sqlite` in the folder of the sources, found by walking up
/// from the opened file the way git finds `.git`.
public enum WorkspaceLocation {
  public static let folderName = ".sayso"
  public static let fileName = "sayso.sqlite"

  /// The database path of the workspace in `folder` (whether or not it exists).
  public static func database(in folder: String) -> String {
    (folder as NSString).appendingPathComponent(folderName + "/" + fileName)
  }

  /// The nearest existing workspace at or above `path` (a file or a folder), or nil.
  public static func find(from path: String) -> String? {
    var folder = URL(fileURLWithPath: path).standardizedFileURL
    var isFolder: ObjCBool = false
    if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) || !isFolder.boolValue {
      folder = folder.deletingLastPathComponent()
    }
    while true {
      let candidate = database(in: folder.path)
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return nil }
      folder = parent
    }
  }

  /// The workspace for a source: the nearest one above it, else a new one beside it (created on the
  /// first annotation, not on opening, so that reading leaves no trace).
  public static func forSource(at path: String) -> String {
    if let found = find(from: path) { return found }
    let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
    return database(in: folder)
  }
}
