import Foundation

/// A corpus of news-like articles made by recombining the paragraphs of real ones, for tests and the
/// benchmark of corpus mode: Markdown files with front matter (title, date, outlet) in folders of a
/// hundred, the same files for the same seed.
public enum CorpusGenerator {
  static let outlets = [
    "The Daily Ledger", "Courier Post", "Le Monde diplomatique", "Die Zeit", "Público", "The Herald",
    "Nordic Wire", "東京新聞",
  ]

  /// Writes `count` articles to `folder` and returns the bytes written. Each article takes a title and
  /// paragraphs from `pool` until it reaches about `bytesPerArticle` (between half and one and a half
  /// times it).
  @discardableResult
  public static func write(
    count: Int, pool: [String], titles: [String], to folder: String, bytesPerArticle: Int = 5000,
    seed: UInt64 = 42
  ) throws -> Int {
    precondition(!pool.isEmpty && !titles.isEmpty)
    var random = SeededRandom(seed: seed)
    var total = 0
    for n in 0..<count {
      let subfolder = folder + "/batch-" + String(format: "%03d", n / 100)
      if n % 100 == 0 {
        try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
      }
      let title = titles[random.next(below: titles.count)]
      let day = 1 + random.next(below: 365)
      let date = String(format: "2016-%02d-%02d", 1 + (day - 1) / 31 % 12, 1 + (day - 1) % 28)
      var text =
        "---\ntitle: \(title)\ndate: \(date)\noutlet: \(outlets[random.next(below: outlets.count)])\n---\n\n"
      let target = bytesPerArticle / 2 + random.next(below: bytesPerArticle)
      var body = 0
      while body < target {
        let paragraph = pool[random.next(below: pool.count)]
        text += paragraph + "\n\n"
        body += paragraph.utf8.count + 2
      }
      let data = Data(text.utf8)
      try data.write(to: URL(fileURLWithPath: subfolder + "/article-" + String(format: "%05d", n) + ".md"))
      total += data.count
    }
    return total
  }

  /// Paragraphs and titles from a folder of plain-text articles (one paragraph per non-empty line,
  /// the first line of each file its title), for `write`.
  public static func pool(fromArticlesIn folder: String) -> (paragraphs: [String], titles: [String]) {
    var paragraphs: [String] = []
    var titles: [String] = []
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    for name in names where name.hasSuffix(".txt") {
      guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { continue }
      let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      }
      guard let first = lines.first else { continue }
      titles.append(first)
      paragraphs += lines.dropFirst()
    }
    return (paragraphs, titles)
  }
}

/// A small deterministic generator (SplitMix64), so generated corpora are the same on every machine.
public struct SeededRandom {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  public mutating func next(below bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
}
