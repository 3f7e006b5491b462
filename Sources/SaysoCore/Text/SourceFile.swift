import Foundation

/// Reads a source file's bytes, refusing what is not a readable regular file with a message that says why.
///
/// Checks the file type before opening: opening a FIFO would block forever, a directory is a corpus.
public enum SourceFile {
  /// The path that means standard input on the command line.
  public static let standardInputPath = "-"

  public static func read(_ path: String) throws -> [UInt8] {
    if path == standardInputPath { return try readStandardInput() }
    var info = stat()
    guard stat(path, &info) == 0 else {
      let reason = errno
      if reason == ENOENT || reason == ENOTDIR {
        throw SaysoError(.noInput, path: path, "no such file; check the path")
      }
      if reason == ELOOP {
        throw SaysoError(.noInput, path: path, "is a symbolic link loop; point Sayso at the real file")
      }
      throw SaysoError(.noInput, path: path, "cannot be read (\(String(cString: strerror(reason))))")
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR:
      throw SaysoError(
        .noInput, path: path, "is a folder; give a file (a folder is read as a corpus by `sayso index`)")
    case S_IFIFO:
      throw SaysoError(.noInput, path: path, "is a named pipe; save it to a file, or pipe it into `-`")
    default:
      throw SaysoError(.noInput, path: path, "is not a regular file; give a text, Markdown or HTML file")
    }
    if Int(info.st_size) > SourceText.maximumBytes {
      throw SaysoError.tooLarge(path, bytes: Int(info.st_size))
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let reason = errno
      if reason == EACCES {
        throw SaysoError(.noInput, path: path, "permission denied; check the file's read permission")
      }
      throw SaysoError(.noInput, path: path, "cannot be opened (\(String(cString: strerror(reason))))")
    }
    defer { close(descriptor) }
    return try readAll(descriptor, path: path, expected: Int(info.st_size))
  }

  private static func readStandardInput() throws -> [UInt8] {
    try readAll(STDIN_FILENO, path: "standard input", expected: 1 << 16)
  }

  private static func readAll(_ descriptor: Int32, path: String, expected: Int) throws -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(max(expected, 0) + 1)
    // A chunk the size of the file as stat saw it (plus a page, so a file that grew since is read in few
    // calls), at most 1 MB: a corpus of small articles zeroed a whole megabyte per file.
    var chunk = [UInt8](repeating: 0, count: min(1 << 20, max(expected, 0) + 4096))
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { break }
      if count < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        throw SaysoError(.ioError, path: path, "read failed (\(reason)); check the disk and try again")
      }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > SourceText.maximumBytes { throw SaysoError.tooLarge(path, bytes: bytes.count) }
    }
    return bytes
  }
}
