import Foundation
import SaysoTestSupport
import Testing

/// Every command that reads a file, on every kind of file that is not what it expects: a one-line
/// message naming the file, a documented exit code, a bounded time, never a crash. (The 200 MB row runs
/// on the release binary in scripts/large-inputs, which .ci/run runs: the debug build would take minutes.)
@Suite("Bad input: a one-line message and an exit code, never a crash", .serialized)
struct BadInputTests {
  /// A bad input: its name and how to make it in a folder (returns its path).
  struct Input: Sendable, CustomStringConvertible {
    var name: String
    var make: @Sendable (TemporaryDirectory) throws -> String
    var description: String { name }
  }

  static let inputs: [Input] = [
    Input(name: "empty") { try $0.write("empty.txt", "") },
    Input(name: "white space") { try $0.write("space.txt", "  \n\t\n   \n") },
    Input(name: "NUL bytes") { try $0.write("nul.txt", bytes: [0x61, 0x00, 0x62, 0x00, 0x0A]) },
    Input(name: "invalid UTF-8") {
      try $0.write("invalid.txt", bytes: [0x63, 0x61, 0x66, 0xE9, 0xFF, 0xFE, 0x0A])
    },
    Input(name: "UTF-16 with BOM") {
      try $0.write(
        "utf16.txt",
        bytes: [0xFF, 0xFE] + Array("“Hi,” she said.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
    },
    Input(name: "Latin-1") {
      try $0.write(
        "latin1.txt",
        bytes: Array("Caf".utf8) + [0xE9] + Array(" \"na".utf8) + [0xEF] + Array("ve,\" said Zo".utf8) + [
          0xE9, 0x0A,
        ])
    },
    Input(name: "one 5 MB line") {
      try $0.write("line.txt", String(repeating: "word “quote” said ", count: 280_000) + "\n")
    },
    Input(name: "100,000 nested elements") {
      try $0.write(
        "nested.html", "<html><body>" + String(repeating: "<div>", count: 100_000) + "text" + "</body></html>"
      )
    },
    Input(name: "entity bomb") {
      var entities = "<!ENTITY a \"aaaaaaaaaa\">"
      for (name, previous) in zip("bcdefgh", "abcdefg") {
        entities += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
      }
      return try $0.write("bomb.html", "<!DOCTYPE html [\(entities)]><html><body><p>&h;</p></body></html>")
    },
    Input(name: "a folder") { folder in
      try FileManager.default.createDirectory(atPath: folder.path + "/sub", withIntermediateDirectories: true)
      return folder.path + "/sub"
    },
    Input(name: "a FIFO") { folder in
      let path = folder.path + "/pipe.txt"
      guard mkfifo(path, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
      return path
    },
    Input(name: "a symlink loop") { folder in
      try FileManager.default.createSymbolicLink(
        atPath: folder.path + "/a.txt", withDestinationPath: folder.path + "/b.txt")
      try FileManager.default.createSymbolicLink(
        atPath: folder.path + "/b.txt", withDestinationPath: folder.path + "/a.txt")
      return folder.path + "/a.txt"
    },
    Input(name: "a missing file") { $0.path + "/nowhere.txt" },
  ]

  static let commands = ["paragraphs", "quotes", "info", "index", "import"]

  @Test(arguments: inputs)
  func everyCommandAnswersInOneLine(_ input: Input) throws {
    for command in Self.commands {
      let folder = try TemporaryDirectory("sayso-bad")
      defer { folder.remove() }
      let path = try input.make(folder)
      let started = Date()
      // A workspace of its own, for the commands that keep one.
      let store =
        ["paragraphs", "info"].contains(command) ? [] : ["--store", folder.path + "/ws/sayso.sqlite"]
      let result = try SaysoBinary.run([command, path] + store)
      let seconds = Date().timeIntervalSince(started)
      let what = "\(command) on \(input.name): status \(result.status), stderr \(result.stderr)"
      #expect(seconds < 30, "\(what) took \(seconds) s")
      #expect([0, 64, 65, 66, 73, 74].contains(result.status), "\(what)")
      #expect(!result.stderr.contains("crashed") && !result.stderr.contains("Fatal error"), "\(what)")
      let lines = result.stderr.split(separator: "\n")
      if result.status != 0 {
        #expect(lines.count == 1, "one line: \(what)")
        #expect(lines.first?.hasPrefix("sayso: ") == true, "\(what)")
        #expect(
          lines.first?.contains((path as NSString).lastPathComponent) == true, "names the file: \(what)")
      }
    }
  }

  @Test func whatEachKindOfFileGetsIsDocumented() throws {
    let folder = try TemporaryDirectory("sayso-bad")
    defer { folder.remove() }
    func status(_ arguments: [String]) throws -> Int32 { try SaysoBinary.run(arguments).status }
    let nul = try Self.inputs[2].make(folder)
    #expect(try status(["quotes", nul]) == 65)
    let fifo = try Self.inputs[10].make(folder)
    #expect(try status(["paragraphs", fifo]) == 66)
    #expect(try status(["import", fifo]) == 66)
    let loop = try Self.inputs[11].make(folder)
    #expect(try status(["info", loop]) == 66)
    // Root reads everything: the permission case runs for other users only.
    if getuid() != 0 {
      let locked = try folder.write("locked.txt", "secret\n")
      chmod(locked, 0)
      let result = try SaysoBinary.run(["quotes", locked])
      #expect(result.status == 66 && result.stderr.contains("permission denied"))
    }
    let file = try folder.write("one.txt", "text\n")
    let index = try SaysoBinary.run(["index", file, "--store", folder.path + "/ws.sqlite"])
    #expect(index.status == 66 && index.stderr.contains("is not a folder"))
  }

  @Test func aStoreThatCannotBeMadeOrReadIsNamed() throws {
    let folder = try TemporaryDirectory("sayso-bad")
    defer { folder.remove() }
    let sources = folder.path + "/sources"
    try FileManager.default.createDirectory(atPath: sources, withIntermediateDirectories: true)
    let source = try folder.write("sources/a.txt", "“Yes,” said Ana Lima.\n")
    // A store whose folder would have to be made inside a file.
    let blocker = try folder.write("blocker", "not a folder")
    let cannot = try SaysoBinary.run(["index", sources, "--store", blocker + "/ws/sayso.sqlite"])
    #expect(
      cannot.status == 73 && cannot.stderr.hasPrefix("sayso: \(blocker)/ws/sayso.sqlite"), "\(cannot.stderr)")
    // A store file that is not a database.
    let corrupt = try folder.write("corrupt.sqlite", String(repeating: "garbage ", count: 1000))
    for arguments in [["index", sources], ["quotes", source], ["annotations", source]] {
      let result = try SaysoBinary.run(arguments + ["--store", corrupt])
      #expect([0, 73, 74].contains(result.status), "\(arguments): \(result.stderr)")
      if result.status != 0 { #expect(result.stderr.contains("corrupt.sqlite"), "\(result.stderr)") }
      #expect(!result.stderr.contains("crashed"))
    }
    #expect(try String(contentsOfFile: corrupt, encoding: .utf8).hasPrefix("garbage"), "never overwritten")
  }
}
