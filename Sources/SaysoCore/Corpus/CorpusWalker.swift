import Foundation

/// A source file found in a corpus folder: where it is and what the file system says about it, which
/// is enough to tell, without reading it, whether it changed since it was indexed.
public struct CorpusFile: Sendable, Hashable {
  /// Absolute, standardised path (symbolic links inside the folder are kept as walked).
  public var path: String
  public var size: Int
  /// Modification time, seconds since 1970.
  public var modified: Double

  public init(path: String, size: Int, modified: Double) {
    self.path = path
    self.size = size
    self.modified = modified
  }
}

/// Finds the sources of a corpus: text, Markdown and HTML files under a folder, in path order.
///
/// Hidden files and folders (a leading dot, which also keeps `.sayso/` and `.git/` out) are skipped;
/// files with a known source extension are taken; files without an extension are taken when their
/// first bytes hold no NUL (binary files have them). Symbolic links to folders are followed once: a
/// folder reached again by another way (a link loop) is not walked twice.
public enum CorpusWalker {
  public static let sourceExtensions: Set<String> = [
    "txt", "text", "md", "markdown", "mdown", "mkd", "mdtext", "html", "htm", "xhtml", "shtml",
  ]

  /// Every source under `folder`, sorted by path.
  public static func files(in folder: String) -> [CorpusFile] {
    let root = URL(fileURLWithPath: folder).standardizedFileURL.path
    var found: [CorpusFile] = []
    var seen: Set<FileIdentity> = []
    walk(root, into: &found, seen: &seen)
    return found.sorted { $0.path < $1.path }
  }

  /// Whether `path` names a source Sayso reads (by extension, or by content when it has none).
  public static func isSource(_ path: String) -> Bool {
    let name = (path as NSString).lastPathComponent
    let ext = (name as NSString).pathExtension.lowercased()
    if !ext.isEmpty { return sourceExtensions.contains(ext) }
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 4096)) ?? Data()
    return !head.isEmpty && !head.contains(0)
  }

  private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  private static func identity(_ path: String) -> FileIdentity? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }

  private static func walk(_ folder: String, into found: inout [CorpusFile], seen: inout Set<FileIdentity>) {
    guard let id = identity(folder), seen.insert(id).inserted else { return }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where !name.hasPrefix(".") {
      let path = folder + "/" + name
      var info = stat()
      // stat follows links: a dangling link has no target and is skipped.
      guard stat(path, &info) == 0 else { continue }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        walk(path, into: &found, seen: &seen)
      case S_IFREG:
        guard isSource(path) else { continue }
        let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        found.append(CorpusFile(path: path, size: Int(info.st_size), modified: modified))
      default:
        continue  // FIFOs, sockets, devices: never read.
      }
    }
  }
}
