import ArgumentParser
import SaysoCore

/// The `sayso` command: subcommands for scripts, and (with a file) the interactive explorer.
@main
struct Sayso: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sayso",
    abstract: "Read sources closely: paragraphs, quotes and who says what.",
    discussion: """
      Sayso reads plain text, Markdown and HTML (web pages are reduced to their article).
      `sayso FILE` opens the explorer; `sayso` alone opens it on the bundled sample article.

      Example:
        sayso paragraphs article.txt --format jsonl
      """,
    version: SaysoVersion.current,
    subcommands: [
      ExploreCommand.self, ParagraphsCommand.self, QuotesCommand.self, SpeakersCommand.self, InfoCommand.self,
      ConfigCommand.self, InitCommand.self, AnnotationsCommand.self, OrphansCommand.self, ExportCommand.self,
      ImportCommand.self, IndexCommand.self, SearchCommand.self,
    ],
    defaultSubcommand: ExploreCommand.self
  )
}

enum SaysoVersion {
  static let current = "0.1.0"
}
