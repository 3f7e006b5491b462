import Foundation
import SaysoTestSupport
import Testing

@Suite("Errors a user can meet: one line, the file named, a sysexits code")
struct ExitCodeTests {
  private func expectError(_ arguments: [String], status: Int32, mentioning words: [String]) throws {
    let result = try SaysoBinary.run(arguments)
    #expect(result.status == status, "\(arguments): \(result.stderr)")
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1, "one line: \(result.stderr)")
    for word in words { #expect(result.stderr.contains(word), "\(word) in \(result.stderr)") }
  }

  @Test func missingFile() throws {
    try expectError(
      ["paragraphs", "/no/such/file.txt"], status: 66, mentioning: ["/no/such/file.txt", "no such file"])
  }

  @Test func directory() throws {
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    try expectError(["info", scratch.path], status: 66, mentioning: [scratch.path, "folder"])
  }

  @Test func namedPipeIsRefusedWithoutBlocking() throws {
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let fifo = scratch.url.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    try expectError(["paragraphs", fifo], status: 66, mentioning: [fifo, "named pipe"])
  }

  @Test func binaryFile() throws {
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let path = try scratch.write(
      "image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
    try expectError(["paragraphs", path], status: 65, mentioning: [path, "binary"])
  }

  @Test func unreadableFile() throws {
    guard getuid() != 0 else { return }  // root reads everything; the permission check cannot fail
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let path = try scratch.write("secret.txt", "text")
    chmod(path, 0)
    try expectError(["paragraphs", path], status: 66, mentioning: [path, "permission"])
  }

  @Test func usageError() throws {
    let result = try SaysoBinary.run(["paragraphs", "--format", "xml", Fixtures.path("azure-inquiry.txt")])
    #expect(result.status == 64)
  }

  @Test func emptyFileIsAWarningNotAFailure() throws {
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let path = try scratch.write("empty.txt", "")
    let result = try SaysoBinary.run(["paragraphs", path])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("empty"))
  }

  @Test func invalidUTF8IsReplacedAndReported() throws {
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let path = try scratch.write("latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" au lait\r\n".utf8))
    let result = try SaysoBinary.run(["info", path, "--format", "json"])
    #expect(result.status == 0)
    let info = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let warnings = info?["warnings"] as? [String] ?? []
    #expect(warnings.contains { $0.contains("1 invalid UTF-8") })
    #expect(warnings.contains { $0.contains("line ending") })
  }

  @Test func hugeSingleLineFinishes() throws {
    let scratch = try TemporaryDirectory()
    defer { scratch.remove() }
    let path = try scratch.write("line.txt", String(repeating: "word ", count: 1_000_000))
    let result = try SaysoBinary.run(["paragraphs", path, "--format", "jsonl"])
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").count == 1)
  }
}
