import ArgumentParser
import Foundation
import SaysoCore
import SaysoStore

/// `--where QUERY`: the explorer's filter language on the command line.
struct WhereOption: ParsableArguments {
  @Option(
    name: .customLong("where"),
    help: "Only what matches this query (speaker:NAME kind:partial code:PATH has:note \"a phrase\" …).")
  var text: String?

  /// The parsed query, or nil without --where. A bad query is a usage error naming the column.
  func query() throws -> Query? {
    guard let text else { return nil }
    do {
      return try QueryParser.parse(text)
    } catch let error as QueryError {
      throw SaysoError(.usage, "--where \(text): \(error)")
    }
  }
}

/// The researcher's work on a file, read from its workspace without writing to it: corrections make
/// the analysis what the explorer shows, and codes and notes answer `code:` and `has:`.
struct WorkspaceView {
  var annotations: [Annotation] = []
  var codes: [Code] = []

  static func read(for document: Document, path: String, store: String? = nil) -> WorkspaceView {
    guard path != "-", let storePath = store ?? WorkspaceLocation.find(from: path),
      let workspace = try? Workspace(path: storePath, create: false),
      let id = try? workspace.existingDocumentID(path: path, sha256: document.text.sha256)
    else { return WorkspaceView() }
    return WorkspaceView(
      annotations: (try? workspace.annotations(documentID: id)) ?? [], codes: (try? workspace.codes()) ?? [])
  }

  /// The analysis with the researcher's corrections, and a query context over it.
  func context(_ document: Document, name: String, analysis: QuoteAnalysis) -> QueryContext {
    let corrected = CorrectedAnalysis(analysis, annotations: annotations, paragraphs: document.paragraphs)
    return QueryContext(
      document: document, name: name, analysis: corrected.analysis, confirmed: corrected.confirmed,
      annotations: annotations, codes: codes)
  }
}

/// A document rebuilt from the text a workspace keeps. For a web page that text is the extracted
/// article (title and paragraphs separated by blank lines), so it is read as plain text with blank-line
/// paragraphs rather than as HTML again.
enum StoredText {
  /// The document as the explorer read it: the source file itself when it is still there with the same
  /// text (a web page keeps its paragraph kinds, so quotes get the same ids), else the kept text.
  static func document(_ text: String, path: String, sha256: String) throws -> Document {
    if FileManager.default.fileExists(atPath: path), let document = try? Ingest.file(path),
      document.text.sha256 == sha256
    {
      return document
    }
    return try document(text, path: path)
  }

  static func document(_ text: String, path: String) throws -> Document {
    let lower = path.lowercased()
    let isPage = lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml")
    return try Ingest.document(
      bytes: Array(text.utf8), path: path,
      options: isPage ? IngestOptions(format: .text, layout: .blank) : IngestOptions())
  }
}
