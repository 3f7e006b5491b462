import Foundation
import SaysoCore

/// `sayso-bench [CORPUS_DIR]`: prints every performance figure, one line each: `name value unit (data)`.
/// Release build only (`swift run -c release sayso-bench ../shared/corpus`); never part of `swift test`.
let arguments = Array(CommandLine.arguments.dropFirst())
let only = arguments.firstIndex(of: "--only").flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
let runs = arguments.firstIndex(of: "--runs").flatMap {
  $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil
}
let positional = arguments.filter { !$0.hasPrefix("--") && $0 != only && Int($0) == nil }
Clock.runsOverride = runs
let corpus = URL(fileURLWithPath: positional.first ?? "../shared/corpus")
var bench = BenchmarkRun(corpus: corpus, only: only)
bench.run()
