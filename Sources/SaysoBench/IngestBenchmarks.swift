import Foundation
import SaysoCore

/// Ingest speed: decode + hash + paragraphs + kinds on the largest novel; HTML article extraction on html-dev.
struct IngestBenchmarks {
  let corpus: URL
  let only: String?

  func run() {
    if only.map({ "paragraphs".hasPrefix($0) }) ?? true { plainText() }
    if only.map({ "html".hasPrefix($0) }) ?? true { html() }
  }

  private func plainText() {
    guard let novel = largestFile(in: corpus.appendingPathComponent("pdnc-dev"), suffix: ".txt"),
      let bytes = try? [UInt8](Data(contentsOf: novel))
    else { return }
    var paragraphs = 0
    let seconds = Clock.best(of: 20) {
      paragraphs = (try? Ingest.document(bytes: bytes, path: novel.path))?.paragraphs.count ?? 0
    }
    report(
      "paragraphs_throughput", Double(bytes.count) / seconds / 1e6, "MB/s",
      "\(novel.lastPathComponent), \(bytes.count) bytes, \(paragraphs) paragraphs, best of \(Clock.runs(20))")
  }

  private func html() {
    let folder = corpus.appendingPathComponent("html-dev")
    let pages = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
      .compactMap {
        try? [UInt8](
          Data(contentsOf: folder.appendingPathComponent($0).appendingPathComponent("source.html")))
      }
    guard !pages.isEmpty else { return }
    let total = pages.reduce(0) { $0 + $1.count }
    let seconds = Clock.best(of: 7) {
      for page in pages { _ = try? Ingest.document(bytes: page, path: "page.html") }
    }
    report(
      "html_throughput", Double(total) / seconds / 1e6, "MB/s",
      "\(pages.count) html-dev pages, \(total) bytes, best of \(Clock.runs(7))")
  }
}
