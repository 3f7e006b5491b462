import ArgumentParser
import Foundation
import SaysoCore
import SaysoStore

/// `sayso init [DIR]`: makes a workspace in DIR (default: the current folder).
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a workspace (.sayso/sayso.sqlite) for the sources in a folder.",
    discussion: """
      Annotations on any source in the folder or below it go to this workspace. Without one, the
      explorer makes it beside the source at the first annotation.

      Example:
        sayso init ~/research/articles
      """)

  @Argument(help: "The folder (default: the current one).", completion: .directory)
  var folder: String?

  func run() throws {
    try CommandRunner.run {
      let folder = URL(fileURLWithPath: self.folder ?? FileManager.default.currentDirectoryPath)
        .standardizedFileURL.path
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
        throw SaysoError(.noInput, path: folder, "no such folder; give the folder that holds the sources")
      }
      let path = WorkspaceLocation.database(in: folder)
      let existed = FileManager.default.fileExists(atPath: path)
      do {
        _ = try Workspace(path: path, create: true)
      } catch {
        throw SaysoError(.cannotCreate, path: path, "\(error); check the folder's permissions")
      }
      StandardOutput.shared.line(existed ? "\(path): workspace already there" : "\(path): workspace created")
    }
  }
}

/// `sayso annotations [FILE|DIR]`: what the workspace holds, as a table or JSON lines.
struct AnnotationsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annotations",
    abstract: "List the annotations of a workspace: codes, notes, speaker corrections, reviews.",
    discussion: """
      With a file, its annotations (every version of it); with a folder, the workspace found from it.

      Example:
        sayso annotations article.txt --format jsonl
      """)

  @Argument(help: "A source file or a folder (default: the current folder).", completion: .file())
  var path: String?

  @Option(help: "table or jsonl.")
  var format: ListFormat = .table

  @Flag(help: "Only annotations that lost their place when the source changed.")
  var orphans = false

  @Option(help: "The workspace file (default: found above the path).")
  var store: String?

  @OptionGroup var filter: WhereOption

  func run() throws {
    try AnnotationsCommand.list(
      path: path, format: format, orphans: orphans, store: store, query: try filter.query())
  }

  static func list(
    path: String?, format: ListFormat, orphans: Bool, store: String?, query: Query? = nil
  ) throws {
    try CommandRunner.run {
      let target = URL(fileURLWithPath: path ?? FileManager.default.currentDirectoryPath).standardizedFileURL
        .path
      guard FileManager.default.fileExists(atPath: target) else {
        throw SaysoError(.noInput, path: target, "no such file or folder")
      }
      guard let storePath = store ?? WorkspaceLocation.find(from: target) else {
        throw SaysoError(
          .noInput, path: target, "no workspace here or above; annotate in the explorer or run `sayso init`")
      }
      let workspace: Workspace
      do { workspace = try Workspace(path: storePath, create: false) } catch {
        throw SaysoError(.ioError, path: storePath, "\(error)")
      }
      let documents = try workspace.documents()
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: target, isDirectory: &isFolder)
      let wanted = Set(
        documents.filter {
          isFolder.boolValue
            ? $0.path.hasPrefix(target + "/") || $0.path.hasPrefix(target) : $0.path == target
        }.map(\.id))
      let paths = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.path) })
      let codes = Dictionary(uniqueKeysWithValues: try workspace.codes().map { ($0.id, $0.name) })
      var items = try (orphans ? workspace.orphans() : workspace.allAnnotations()).filter {
        wanted.contains($0.documentID)
      }
      if let query {
        items = try AnnotationsCommand.matching(
          items, query: query, workspace: workspace, documents: documents)
      }
      let rows = items.map { AnnotationRow(annotation: $0, path: paths[$0.documentID] ?? "", codes: codes) }
      switch format {
      case .jsonl: for row in rows { StandardOutput.shared.write(row.json().finished() + [0x0A]) }
      case .table:
        for row in rows { StandardOutput.shared.line(TerminalText.sanitized(row.line, keepTabs: false)) }
      }
      if rows.isEmpty {
        StandardError.line("\(storePath): no \(orphans ? "orphans" : "annotations") for \(target)")
      }
    }
  }
}

