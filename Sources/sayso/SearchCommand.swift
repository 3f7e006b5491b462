import ArgumentParser
import Foundation
import SaysoCore

/// `sayso search DIR WORDS…`: full-text search over a corpus.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search the full text of a folder of sources; paragraphs best first.",
    discussion: """
      Every word must be in the paragraph (in any order, case and accents ignored); "a phrase" in
      quotes must be word for word; a word ending in * is a prefix. Chinese, Japanese and Korean are
      matched character by character. The folder is indexed first (only what changed).

      Example:
        sayso search ~/research/articles "climate change" minister*
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl
  }

  @Argument(help: "The folder of sources.", completion: .directory)
  var folder: String

  @Argument(help: "The words to find.")
  var words: [String]

  @Option(help: "At most this many paragraphs.")
  var limit = 50

  @Option(help: "Output format: table or jsonl.")
  var format: Format = .table

  @Option(help: "The workspace file (default: found above the folder, else made in it).")
  var store: String?

  func run() throws {
    try CommandRunner.run {
      let query = words.joined(separator: " ")
      let (workspace, _, _) = try CorpusOpening.indexed(folder, store: store)
      let root = URL(fileURLWithPath: folder).standardizedFileURL.path
      guard let hits = try workspace.search(query, under: root, limit: max(1, limit)) else {
        throw SaysoError(.usage, "nothing to search for in \"\(query)\"; give words")
      }
      for hit in hits {
        switch format {
        case .jsonl:
          var object = JSONObjectWriter()
          object.string("path", hit.path)
          object.string("title", hit.title)
          object.int("paragraph", hit.paragraph + 1)
          object.double("score", -hit.score, digits: 3)
          object.string("text", hit.text)
          StandardOutput.shared.write(object.finished() + [0x0A])
        case .table:
          let name = TerminalText.sanitized(relative(hit.path, to: root), keepTabs: false)
          let text = TerminalText.sanitized(hit.text.replacingLineBreaks(), keepTabs: false)
          StandardOutput.shared.line(
            name.padded(32) + "¶\(hit.paragraph + 1)".padded(6) + text.prefixCharacters(90))
        }
      }
      if hits.isEmpty { StandardError.line("sayso: \(root): no paragraph has \(query)") }
    }
  }
}

/// A path as shown under the folder it was found in.
func relative(_ path: String, to folder: String) -> String {
  path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
}
