import Foundation

/// A tmux server of its own (private socket, no user config) with one pane running a plain shell, for
/// end-to-end tests of the real binary: type keys, poll the screen until something appears.
public final class TmuxSession {
  public static var isAvailable: Bool { CleanSpawn.find("tmux") != nil }

  private let tmux: String
  private let socket: String
  public let home: TemporaryDirectory

  /// Starts `sh` in a `cols`x`rows` pane with `TERM` set to `term`, a known prompt and an empty home.
  public init(cols: Int = 80, rows: Int = 24, term: String = "tmux-256color") throws {
    guard let tmux = CleanSpawn.find("tmux") else {
      throw CleanSpawn.SpawnError(executable: "tmux", code: ENOENT)
    }
    self.tmux = tmux
    socket = "sayso-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    home = try TemporaryDirectory("sayso-tmux-home")
    let config = try home.write(
      "tmux.conf", "set -g default-terminal \"\(term)\"\nset -g history-limit 5000\n")
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = home.path
    environment["XDG_CONFIG_HOME"] = home.path + "/config"
    environment["ENV"] = nil
    environment["SWIFT_BACKTRACE"] = "interactive=no"
    environment["LANG"] = "C.UTF-8"
    environment["TMUX"] = nil
    let result = try CleanSpawn.run(
      tmux,
      [
        "-L", socket, "-f", config, "new-session", "-d", "-x", String(cols), "-y", String(rows),
        // dash as root ignores an inherited PS1; set it inside.
        "/bin/sh -c 'PS1=\"\(TmuxSession.prompt)\"; export PS1; exec /bin/sh -i'",
      ],
      environment: environment)
    guard result.status == 0 else { throw TmuxError(message: "tmux new-session failed: \(result.output)") }
    // capture-pane trims trailing blanks.
    try waitFor(TmuxSession.prompt.trimmingCharacters(in: .whitespaces))
  }

  /// The shell's prompt in the pane.
  public static let prompt = "sayso-test$ "

  deinit { stop() }

  /// Types literal text (no key names are interpreted).
  public func type(_ text: String) throws { try command(["send-keys", "-t", "=0:", "-l", text]) }

  /// Presses keys by tmux name: `Enter`, `Escape`, `C-c`, `NPage`.
  public func press(_ keys: String...) throws { try command(["send-keys", "-t", "=0:"] + keys) }

  /// Sends raw bytes as if the terminal produced them (mouse reports: `1b 5b 4d ...`).
  public func sendBytes(_ bytes: [UInt8]) throws {
    try command(["send-keys", "-t", "=0:", "-H"] + bytes.map { String(format: "%02x", $0) })
  }

  /// A mouse event in the X10 encoding that tmux-256color's terminfo declares: button code, 1-based
  /// column and row, each plus 32.
  public func mouse(button: UInt8, col: Int, row: Int) throws {
    try sendBytes([0x1B, 0x5B, 0x4D, 32 + button, UInt8(33 + col), UInt8(33 + row)])
  }

  /// Copies every byte the pane's program writes to its terminal into `file` from now on (tmux
  /// `pipe-pane`), to check what reached the terminal rather than what it drew.
  public func recordOutput(to file: String) throws {
    try command(["pipe-pane", "-o", "-t", "=0:", "cat >> '\(file)'"])
  }

  public func resize(cols: Int, rows: Int) throws {
    try command(["resize-window", "-t", "=0:", "-x", String(cols), "-y", String(rows)])
  }

  /// The pane as text; with `history`, the scrollback too.
  public func screen(history: Bool = false) throws -> String {
    let result = try CleanSpawn.run(
      tmux, ["-L", socket, "capture-pane", "-p", "-t", "=0:"] + (history ? ["-S", "-"] : []))
    return result.output
  }

  /// The newest process started by the pane's shell (the program being tested), or 0. Looked up from
  /// the pane, never by name: tests running side by side run programs of the same name.
  public func runningChild() throws -> pid_t {
    let shell = try CleanSpawn.run(tmux, ["-L", socket, "display-message", "-p", "-t", "=0:", "#{pane_pid}"])
      .output.trimmingCharacters(in: .whitespacesAndNewlines)
    let child = try CleanSpawn.run("/usr/bin/pgrep", ["-n", "-P", shell])
    return pid_t(child.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
  }

  public func paneTitle() throws -> String {
    try CleanSpawn.run(tmux, ["-L", socket, "display-message", "-p", "-t", "=0:", "#{pane_title}"]).output
  }

  /// Polls the screen every 10 ms until `predicate` holds; fails with the last screen after `timeout`.
  @discardableResult
  public func waitUntil(
    _ what: String, history: Bool = false, timeout: TimeInterval = 10, _ predicate: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen(history: history)
      if predicate(last) { return last }
      usleep(10_000)
    }
    throw TmuxError(message: "timed out waiting for \(what); screen:\n\(last)")
  }

  @discardableResult
  public func waitFor(_ text: String, history: Bool = false, timeout: TimeInterval = 10) throws -> String {
    try waitUntil("'\(text)'", history: history, timeout: timeout) { $0.contains(text) }
  }

  /// Waits until every text is on screen at once: a capture can catch a screen half drawn, so what a
  /// test checks is what it waits for.
  @discardableResult
  public func waitForAll(_ texts: [String], timeout: TimeInterval = 10) throws -> String {
    try waitUntil(texts.joined(separator: " and "), timeout: timeout) { screen in
      texts.allSatisfy(screen.contains)
    }
  }

  public func stop() {
    _ = try? CleanSpawn.run(tmux, ["-L", socket, "kill-server"])
    // kill-server leaves the socket file behind.
    let folder = "/tmp/tmux-\(getuid())/"
    try? FileManager.default.removeItem(atPath: folder + socket)
    home.remove()
  }

  private func command(_ arguments: [String]) throws {
    let result = try CleanSpawn.run(tmux, ["-L", socket] + arguments)
    guard result.status == 0 else {
      throw TmuxError(message: "tmux \(arguments.first ?? ""): \(result.output)")
    }
  }

  public struct TmuxError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }
}
