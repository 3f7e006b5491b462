import ArgumentParser
import Foundation
import SaysoCore
import SaysoStore

/// `sayso import FILE`: annotations from a Sayso JSONL or W3C export back into a workspace. Each keeps
/// its id, so importing twice changes nothing; offsets that no longer fit the text are found again by
/// the exact text and its context (or kept as orphans).
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import annotations from a JSONL, W3C Web Annotation or brat export into the workspace.",
    discussion: """
      The documents are found by their path (or their text's SHA-256) in the workspace, else read
      from their path and added. Codes are matched by name and made when missing.

      Example:
        sayso import annotations.jsonld --store ~/research/.sayso/sayso.sqlite
      """)

  @Argument(help: "A .jsonl, .jsonld/.json or brat .ann export made by Sayso.", completion: .file())
  var file: String

  @Option(help: "The workspace file (default: found above the documents, else above the current folder).")
  var store: String?

  @Option(
    help:
      "The source the annotations belong to (default: the document with the same text in the workspace, else the path the export names; for brat, the .txt beside the .ann).",
    completion: .file())
  var document: String?

  /// A brat `.ann` with its `.txt` beside it (the text the offsets count in).
  static func brat(ann: String, file: String) throws -> [ImportedAnnotation] {
    let textPath = String(file.dropLast(4)) + ".txt"
    guard let data = FileManager.default.contents(atPath: textPath) else {
      throw SaysoError(.noInput, path: textPath, "a brat .ann needs its .txt beside it")
    }
    let document = try Ingest.document(bytes: [UInt8](data), path: textPath)
    let environment = ProcessInfo.processInfo.environment
    let coder = environment["SAYSO_CODER"] ?? environment["USER"] ?? "import"
    var found = try BratExport.read(ann, text: document.text, path: textPath, coder: coder)
    // Verdicts on quotes: matched to the quotes Sayso finds in the same text.
    let quotes = QuoteAnalyzer().analyze(document).quotes
    for verdict in BratExport.verdicts(ann, scalarCount: document.text.scalarCount)
    where verdict.status != "found" {
      let quote = quotes.first { $0.range.lowerBound == verdict.range.lowerBound }
      let body: AnnotationBody
      var target = TargetKind.quote
      switch verdict.status {
      case "confirmed": body = .review(.confirmed)
      case "rejected": body = .review(.notAQuote)
      case "corrected", "added":
        guard let name = verdict.speaker else { continue }
        body = .speaker(name)
        if verdict.status == "added" || quote == nil { target = .span }
      default: continue
      }
      guard target == .span || quote != nil else { continue }
      let anchor = TextAnchor(range: target == .quote ? quote!.range : verdict.range, in: document.text)
      let (kind, value): (String, String) = {
        switch body {
        case .speaker(let name): return ("speaker", name)
        case .review(let review): return ("review", review.rawValue)
        default: return ("", "")
        }
      }()
      found.append(
        ImportedAnnotation(
          documentPath: textPath, sha256: document.text.sha256,
          annotation: Annotation(
            id: BratExport.stableID(path: document.text.sha256, anchor: anchor, kind: kind, value: value),
            documentID: 0, targetKind: target, quoteID: target == .quote ? quote?.id : nil, anchor: anchor,
            body: body,
            coder: coder),
          codePath: nil))
    }
    return found
  }

  func run() throws {
    try CommandRunner.run {
      // Read as a source is: a folder, a named pipe, a link loop or a huge file is refused by name.
      let text = String(decoding: try SourceFile.read(file), as: UTF8.self)
      var imported: [ImportedAnnotation]
      do {
        if file.lowercased().hasSuffix(".ann") {
          imported = try ImportCommand.brat(ann: text, file: file)
        } else if file.lowercased().hasSuffix(".jsonl") {
          imported = try JSONLExport.read(text)
        } else {
          imported = try W3CExport.read(text)
        }
      } catch let error as SaysoError {
        throw error
      } catch {
        throw SaysoError(
          .dataError, path: file,
          "\(error); import takes a .jsonl, .jsonld or brat .ann export made by `sayso export`")
      }
      if let document {
        // The researcher says which source these are for: the same text, under its real path.
        let path = URL(fileURLWithPath: document).standardizedFileURL.path
        imported = imported.map { item in
          var item = item
          item.documentPath = path
          return item
        }
      }
      guard !imported.isEmpty else {
        StandardError.line("\(file): no annotations of the researcher to import")
        return
      }
      let firstPath = imported[0].documentPath
      guard
        let storePath = store ?? WorkspaceLocation.find(from: firstPath)
          ?? WorkspaceLocation.find(from: FileManager.default.currentDirectoryPath)
      else {
        throw SaysoError(
          .noInput, path: firstPath, "no workspace above the documents; run `sayso init` or give --store")
      }
      let workspace = try Workspace(path: storePath, create: false)
      let report = try Importer(workspace: workspace).run(imported)
      StandardOutput.shared.line(
        "\(storePath): \(report.added) annotation(s) added, \(report.unchanged) already there, \(report.moved) re-anchored, \(report.orphans) orphan(s)"
      )
    }
  }
}

/// Files imported annotations under the workspace's documents and codes, in one undoable change.
struct Importer {
  let workspace: Workspace

  struct Report {
    var added = 0
    var unchanged = 0
    var moved = 0
    var orphans = 0
  }

  func run(_ imported: [ImportedAnnotation]) throws -> Report {
    var report = Report()
    var documents: [String: (id: Int64, document: Document)] = [:]
    var codes = Dictionary(uniqueKeysWithValues: try workspace.codes().map { ($0.name.lowercased(), $0) })
    let existing = Set(try workspace.allAnnotations().map(\.id))
    var changes: [Change] = []
    for item in imported {
      let key = item.documentPath
      if documents[key] == nil { documents[key] = try document(for: item) }
      guard let (id, document) = documents[key] else { continue }
      var annotation = item.annotation
      annotation.documentID = id
      if let path = item.codePath {
        if codes[path.lowercased()] == nil {
          guard
            case .addCode(let code) = try workspace.apply(
              .addCode(Code(id: 0, name: path, position: codes.count)), coder: annotation.coder)
          else { continue }
          codes[path.lowercased()] = code
        }
        annotation.body = .code(codes[path.lowercased()]!.id)
      }
      switch Reanchoring(text: document.text).place(annotation.anchor) {
      case .unchanged?: break
      case .moved(let range)?, .fuzzy(let range)?:
        annotation.anchor = TextAnchor(range: range, in: document.text)
        report.moved += 1
      case nil:
        annotation.isOrphan = true
        report.orphans += 1
      }
      if existing.contains(annotation.id) {
        report.unchanged += 1
      } else {
        changes.append(.add(annotation))
        report.added += 1
      }
    }
    if !changes.isEmpty { try workspace.apply(.batch(changes), coder: "import") }
    return report
  }

  /// The workspace's document for an imported annotation: by its text's hash, else by its path
  /// (read from disk and added).
  private func document(for item: ImportedAnnotation) throws -> (Int64, Document)? {
    if let hash = item.sha256 {
      for stored in try workspace.documents() where stored.sha256 == hash {
        guard let text = try workspace.text(of: stored.id) else { continue }
        return (stored.id, try StoredText.document(text, path: stored.path, sha256: stored.sha256))
      }
    }
    guard FileManager.default.fileExists(atPath: item.documentPath) else {
      throw SaysoError(
        .noInput, path: item.documentPath,
        "the document of these annotations is neither in the workspace nor on disk")
    }
    let document = try Ingest.file(item.documentPath)
    return (try workspace.register(document, path: item.documentPath), document)
  }
}
