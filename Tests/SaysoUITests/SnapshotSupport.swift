import Foundation
import Testing

/// Plain-text snapshots of rendered screens, kept in `Tests/SaysoUITests/Snapshots/NAME.txt` so that a
/// diff in review shows what the user would see. A missing snapshot fails; run the tests once with
/// `SAYSO_RECORD_SNAPSHOTS=1` to write it, then read it before committing.
enum Snapshot {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Snapshots")

  static var recording: Bool { ProcessInfo.processInfo.environment["SAYSO_RECORD_SNAPSHOTS"] == "1" }

  static func expect(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = folder.appendingPathComponent(name + ".txt")
    let actual = text.hasSuffix("\n") ? text : text + "\n"
    if recording {
      try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "no snapshot \(name).txt; record it with SAYSO_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != actual {
      Issue.record(
        "screen differs from \(name).txt\n--- expected\n\(expected)--- actual\n\(actual)",
        sourceLocation: sourceLocation)
    }
  }
}
