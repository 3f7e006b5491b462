import Foundation
import SaysoCore

/// Runs each benchmark that its data is present for and prints `name value unit (what it measured)`.
struct BenchmarkRun {
  let corpus: URL
  /// Run only the benchmarks whose name starts with this (for profiling one of them).
  let only: String?

  mutating func run() {
    guard FileManager.default.fileExists(atPath: corpus.path) else {
      print("sayso-bench: \(corpus.path): no corpus folder; pass the path to ../shared/corpus")
      exit(66)
    }
    IngestBenchmarks(corpus: corpus, only: only).run()
    QuoteBenchmarks(corpus: corpus, only: only).run()
    QuoteScalingBenchmarks(only: only).run()
    ExplorerBenchmarks(corpus: corpus, only: only).run()
    StoreBenchmarks(corpus: corpus, only: only).run()
    QueryBenchmarks(corpus: corpus, only: only).run()
    CorpusBenchmarks(corpus: corpus, only: only).run()
  }
}

/// Timing helpers: the best of several runs, so one noisy run on a shared machine does not decide.
enum Clock {
  /// `--runs N` on the command line: fewer repetitions, for profiling under valgrind.
  nonisolated(unsafe) static var runsOverride: Int?

  static func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// How many runs `best(of:)` makes for a default of `runs`.
  static func runs(_ runs: Int) -> Int { runsOverride ?? runs }

  static func best(of runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<(runsOverride ?? runs) { best = min(best, try seconds(body)) }
    return best
  }
}

func report(_ name: String, _ value: Double, _ unit: String, _ note: String) {
  let formatted = value >= 100 ? String(format: "%.0f", value) : String(format: "%.2f", value)
  print("\(name) \(formatted) \(unit) (\(note))")
}

func largestFile(in folder: URL, suffix: String) -> URL? {
  let files =
    (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.fileSizeKey]))
    ?? []
  return files.filter { $0.lastPathComponent.hasSuffix(suffix) }.max { size($0) < size($1) }
}

func size(_ url: URL) -> Int {
  (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
}
