import ArgumentParser
import SaysoCore

extension Genre: ExpressibleByArgument {}

/// `sayso quotes`: every quoted statement with its speaker and the reason for it.
struct QuotesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotes",
    abstract: "List the quoted statements of a source with their speakers.",
    discussion: """
      By default lists statements (direct, partial and block quotes). Offsets are Unicode code point
      offsets of the quoted words, quote marks excluded. With a folder, the quotes of every source in
      it (indexed first), each with its path; --where then works across the corpus (doc:NAME too).

      Example:
        sayso quotes article.txt --format jsonl
        sayso quotes ~/articles --where 'speaker:Macron doc:lemonde*'
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl, csv
  }

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: table, jsonl or csv.")
  var format: Format = .table

  @Flag(help: "Include reported speech without quote marks (kind indirect).")
  var indirect = false

  @Flag(help: "Include quotes that are not statements: titles of works and scare quotes.")
  var allKinds = false

  @Option(help: "How to read dialogue: auto, news or fiction.")
  var genre: Genre = .auto

  @Option(help: "The workspace file (default: found above the file or folder).")
  var store: String?

  @OptionGroup var filter: WhereOption

  var kinds: Set<QuoteKind> {
    var kinds: Set<QuoteKind> = QuoteKind.statements
    if indirect { kinds.insert(.indirect) }
    if allKinds { kinds.formUnion([.title, .scare]) }
    return kinds
  }

  func run() throws {
    try CommandRunner.run {
      let query = try filter.query()
      if CorpusOpening.isFolder(input.file) { return try runCorpus(folder: input.file, query: query) }
      let document = try input.load()
      var analysis = QuoteAnalyzer(genre: genre).analyze(document)
      // With a workspace, the researcher's corrections are part of what is listed.
      let view = WorkspaceView.read(for: document, path: input.file, store: store)
      let context = view.context(document, name: input.file, analysis: analysis)
      analysis = context.analysis
      if let query {
        let evaluator = QueryEvaluator(query, context: context)
        analysis.quotes = evaluator.matchingQuotes().map { analysis.quotes[$0] }
      }
      let records = QuoteRecord.records(analysis, in: document, kinds: kinds)
      switch format {
      case .jsonl: records.forEach { StandardOutput.shared.write($0.json().finished() + [0x0A]) }
      case .csv: StandardOutput.shared.write(Array(QuoteTable.csv(records).utf8))
      case .table: QuoteTable.lines(records).forEach(StandardOutput.shared.line)
      }
    }
  }
}

extension QuoteRecord {
  func json() -> JSONObjectWriter {
    var object = JSONObjectWriter()
    object.string("id", parts > 1 ? "q\(id).\(part)" : "q\(id)")
    object.int("paragraph", paragraph)
    object.int("start", range.lowerBound)
    object.int("end", range.upperBound)
    object.string("text", text)
    object.string("kind", kind.rawValue)
    object.string("speaker", speaker)
    object.object("speaker_mention", mention.map(QuoteRecord.span))
    object.object("cue", cue.map(QuoteRecord.span))
    object.string("rule", rule?.rawValue)
    object.double("confidence", confidence, digits: 2)
    return object
  }

  private static func span(_ span: (range: Range<Int>, text: String)) -> JSONObjectWriter {
    var object = JSONObjectWriter()
    object.int("start", span.range.lowerBound)
    object.int("end", span.range.upperBound)
    object.string("text", span.text)
    return object
  }
}

/// The table and CSV forms of `sayso quotes`.
enum QuoteTable {
  static let header = [
    "id", "paragraph", "start", "end", "kind", "speaker", "mention", "cue", "rule", "confidence", "text",
  ]

  /// With `paths` (a corpus), each row starts with its document's path.
  static func csv(_ records: [QuoteRecord], paths: [String]? = nil) -> String {
    var writer = CSVWriter()
    writer.row((paths == nil ? [] : ["path"]) + header)
    for (i, record) in records.enumerated() {
      writer.row(
        (paths.map { [$0[i]] } ?? []) + [
          record.parts > 1 ? "q\(record.id).\(record.part)" : "q\(record.id)", String(record.paragraph),
          String(record.range.lowerBound), String(record.range.upperBound), record.kind.rawValue,
          record.speaker,
          record.mention?.text, record.cue?.text, record.rule?.rawValue,
          record.confidence.map { JSONObjectWriter.format($0, digits: 2) }, record.text,
        ])
    }
    return writer.text
  }

  /// One line a quote part: paragraph, speaker, kind, confidence and the start of the quote.
  static func lines(_ records: [QuoteRecord]) -> [String] {
    records.map { record in
      let speaker = (record.speaker ?? "—").padded(22)
      let confidence = record.confidence.map { JSONObjectWriter.format($0, digits: 2) } ?? "-"
      let text = TerminalText.sanitized(record.text.replacingLineBreaks(), keepTabs: false)
      return "¶\(record.paragraph + 1)".padded(6) + speaker + " " + record.kind.rawValue.padded(8)
        + confidence.padded(5) + text.prefixCharacters(70)
    }
  }
}

extension String {
  func padded(_ width: Int) -> String {
    let clipped = count > width - 1 ? String(prefix(width - 2)) + "…" : self
    return clipped + String(repeating: " ", count: max(1, width - clipped.count))
  }

  func prefixCharacters(_ n: Int) -> String { count > n ? String(prefix(n - 1)) + "…" : self }

  func replacingLineBreaks() -> String {
    split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
  }
}
