import ArgumentParser
import Foundation
import SaysoCore

/// `sayso info`: what Sayso knows about a source before anyone reads it.
struct InfoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "info",
    abstract: "Show a source's title, byline, date, site, hash, size, paragraphs and warnings.",
    discussion: """
      Example:
        sayso info page.html --format json
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  func run() throws {
    try CommandRunner.run {
      let document = try input.load()
      let summary = DocumentSummary(document, path: absolutePath(input.file))
      switch format {
      case .text: summary.textLines().forEach(StandardOutput.shared.line)
      case .json: StandardOutput.shared.write(summary.json().finished() + [0x0A])
      }
    }
  }

  private func absolutePath(_ path: String) -> String {
    if path == SourceFile.standardInputPath { return "(standard input)" }
    return URL(fileURLWithPath: path).standardizedFileURL.path
  }
}

/// The facts `sayso info` prints, in text and JSON form.
struct DocumentSummary {
  let document: Document
  let path: String

  init(_ document: Document, path: String) {
    self.document = document
    self.path = path
  }

  var kindCounts: [(ParagraphKind, Int)] {
    ParagraphKind.allCases.compactMap { kind in
      let count = document.paragraphs.filter { $0.kind == kind }.count
      return count > 0 ? (kind, count) : nil
    }
  }

  var formatDescription: String {
    switch document.format {
    case .text: return "text (\(document.layout?.rawValue ?? "blank") paragraphs)"
    case .markdown: return "markdown"
    case .html: return "html (article extracted)"
    }
  }

  func textLines() -> [String] {
    let metadata = document.metadata
    let kinds = kindCounts.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ")
    var rows: [(String, String)] = [
      ("title", metadata.title ?? "-"),
      ("byline", metadata.byline ?? "-"),
      ("date", metadata.date ?? "-"),
      ("site", metadata.siteName ?? "-"),
    ]
    if let url = metadata.canonicalURL { rows.append(("url", url)) }
    rows += [
      ("path", path),
      ("format", formatDescription),
      ("sha256", document.text.sha256),
    ]
    if document.sourceSHA256 != document.text.sha256 { rows.append(("source sha256", document.sourceSHA256)) }
    rows += [
      ("size", "\(document.sourceByteCount) bytes, text \(document.text.scalarCount) characters"),
      ("paragraphs", kinds.isEmpty ? "0" : "\(document.paragraphs.count) (\(kinds))"),
      (
        "warnings",
        document.warnings.isEmpty ? "none" : document.warnings.map(\.message).joined(separator: "; ")
      ),
    ]
    return rows.map { label, value in
      label.padding(toLength: 14, withPad: " ", startingAt: 0) + TerminalText.sanitized(value)
    }
  }

  func json() -> JSONObjectWriter {
    let metadata = document.metadata
    var object = JSONObjectWriter()
    object.string("path", path)
    object.string("format", document.format.rawValue)
    object.string("layout", document.layout?.rawValue)
    object.string("title", metadata.title)
    object.string("byline", metadata.byline)
    object.string("date", metadata.date)
    object.string("site", metadata.siteName)
    object.string("url", metadata.canonicalURL)
    object.string("language", metadata.language)
    object.string("sha256", document.text.sha256)
    object.string("source_sha256", document.sourceSHA256)
    object.int("bytes", document.sourceByteCount)
    object.int("characters", document.text.scalarCount)
    object.int("paragraphs", document.paragraphs.count)
    var kinds = JSONObjectWriter()
    for (kind, count) in kindCounts { kinds.int(kind.rawValue, count) }
    object.object("paragraph_kinds", kinds)
    object.strings("warnings", document.warnings.map(\.message))
    return object
  }
}
