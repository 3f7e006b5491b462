import ArgumentParser
import SaysoCore

/// `sayso paragraphs`: the paragraphs of a source, one a line or as JSON Lines with offsets and kinds.
struct ParagraphsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "paragraphs",
    abstract: "List a source's paragraphs with their kinds and offsets.",
    discussion: """
      Offsets are Unicode code point offsets into the document text (Python str indices), end exclusive.

      Example:
        sayso paragraphs article.txt --format jsonl
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
  }

  @OptionGroup var input: InputOptions

  @OptionGroup var filter: WhereOption

  @Option(help: "Output format: text (one paragraph a line) or jsonl.")
  var format: Format = .text

  func run() throws {
    try CommandRunner.run {
      let query = try filter.query()
      let document = try input.load()
      let out = StandardOutput.shared
      var shown = document.paragraphs
      if let query {
        let view = WorkspaceView.read(for: document, path: input.file)
        let context = view.context(document, name: input.file, analysis: QuoteAnalyzer().analyze(document))
        let wanted = Set(QueryEvaluator(query, context: context).matchingParagraphs())
        shown = document.paragraphs.filter { wanted.contains($0.index) }
      }
      for paragraph in shown {
        switch format {
        case .text:
          out.line(TerminalText.sanitized(document.flowText(of: paragraph)))
        case .jsonl:
          var object = JSONObjectWriter()
          object.int("index", paragraph.index)
          object.int("start", paragraph.start)
          object.int("end", paragraph.end)
          object.string("kind", paragraph.kind.rawValue)
          object.string("text", document.text(of: paragraph))
          out.write(object.finished() + [0x0A])
        }
      }
      for warning in document.warnings where warning.notable {
        StandardError.line("sayso: warning: \(input.file): \(warning.message)")
      }
    }
  }
}
