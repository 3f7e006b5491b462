import SaysoCore
import SaysoTestSupport

@testable import SaysoUI

/// The explorer's state on a document, as `sayso FILE` opens it, at a terminal size.
func explorer(
  _ document: Document, name: String = "test.txt", rows: Int = 24, cols: Int = 80, color: Bool = true
)
  -> AppState
{
  let model = ReaderModel(document: document, analysis: QuoteAnalyzer().analyze(document), name: name)
  return AppState(model: model, rows: rows, cols: cols, useColor: color)
}

func sampleExplorer(rows: Int = 24, cols: Int = 80) throws -> AppState {
  explorer(try SampleDocument.load(), name: "azure-inquiry.txt", rows: rows, cols: cols)
}

/// The sample with an empty workspace open, ready to annotate.
func annotatingSample() throws -> AppState {
  var state = try sampleExplorer()
  state.reduce(.workspaceOpened(documentID: 1, annotations: [], codes: [], orphans: 0))
  return state
}

func plainDocument(_ text: String, name: String = "test.txt") throws -> Document {
  try Ingest.document(bytes: Array(text.utf8), path: name)
}

extension AppState {
  /// Feeds keys written as in the config file, separated by spaces: `"j 5j ]q Enter"`.
  mutating func type(_ keys: String) {
    for name in keys.split(separator: " ") {
      // A named key or a two-key sequence ("Enter", "Ctrl-d", "]q"); else each character ("5j", "30G").
      let keys = Key.sequence(String(name)) ?? name.map { Key.char($0) }
      for key in keys { reduce(.key(key)) }
    }
  }

  var screenText: String { Renderer.render(self).text() }
}

/// A story of 40 short paragraphs: every third a statement by Alice Smith, the next by Bob Jones, the
/// rest narration, so that motions, quote steps and searches have somewhere to go.
func dialogueExplorer(rows: Int = 24, cols: Int = 80) throws -> AppState {
  var paragraphs: [String] = []
  for number in 1...40 {
    switch number % 3 {
    case 0: paragraphs.append("“This is statement number \(number),” said Alice Smith.")
    case 1: paragraphs.append("“And this is reply number \(number),” said Bob Jones.")
    default: paragraphs.append("Narrative paragraph \(number), where nobody speaks.")
    }
  }
  return explorer(try plainDocument(paragraphs.joined(separator: "\n\n")), rows: rows, cols: cols)
}

extension AppState {
  /// The speaker of the current quote.
  var currentSpeaker: String? { quote.flatMap { model.speaker(of: $0)?.name } }

  /// True when paragraph `index` has a row on screen.
  func shows(paragraph index: Int) -> Bool { top.paragraph <= index && index <= bottom.paragraph }
}
