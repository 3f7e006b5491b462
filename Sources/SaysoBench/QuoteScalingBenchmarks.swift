import Foundation
import SaysoCore

/// Linear time on hostile inputs: each is analysed at half and at full size, and the ratio of the two
/// times is printed. A linear analysis gives about 2; a quadratic one about 4.
struct QuoteScalingBenchmarks {
  let only: String?

  func run() {
    guard only.map({ "quotes_scaling".hasPrefix($0) || $0.hasPrefix("quotes_scaling") }) ?? true else {
      return
    }
    measure("quotes_scaling_marks", "100,000 quote marks in a row") { n in
      String(repeating: "\u{201C}a\u{201D} \"b\" ", count: n / 4)
    }
    measure("quotes_scaling_paragraph", "a 5 MB paragraph with quotes and speech tags") { n in
      let sentence =
        "\u{201C}We will not wait,\u{201D} Jane Doe said, and the minister added that it was \u{201C}late\u{201D}. "
      return String(repeating: sentence, count: n / sentence.utf8.count)
    }
    measure("quotes_scaling_nested", "10,000 nested quotes") { n in
      let depth = n / 4
      return "He said " + String(repeating: "\u{201C}she said \u{2018}", count: depth) + "x"
        + String(repeating: "\u{2019}\u{201D}", count: depth) + "."
    }
  }

  /// `make(size)` builds the input; size is 400,000 for marks and nesting (100,000 marks; 10,000 levels
  /// from 40,000), 5,000,000 bytes for the paragraph.
  private func measure(_ name: String, _ what: String, make: (Int) -> String) {
    let full = name.hasSuffix("paragraph") ? 5_000_000 : name.hasSuffix("nested") ? 40_000 : 400_000
    func seconds(_ size: Int) -> Double {
      guard let document = try? Ingest.document(bytes: Array(make(size).utf8), path: "scaling.txt") else {
        return .nan
      }
      return Clock.best(of: 3) { _ = QuoteAnalyzer().analyze(document) }
    }
    let half = seconds(full / 2)
    let whole = seconds(full)
    report(name, whole / half, "x time for 2x input", "\(what): \(String(format: "%.3f", whole)) s in full")
  }
}
