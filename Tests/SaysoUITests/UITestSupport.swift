import SaysoCore
import SaysoTestSupport

@testable import SaysoUI

/// The explorer's state on a document, as `sayso FILE` opens it, at a terminal size.
func explorer(_ document: Document, name: String = "test.txt", rows: Int = 24, cols: Int = 80, color: Bool = true)
  -> AppState
{
  let model = ReaderModel(document: document, analysis: QuoteAnalyzer().analyze(document), name: name)
  return AppState(model: model, rows: rows, cols: cols, useColor: color)
}

func sampleExplorer(rows: Int = 24, cols: Int = 80) throws -> AppState {
  explorer(try SampleDocument.load(), name: "azure-inquiry.txt", rows: rows, cols: cols)
}

func plainDocument(_ text: String, name: String = "test.txt") throws -> Document {
  try Ingest.document(bytes: Array(text.utf8), path: name)
}

extension AppState {
  /// Feeds keys written as in the config file, separated by spaces: `"j j ]q Enter"`.
  mutating func type(_ keys: String) {
    for name in keys.split(separator: " ") {
      for key in Key.sequence(String(name)) ?? [] { reduce(.key(key)) }
    }
  }

  var screenText: String { Renderer.render(self).text() }
}
