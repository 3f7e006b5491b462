import ArgumentParser
import Foundation
import SaysoCore
import SaysoStore

/// `sayso index DIR`: reads every source of a folder into its workspace once.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Index a folder of sources: paragraphs, quotes, speakers and full-text search.",
    discussion: """
      Walks the folder (text, Markdown and HTML; hidden folders and binary files are skipped), reads
      each new or changed file once and keeps what it found in the workspace (.sayso/sayso.sqlite in
      the folder, or the one above it). Run it again after adding or editing files: only those are
      read again, and annotations on edited files follow their text. `sayso DIR`, `sayso quotes DIR`,
      `sayso speakers DIR`, `sayso search DIR` and `sayso export DIR` index first by themselves.

      Example:
        sayso index ~/research/articles
      """)

  @Argument(help: "The folder of sources.", completion: .directory)
  var folder: String

  @Option(help: "The workspace file (default: found above the folder, else made in it).")
  var store: String?

  @Option(help: "How to read dialogue: auto, news or fiction.")
  var genre: Genre = .auto

  func run() throws {
    try CommandRunner.run {
      let (workspace, report, seconds) = try CorpusOpening.indexed(folder, store: store, genre: genre)
      let root = URL(fileURLWithPath: folder).standardizedFileURL.path
      let documents = try workspace.corpusDocuments(under: root)
      let quotes = documents.reduce(0) { $0 + $1.quotes }
      let speakers = try workspace.corpusSpeakers(under: root).count
      var line =
        "\(root): \(documents.count) document(s), \(quotes) quote(s) by \(speakers) speaker(s) — "
        + "\(report.added) added, \(report.changed) changed, \(report.removed) removed, "
        + "\(report.unchanged) unchanged in \(JSONObjectWriter.format(seconds, digits: 2)) s"
      if !report.failed.isEmpty { line += "; \(report.failed.count) skipped" }
      let moved = report.reanchored
      if moved.moved + moved.fuzzy + moved.orphans > 0 {
        line +=
          "; annotations carried over: \(moved.unchanged + moved.moved + moved.fuzzy), "
          + "lost their place: \(moved.orphans) (sayso orphans)"
      }
      StandardOutput.shared.line(TerminalText.sanitized(line, keepTabs: false))
      if documents.isEmpty && !report.failed.isEmpty {
        throw SaysoError(.dataError, path: root, "no file could be read")
      }
    }
  }
}
