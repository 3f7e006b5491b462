import ArgumentParser
import Foundation
import SaysoCore
import SaysoTerminal
import SaysoUI

/// `sayso [FILE|DIR]`: the interactive explorer (the bundled sample article when no file is given;
/// a folder opens as a corpus).
struct ExploreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explore",
    abstract: "Read a source in the explorer: quotes coloured by speaker, navigated by keyboard.",
    discussion: """
      `sayso FILE` opens the explorer on a file; `sayso DIR` opens a folder as a corpus (its documents
      listed, indexed in the background the first time); `sayso` alone opens the bundled sample
      article. Press ? inside for the keys.

      Examples:
        sayso article.html
        sayso ~/research/articles
      """
  )

  @Argument(
    help: "A text, Markdown or HTML file, or a folder of them (none: the bundled sample article).",
    completion: .file())
  var file: String?

  @OptionGroup var reading: ReadingOptions

  @Flag(help: "No colour: meaning is carried by bold, underline and reverse (also when NO_COLOR is set).")
  var noColor = false

  @Option(help: "How to read dialogue: auto, news or fiction.")
  var genre: Genre = .auto

  @Option(
    help: "The workspace file to keep annotations in (default: .sayso/sayso.sqlite found above the file).")
  var store: String?

  func run() throws {
    var status: Int32 = 0
    try CommandRunner.run {
      if let file, CorpusOpening.isFolder(file) {
        status = try exploreCorpus(file)
        return
      }
      let document: Document
      let name: String
      if let file {
        document = try Ingest.file(file, options: reading.ingestOptions)
        name = file == "-" ? "stdin" : URL(fileURLWithPath: file).lastPathComponent
      } else {
        document = try SampleDocument.load()
        name = SampleDocument.fileName
      }
      // The sample (and standard input) are filed under the current folder.
      let sourcePath =
        file.flatMap { $0 == "-" ? nil : $0 }
        ?? FileManager.default.currentDirectoryPath + "/"
        + (file == nil ? SampleDocument.fileName : "stdin.txt")
      let backend = WorkspaceBackend(
        document: document, sourcePath: sourcePath, storeOverride: store,
        coder: WorkspaceBackend.coderName(environment: ProcessInfo.processInfo.environment))
      let opened: Action?
      do {
        opened = try backend.openExisting()
      } catch {
        throw SaysoError(.ioError, path: store, "\(error)")
      }
      // The quotes are found while the first page is already on screen.
      let analysis = BackgroundAnalysis(document: document, genre: genre)
      let session = try ExplorerSession(document: document, name: name, backend: backend, noColor: noColor)
      if let opened { session.state.reduce(opened) }
      status = ExplorerLoop.run(
        &session.state, terminal: session.terminal, analysis: analysis, backend: backend, genre: genre)
      session.terminal.close()
    }
    if status != 0 { throw ExitCode(status) }
  }
}

/// The terminal and the first state of the explorer, configured as the researcher set it up.
final class ExplorerSession {
  let terminal: Terminal
  var state: AppState

  init(document: Document, name: String, backend: WorkspaceBackend, noColor: Bool) throws {
    let environment = ProcessInfo.processInfo.environment
    let config = ConfigFile.load(environment: environment)
    let model = ReaderModel(
      document: document, analysis: .pending, name: name, includeIndirect: config.showIndirect)
    let color = !noColor && config.color && (environment["NO_COLOR"] ?? "").isEmpty
    do {
      terminal = try Terminal(
        color: color, speakerColors: config.speakerColors, roleColors: config.roleColors)
    } catch let error as Terminal.OpenError {
      throw SaysoError(.usage, error.description)
    }
    state = AppState(
      model: model, rows: terminal.rows, cols: terminal.cols, keyMap: config.keyMap, useColor: color,
      annotations: AnnotationState(coder: backend.coder))
    state.showSpeakers = config.showSpeakers
    state.showQuotes = config.showQuotes
    if let first = config.problems.first {
      let more =
        config.problems.count > 1 ? " (and \(config.problems.count - 1) more: sayso config --check)" : ""
      state.message = StatusMessage("config: \(first)\(more)", isError: true)
    }
  }
}
