import Foundation

/// Runs the built `sayso` binary the way a user's shell would, for CLI tests.
public enum SaysoBinary {
  public struct Result: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// The `sayso` binary next to the test bundle (`.build/<triple>/debug/sayso`).
  public static var url: URL {
    let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = testBinary.deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("sayso")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(".build/debug/sayso")
  }

  /// Runs `sayso` with the arguments; stdin comes from `input` (or /dev/null). Output goes through
  /// files, not pipes, so a large output cannot block the child.
  public static func run(
    _ arguments: [String], input: Data? = nil, environment: [String: String] = [:]
  ) throws
    -> Result
  {
    let scratch = try TemporaryDirectory("sayso-cli")
    defer { scratch.remove() }
    let outURL = scratch.url.appendingPathComponent("out")
    let errURL = scratch.url.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["SWIFT_BACKTRACE"] = "interactive=no"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    if let input {
      let inURL = scratch.url.appendingPathComponent("in")
      try input.write(to: inURL)
      process.standardInput = try FileHandle(forReadingFrom: inURL)
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    try process.run()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }
}
