import Foundation

/// Files under `Tests/Fixtures`, found relative to this source file so tests need no bundle and no `../shared`.
public enum Fixtures {
  public static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tests/Fixtures")

  public static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }
  public static func path(_ name: String) -> String { url(name).path }

  public static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: url(name)))
  }

  public static func string(_ name: String) throws -> String {
    String(decoding: try bytes(name), as: UTF8.self)
  }

  /// One JSON object per non-empty line.
  public static func jsonLines(_ name: String) throws -> [[String: Any]] {
    try string(name).split(separator: "\n").compactMap { line in
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    }
  }
}
