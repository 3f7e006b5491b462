import ArgumentParser
import SaysoCore

/// The source file and the options that override what Sayso detects about it.
struct InputOptions: ParsableArguments {
  @Argument(help: "A text, Markdown or HTML file (- reads standard input).", completion: .file())
  var file: String

  @OptionGroup var reading: ReadingOptions

  func load() throws -> Document {
    try Ingest.file(file, options: reading.ingestOptions)
  }
}

/// What overrides Sayso's guesses about how to read a file: for every command that reads one, the
/// explorer included.
struct ReadingOptions: ParsableArguments {
  @Option(
    name: .customLong("as"), help: "Read the file as this format instead of guessing (text, markdown, html).")
  var format: SourceFormat?

  @Option(
    name: .customLong("paragraphs"),
    help: "Force the plain-text paragraph layout (blank, line, wrapped, indented).")
  var layout: PlainTextLayout?

  var ingestOptions: IngestOptions { IngestOptions(format: format, layout: layout) }
}

extension SourceFormat: ExpressibleByArgument {}
extension PlainTextLayout: ExpressibleByArgument {}
