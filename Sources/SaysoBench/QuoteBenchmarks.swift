import Foundation
import SaysoCore

/// Quote detection + attribution speed on the largest novel and on every polnear-dev article, and the
/// memory the analysis of the novel needs. `--only quotes_novel` or `--only quotes_news` runs one part.
struct QuoteBenchmarks {
  let corpus: URL
  let only: String?

  func run() {
    if wanted("quotes_novel") { novel() }
    if wanted("quotes_news") { news() }
  }

  private func wanted(_ name: String) -> Bool {
    guard let only else { return true }
    return name.hasPrefix(only) || only.hasPrefix(name)
  }

  private func novel() {
    guard let novel = largestFile(in: corpus.appendingPathComponent("pdnc-dev"), suffix: ".txt"),
      let document = try? Ingest.file(novel.path)
    else { return }
    // Memory first, before any other analysis has raised the process's high-water mark.
    let before = PeakMemory.residentBytes()
    var count = QuoteAnalyzer().analyze(document).quotes.count
    let grown = max(0, PeakMemory.peakBytes() - before)
    let seconds = Clock.best(of: 5) {
      QuoteAnalyzer.forgetSharedReadings()
      count = QuoteAnalyzer().analyze(document).quotes.count
    }
    report(
      "quotes_throughput_novel", Double(document.text.byteCount) / seconds / 1e6, "MB/s",
      "\(novel.lastPathComponent), \(document.text.byteCount) bytes, \(count) quotes, best of \(Clock.runs(5))"
    )
    report(
      "quotes_peak_memory_ratio", Double(grown) / Double(document.text.byteCount), "x text",
      "peak resident growth during the first analysis of \(novel.lastPathComponent)")
  }

  private func news() {
    let folder = corpus.appendingPathComponent("polnear-dev")
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
      $0.hasSuffix(".txt")
    }
    let documents = files.sorted().compactMap { try? Ingest.file(folder.appendingPathComponent($0).path) }
    guard !documents.isEmpty else { return }
    let total = documents.reduce(0) { $0 + $1.text.byteCount }
    // Each run starts cold: names read in the previous run are forgotten (a corpus repeats names, but
    // not every one of them).
    let seconds = Clock.best(of: 3) {
      QuoteAnalyzer.forgetSharedReadings()
      for document in documents { _ = QuoteAnalyzer().analyze(document) }
    }
    report(
      "quotes_throughput_news", Double(total) / seconds / 1e6, "MB/s",
      "\(documents.count) polnear-dev articles, \(total) bytes, one thread, best of \(Clock.runs(3))")
    // Articles are independent: a corpus is analysed on every core at once.
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let parallel = Clock.best(of: 3) {
      QuoteAnalyzer.forgetSharedReadings()
      DispatchQueue.concurrentPerform(iterations: documents.count) {
        _ = QuoteAnalyzer().analyze(documents[$0])
      }
    }
    report(
      "quotes_throughput_news_parallel", Double(total) / parallel / 1e6, "MB/s",
      "the same articles analysed concurrently on \(cores) cores, best of \(Clock.runs(3))")
  }
}

/// Resident memory from /proc (Linux): now and the peak so far.
enum PeakMemory {
  static func residentBytes() -> Int { field("VmRSS:") }
  static func peakBytes() -> Int { field("VmHWM:") }

  private static func field(_ name: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) })
    else { return 0 }
    let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    return kilobytes * 1024
  }
}
