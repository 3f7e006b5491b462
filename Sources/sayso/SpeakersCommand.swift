import ArgumentParser
import SaysoCore

/// `sayso speakers`: who is quoted in a source, how often and how much.
struct SpeakersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "speakers",
    abstract: "List the speakers of a source with their quotes and share of the quoted words.",
    discussion: """
      Counts statements (direct, partial and block quotes); --indirect adds reported speech. The share
      is of every quoted word, unattributed quotes included.

      With a folder, the corpus speakers: the same name in several documents is one speaker, with its
      quotes and documents counted across the folder; --merge and --into join two names for one
      speaker ("Macron" and "Emmanuel Macron"), --split takes them apart again.

      Example:
        sayso speakers article.txt --format jsonl
        sayso speakers ~/articles --merge Macron --into "Emmanuel Macron"
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl
  }

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: table or jsonl.")
  var format: Format = .table

  @Flag(help: "Count reported speech without quote marks (kind indirect) too.")
  var indirect = false

  @Option(help: "How to read dialogue: auto, news or fiction.")
  var genre: Genre = .auto

  @Option(help: "The workspace file (default: found above the file or folder).")
  var store: String?

  @Option(help: "With a folder: merge these corpus speakers (repeat the option) into the one --into names.")
  var merge: [String] = []

  @Option(help: "With a folder: the corpus speaker that --merge speakers become.")
  var into: String?

  @Option(help: "With a folder: undo the merges into this corpus speaker (repeat for more).")
  var split: [String] = []

  func run() throws {
    try CommandRunner.run {
      if CorpusOpening.isFolder(input.file) { return try runCorpus(folder: input.file) }
      if !merge.isEmpty || into != nil || !split.isEmpty {
        throw SaysoError(
          .usage, "--merge, --into and --split work on a folder's corpus speakers; give a folder")
      }
      let document = try input.load()
      var kinds: Set<QuoteKind> = QuoteKind.statements
      if indirect { kinds.insert(.indirect) }
      let summary = SpeakerSummary(QuoteAnalyzer(genre: genre).analyze(document), in: document, kinds: kinds)
      switch format {
      case .jsonl:
        for row in summary.rows { StandardOutput.shared.write(SpeakersCommand.json(row).finished() + [0x0A]) }
      case .table:
        SpeakersCommand.table(summary).forEach(StandardOutput.shared.line)
      }
    }
  }

  static func json(_ row: SpeakerSummary.Row) -> JSONObjectWriter {
    var object = JSONObjectWriter()
    object.string("speaker", row.speaker.name)
    object.string("kind", row.speaker.kind.rawValue)
    object.strings("aliases", row.speaker.aliases)
    object.int("quotes", row.quotes)
    object.int("words", row.words)
    object.double("share", row.share, digits: 3)
    return object
  }

  /// Name, kind, quotes, words, share and aliases; a last line for what nobody was found to have said.
  static func table(_ summary: SpeakerSummary) -> [String] {
    var lines = [
      "speaker".padded(28) + "kind".padded(13) + "quotes".padded(7) + "words".padded(7) + "share  aliases"
    ]
    for row in summary.rows {
      let aliases = row.speaker.aliases.map { TerminalText.sanitized($0, keepTabs: false) }.joined(
        separator: ", ")
      lines.append(
        TerminalText.sanitized(row.speaker.name, keepTabs: false).padded(28)
          + row.speaker.kind.rawValue.padded(13)
          + String(row.quotes).padded(7) + String(row.words).padded(7) + percent(row.share).padded(7)
          + aliases.prefixCharacters(60))
    }
    if summary.unattributedQuotes > 0 {
      let share = summary.totalWords > 0 ? Double(summary.unattributedWords) / Double(summary.totalWords) : 0
      lines.append(
        "(no speaker found)".padded(41) + String(summary.unattributedQuotes).padded(7)
          + String(summary.unattributedWords).padded(7) + percent(share))
    }
    return lines
  }

  private static func percent(_ share: Double) -> String {
    JSONObjectWriter.format(share * 100, digits: 1) + "%"
  }
}
