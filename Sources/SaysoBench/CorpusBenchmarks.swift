import Foundation
import SaysoCore
import SaysoStore
import SaysoTestSupport
import SaysoUI

/// Corpus mode at scale: 10,000 generated news articles (paragraphs of polnear-dev recombined, about
/// 50 MB) indexed by the real `sayso index` from scratch (time and peak memory), reopened with nothing
/// changed until the document list is drawn, searched, asked for every quote of the most quoted
/// speaker, and the explorer's keys timed while a second index is built in the background.
/// `--only corpus` runs these.
struct CorpusBenchmarks {
  let corpus: URL
  let only: String?
  let documents = Int(ProcessInfo.processInfo.environment["SAYSO_BENCH_CORPUS_DOCS"] ?? "") ?? 10_000

  func run() {
    guard only.map({ $0.hasPrefix("corpus") }) ?? true else { return }
    let source = corpus.appendingPathComponent("polnear-dev").path
    let pool = CorpusGenerator.pool(fromArticlesIn: source)
    guard !pool.paragraphs.isEmpty else { return }
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sayso-corpus-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    // SAYSO_BENCH_CORPUS_DIR keeps the generated articles between runs (made there when missing).
    let kept = ProcessInfo.processInfo.environment["SAYSO_BENCH_CORPUS_DIR"]
    let folder = kept ?? scratch.appendingPathComponent("articles").path
    do {
      let bytes: Int
      if let kept, FileManager.default.fileExists(atPath: kept) {
        bytes = CorpusWalker.files(in: kept).reduce(0) { $0 + $1.size }
      } else {
        bytes = try CorpusGenerator.write(
          count: documents, pool: pool.paragraphs, titles: pool.titles, to: folder)
      }
      let data = "\(documents) generated articles, \(bytes / 1_000_000) MB"
      let store = scratch.appendingPathComponent("index.sqlite").path
      try indexWithTheBinary(folder, store: store, data: data)
      let workspace = try Workspace(path: store, create: false)
      try reopen(folder, store: store, data: data)
      try search(workspace, folder: folder, data: data)
      try quotesBySpeaker(workspace, folder: folder, data: data)
      try keysWhileIndexing(folder, store: scratch.appendingPathComponent("second.sqlite").path, data: data)
    } catch {
      print("corpus benchmarks failed: \(error)")
    }
  }

