import ArgumentParser
import Foundation
import SaysoCore
import SaysoStore
import ZIPFoundation

/// `sayso export`: quotes, speakers and the researcher's annotations, for R, pandas, report readers
/// and annotation tools. Every export checks that the text at each offset is the text it carries.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Export quotes and annotations: tidy CSV, JSONL, Markdown, W3C Web Annotation, brat or REFI-QDA.",
    discussion: """
      With a file, that file (and its annotations if a workspace holds them); with a folder, every
      source in it (indexed first) and every other document the workspace keeps under it. Offsets
      are Unicode code points.

      Examples:
        sayso export article.txt --format csv --bom --out quotes.csv
        sayso export . --format w3c --out annotations.jsonld
        sayso export article.txt --format brat --out brat/
        sayso export . --format qdpx --out project.qdpx
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case csv, jsonl, markdown, w3c, brat, qdpx
  }

  enum Table: String, ExpressibleByArgument, CaseIterable {
    case quotes, speakers, codebook
  }

  @Argument(help: "A source file or a folder (default: the current folder).", completion: .file())
  var path: String?

  @Option(help: "csv, jsonl, markdown, w3c, brat (a folder: --out DIR) or qdpx (REFI-QDA: --out FILE.qdpx).")
  var format: Format = .csv

  @Option(help: "For csv: quotes (one row per quote and code), speakers or codebook.")
  var table: Table = .quotes

  @Flag(help: "For csv: start with a byte-order mark, for spreadsheets that need it.")
  var bom = false

  @Option(name: .shortAndLong, help: "Write here instead of to standard output.")
  var out: String?

  @Option(help: "The workspace file (default: found above the path).")
  var store: String?

  @OptionGroup var filter: WhereOption

  func run() throws {
    try CommandRunner.run {
      let query = try filter.query()
      var sources = try ExportSources.load(path: path, store: store)
      if let query {
        sources = sources.map { source in
          var source = source
          let context = QueryContext(
            document: source.document, name: source.path, analysis: source.analysis,
            confirmed: source.confirmed,
            annotations: source.annotations, codes: source.codes)
          let keep = Set(
            QueryEvaluator(query, context: context).matchingQuotes().map { source.analysis.quotes[$0].id })
          source.analysis.quotes.removeAll { !keep.contains($0.id) }
          return source
        }
      }
      for source in sources {
        do { try source.verify() } catch { throw SaysoError(.dataError, path: source.path, "\(error)") }
      }
      if format == .brat {
        guard let out else {
          throw SaysoError(.usage, "brat writes DOC.txt, DOC.ann and annotation.conf: give --out FOLDER")
        }
        try BratFolder.write(sources, to: out)
        StandardError.line("\(out): \(sources.count) document(s) exported for brat")
        return
      }
      if format == .qdpx {
        guard let out else {
          throw SaysoError(.usage, "a REFI-QDA project is a zip file: give --out FILE.qdpx")
        }
        try QDPXFile.write(QDPXProject.archive(sources), to: out)
        StandardError.line("\(out): \(sources.count) document(s) exported as a REFI-QDA project")
        return
      }
      let text: String
      switch format {
      case .csv:
        switch table {
        case .quotes:
          text = TidyTable.csv(header: TidyTable.header, rows: sources.flatMap(TidyTable.rows), bom: bom)
        case .speakers:
          text = TidyTable.csv(
            header: TidyTable.speakerHeader, rows: sources.flatMap(TidyTable.speakerRows), bom: bom)
        case .codebook:
          let codes = sources.first?.codes ?? []
          text = TidyTable.csv(
            header: TidyTable.codebookHeader,
            rows: TidyTable.codebookRows(codes, annotations: sources.flatMap(\.annotations)), bom: bom)
        }
      case .jsonl: text = sources.flatMap(JSONLExport.lines).map { $0 + "\n" }.joined()
      case .markdown: text = MarkdownReport.text(sources)
      case .w3c: text = W3CExport.document(sources)
      case .brat, .qdpx: return
      }
      if let out {
        do {
          try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
          throw SaysoError(
            .cannotCreate, path: out, "cannot write the export (\(error.localizedDescription))")
        }
        StandardError.line("\(out): \(sources.count) document(s) exported")
      } else {
        StandardOutput.shared.write(Array(text.utf8))
      }
    }
  }
}

/// The documents an export covers, with their annotations.
enum ExportSources {
  static func load(path: String?, store: String?) throws -> [ExportSource] {
    let target = URL(fileURLWithPath: path ?? FileManager.default.currentDirectoryPath).standardizedFileURL
      .path
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) else {
      throw SaysoError(.noInput, path: target, "no such file or folder")
    }
    if !isFolder.boolValue {
      let document = try Ingest.file(target)
      let view = WorkspaceView.read(for: document, path: target, store: store)
      return [
        ExportSource(
          path: target, document: document, analysis: QuoteAnalyzer().analyze(document),
          annotations: view.annotations,
          codes: view.codes)
      ]
    }
    // Every source of the folder, as indexed; then documents the workspace keeps under the folder
    // that are not files of it (standard input, the bundled sample).
    let (workspace, _, _) = try CorpusOpening.indexed(target, store: store)
    let codes = try workspace.codes()
    var sources: [ExportSource] = []
    try CorpusDocuments.each(in: workspace, under: target) { item in
      sources.append(
        ExportSource(
          path: item.summary.path, document: item.document, analysis: item.found,
          annotations: item.context.annotations, codes: codes))
    }
    let indexedPaths = Set(sources.map(\.path))
    var latest: [String: StoredDocument] = [:]
    for document in try workspace.documents()
    where document.path.hasPrefix(target + "/") && !indexedPaths.contains(document.path) {
      if let known = latest[document.path], known.id > document.id { continue }
      latest[document.path] = document
    }
    sources += try latest.values.sorted { $0.path < $1.path }.compactMap { stored in
      guard let text = try workspace.text(of: stored.id) else { return nil }
      let document = try StoredText.document(text, path: stored.path, sha256: stored.sha256)
      var withMetadata = document
      if let metadata = try workspace.metadata(of: stored.id) { withMetadata.metadata = metadata }
      return ExportSource(
        path: stored.path, document: withMetadata, analysis: QuoteAnalyzer().analyze(withMetadata),
        annotations: try workspace.annotations(documentID: stored.id), codes: codes)
    }
    return sources.sorted { $0.path < $1.path }
  }
}

/// A brat collection: each document's text and standoff annotations, and the configuration files.
enum BratFolder {
  static func write(_ sources: [ExportSource], to folder: String) throws {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      var used: Set<String> = []
      for source in sources {
        var name = URL(fileURLWithPath: source.path).deletingPathExtension().lastPathComponent
        if used.contains(name) { name += "-" + source.id }
        used.insert(name)
        let base = URL(fileURLWithPath: folder).appendingPathComponent(name)
        try Data(source.document.text.string.utf8).write(to: base.appendingPathExtension("txt"))
        try Data(BratExport.ann(source).utf8).write(to: base.appendingPathExtension("ann"))
      }
      try Data(BratExport.configuration.utf8).write(
        to: URL(fileURLWithPath: folder).appendingPathComponent("annotation.conf"))
      try Data(BratExport.tools.utf8).write(
        to: URL(fileURLWithPath: folder).appendingPathComponent("tools.conf"))
    } catch {
      throw SaysoError(
        .cannotCreate, path: folder, "cannot write the brat files (\(error.localizedDescription))")
    }
  }
}

/// The `.qdpx` zip: `project.qde` and the sources' plain text under `sources/`.
enum QDPXFile {
  static func write(_ archive: QDPXProject.Archive, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try? FileManager.default.removeItem(at: url)
    do {
      let zip = try Archive(url: url, accessMode: .create)
      var entries = [("project.qde", archive.project)]
      entries += archive.sources.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
      for (name, text) in entries {
        let data = Data(text.utf8)
        try zip.addEntry(
          with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
        ) {
          position, size in data.subdata(in: Data.Index(position)..<(Data.Index(position) + size))
        }
      }
    } catch {
      throw SaysoError(
        .cannotCreate, path: path, "cannot write the REFI-QDA project (\(error.localizedDescription))")
    }
  }
}
