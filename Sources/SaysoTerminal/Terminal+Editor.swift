import CNcurses
import Foundation

extension Terminal {
  /// Leaves the screen to the user's editor ($VISUAL, $EDITOR, else vi) on a private temporary file
  /// holding `text`, then comes back. Returns the text saved, or nil when the editor failed. The
  /// editor's command is split on spaces and started directly: no shell ever sees a document's text.
  public func editExternally(_ text: String) -> String? {
    let environment = ProcessInfo.processInfo.environment
    let command =
      [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    let parts = command.split(separator: " ").map(String.init)
    guard !parts.isEmpty else { return nil }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sayso-note-\(UUID().uuidString)")
    let file = folder.appendingPathComponent("note.md")
    do {
      try FileManager.default.createDirectory(
        at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      try Data(text.utf8).write(to: file)
    } catch {
      return nil
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    suspend()
    defer { resume() }
    let argv = (parts + [file.path]).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawnp(&pid, parts[0], nil, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    guard status & 0x7F == 0, (status >> 8) & 0xFF == 0,
      let data = FileManager.default.contents(atPath: file.path)
    else {
      return nil
    }
    var note = String(decoding: data, as: UTF8.self)
    while note.hasSuffix("\n") { note.removeLast() }
    return note
  }
}