  /// `sayso index DIR` run as a user runs it (release binary beside this one): wall time, and the peak
  /// resident memory of that process.
  private func indexWithTheBinary(_ folder: String, store: String, data: String) throws {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("sayso").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      print("corpus: \(binary) missing; build it with swift build -c release")
      return
    }
    // Spawned and reaped here so that the peak memory read is this process's alone.
    var usage = rusage()
    let arguments = [binary, "index", folder, "--store", store]
    let seconds = try Clock.seconds { try Self.runReaped(arguments, usage: &usage) }
    report("corpus_index_seconds", seconds, "s", "sayso index from scratch, \(data), 2 cores")
    report("corpus_index_peak_memory", Double(usage.ru_maxrss) / 1024, "MB", "peak RSS of that sayso index")
  }

  static func runReaped(_ arguments: [String], usage: inout rusage) throws {
    var pid: pid_t = 0
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
      throw CocoaError(.executableLoad)
    }
    var status: Int32 = 0
    _ = wait4(pid, &status, 0, &usage)
  }

  /// Reopening with nothing changed: the workspace opened, the folder walked and compared with the
  /// index, the document list read and its first screen drawn.
  private func reopen(_ folder: String, store: String, data: String) throws {
    var rows = 0
    let seconds = try Clock.best(of: 3) {
      let workspace = try Workspace(path: store, create: false)
      let plan = try CorpusIndexer(workspace: workspace, folder: folder).plan()
      guard plan.toRead.isEmpty else { throw CocoaError(.fileReadUnknown) }
      let documents = try workspace.corpusDocuments(under: folder)
      var state = AppState(
        model: ReaderModel(document: .empty, analysis: .pending, name: "articles/"), rows: 60, cols: 200)
      state.corpus = CorpusState(folder: folder, documents: documents)
      state.reduce(.run(.documents))
      rows = Renderer.render(state).rows
      precondition(documents.count == self.documents)
    }
    report(
      "corpus_reopen_seconds", seconds, "s",
      "open, walk and stat \(data), list drawn at 200x60 (\(rows) rows)")
  }

  private func search(_ workspace: Workspace, folder: String, data: String) throws {
    let queries = ["Clinton emails", "\"health care\"", "tax*", "Supreme Court nominee", "said"]
    var times: [Double] = []
    var found: [Int] = []
    for query in queries {
      _ = try workspace.search(query, under: folder, limit: 100)
      times.append(
        try Clock.best(of: 5) {
          found.append(try workspace.search(query, under: folder, limit: 100)?.count ?? 0)
        } * 1e3)
    }
    report(
      "corpus_fts_ms", times.sorted()[times.count / 2], "ms",
      "median of \(queries.count) queries, 100 best paragraphs each, \(data)")
    report(
      "corpus_fts_worst_ms", times.max() ?? 0, "ms",
      "slowest query (\(queries[times.firstIndex(of: times.max() ?? 0) ?? 0]))")
  }

  private func quotesBySpeaker(_ workspace: Workspace, folder: String, data: String) throws {
    guard let top = try workspace.corpusSpeakers(under: folder).first else { return }
    var count = 0
    let seconds = try Clock.best(of: 5) {
      count = try workspace.corpusQuotes(bySpeaker: top.id, under: folder).count
    }
    report(
      "corpus_quotes_by_speaker_ms", seconds * 1e3, "ms",
      "every quote by \(top.name) (\(count)) across \(data)")
    let speakers = try Clock.best(of: 3) { _ = try workspace.corpusSpeakers(under: folder) }
    report(
      "corpus_speaker_list_ms", speakers * 1e3, "ms", "the corpus speaker pane: every speaker with counts")
  }

  /// The explorer while indexing runs on other threads: keys moving in and sorting the document list,
  /// opening the corpus speakers (a query of the store) and going back, each reduced and its screen
  /// rendered, with the list refreshed as the explorer does; the slowest key is the figure.
  private func keysWhileIndexing(_ folder: String, store: String, data: String) throws {
    let workspace = try Workspace(path: store)
    let indexer = CorpusIndexer(workspace: workspace, folder: folder)
    let session = CorpusSession(indexer: indexer, plan: try indexer.plan())
    let backend = WorkspaceBackend(corpus: workspace, folder: folder, coder: "bench")
    var state = AppState(
      model: ReaderModel(document: .empty, analysis: .pending, name: "articles/"), rows: 60, cols: 200)
    state.corpus = CorpusState(folder: folder, documents: session.documents ?? [])
    state.reduce(.run(.documents))
    var times: [Double] = []
    let keys: [Key] = [
      .char("j"), .char("j"), .char("k"), .char("G"), .char("g"), .char("o"), .char("W"), .char("j"),
      .char("D"),
    ]
    var n = 0
    while case .running = session.status {
      let key = keys[n % keys.count]
      n += 1
      times.append(
        Clock.seconds {
          // As the explorer does: a newer list from the indexing thread is taken when there is one.
          if let documents = session.documents, documents.count != state.corpus?.documents.count {
            state.reduce(.corpusDocuments(documents))
          }
          for effect in state.reduce(.key(key), backend: backend) {
            if case .openDocument(let id, let place) = effect {
              for action in (try? backend.openDocument(id, place: place)) ?? [] { state.reduce(action) }
            }
          }
          _ = Renderer.render(state)
        } * 1e3)
      usleep(20_000)
    }
    session.wait()
    times.sort()
    guard !times.isEmpty else { return }
    report(
      "corpus_key_while_indexing_max_ms", times.last ?? 0, "ms",
      "\(times.count) keys (moving, sorting, the corpus speakers and back) while \(data) were indexed (list refreshed as the indexer publishes it)"
    )
    report(
      "corpus_key_while_indexing_p99_ms", times[times.count * 99 / 100], "ms",
      "99th percentile of the same keys")
  }
}