extension AnnotationsCommand {
  /// The annotations whose target matches: a quote target by the quote, a paragraph or span by its
  /// paragraph; each document is read from the text the workspace keeps, as the explorer saw it.
  static func matching(
    _ items: [Annotation], query: Query, workspace: Workspace, documents: [StoredDocument]
  )
    throws -> [Annotation]
  {
    let codes = try workspace.codes()
    let stored = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
    var kept: [Annotation] = []
    for (id, group) in Dictionary(grouping: items, by: \.documentID) {
      guard let text = try workspace.text(of: id) else { continue }
      let path = stored[id]?.path ?? ""
      let document = try StoredText.document(text, path: path, sha256: stored[id]?.sha256 ?? "")
      let all = try workspace.annotations(documentID: id)
      let context = WorkspaceView(annotations: all, codes: codes)
        .context(document, name: path, analysis: QuoteAnalyzer().analyze(document))
      let evaluator = QueryEvaluator(query, context: context)
      let quoteIndex = Dictionary(
        context.analysis.quotes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
      for annotation in group {
        if annotation.targetKind == .quote, let quote = annotation.quoteID.flatMap({ quoteIndex[$0] }) {
          if evaluator.matches(quote: quote) { kept.append(annotation) }
        } else {
          if let paragraph = document.paragraphs.index(containing: annotation.anchor.start)
            ?? (document.paragraphs.isEmpty ? nil : 0),
            evaluator.matches(paragraph: paragraph)
          {
            kept.append(annotation)
          }
        }
      }
    }
    return kept.sorted {
      ($0.documentID, $0.anchor.start, $0.created) < ($1.documentID, $1.anchor.start, $1.created)
    }
  }
}

enum ListFormat: String, ExpressibleByArgument, CaseIterable {
  case table, jsonl
}

/// One annotation as `sayso annotations` prints it.
struct AnnotationRow {
  let annotation: Annotation
  let path: String
  let codes: [Int64: String]

  var kind: String {
    switch annotation.body {
    case .code: return "code"
    case .note: return "note"
    case .speaker: return "speaker"
    case .review: return "review"
    }
  }

  var value: String {
    switch annotation.body {
    case .code(let id): return codes[id] ?? "#\(id)"
    case .note(let text): return text
    case .speaker(let name): return name
    case .review(let review): return review.rawValue
    }
  }

  var line: String {
    let place = "\(annotation.targetKind.rawValue) \(annotation.anchor.start)–\(annotation.anchor.end)"
    let exact = annotation.anchor.exact.split(whereSeparator: \.isNewline).joined(separator: " ")
    let short = exact.count > 40 ? String(exact.prefix(40)) + "…" : exact
    let orphan = annotation.isOrphan ? "  (orphan)" : ""
    return
      "\(URL(fileURLWithPath: path).lastPathComponent)  \(place)  \(kind): \(value.split(whereSeparator: \.isNewline).joined(separator: " / "))  “\(short)”  \(annotation.coder)\(orphan)"
  }

  func json() -> JSONObjectWriter {
    var object = JSONObjectWriter()
    object.string("id", annotation.id)
    object.string("document", path)
    object.string("target", annotation.targetKind.rawValue)
    object.string("quote", annotation.quoteID.map { "q\($0)" })
    object.int("start", annotation.anchor.start)
    object.int("end", annotation.anchor.end)
    object.string("exact", annotation.anchor.exact)
    object.string("kind", kind)
    object.string("value", value)
    object.string("coder", annotation.coder)
    object.string("created", ISO8601DateFormatter().string(from: annotation.created))
    object.bool("orphan", annotation.isOrphan)
    return object
  }
}

/// `sayso orphans [FILE|DIR]`: annotations that lost their place (`sayso annotations --orphans`).
struct OrphansCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "orphans",
    abstract: "List annotations whose text is gone from an edited source (kept, never deleted).")

  @Argument(help: "A source file or a folder (default: the current folder).", completion: .file())
  var path: String?

  @Option(help: "table or jsonl.")
  var format: ListFormat = .table

  @Option(help: "The workspace file (default: found above the path).")
  var store: String?

  func run() throws {
    try AnnotationsCommand.list(path: path, format: format, orphans: true, store: store)
  }
}
