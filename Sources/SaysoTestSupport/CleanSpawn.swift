import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program with an empty signal mask and default signal handlers. `Foundation.Process` keeps
/// the test thread's mask, which blocks SIGWINCH, SIGINT and SIGHUP in a tmux server started from a
/// test, so the explorer would never see a resize or a hang-up (see the ncurses research notes).
/// Output goes to a file, not a pipe: a daemonising server would hold a pipe open forever.
public enum CleanSpawn {
  public struct Result: Sendable {
    public var status: Int32
    public var output: String
  }

  public static func run(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil
  ) throws
    -> Result
  {
    let scratch = try TemporaryDirectory("sayso-spawn")
    defer { scratch.remove() }
    let outPath = scratch.url.appendingPathComponent("out").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup($0) } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let error = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard error == 0 else { throw SpawnError(executable: executable, code: error) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let exited = status & 0x7F == 0
    return Result(status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output: output)
  }

  /// The first executable called `name` on PATH.
  public static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  public struct SpawnError: Error, CustomStringConvertible {
    public var executable: String
    public var code: Int32
    public var description: String { "cannot start \(executable): error \(code)" }
  }
}
