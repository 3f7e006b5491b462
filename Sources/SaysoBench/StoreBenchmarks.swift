import Foundation
import SaysoCore
import SaysoStore
import SaysoUI

/// The workspace's speed as the researcher feels it: a code applied (or a note saved) from the key to
/// the committed transaction, and opening a document that has 10,000 annotations until the first
/// screen is drawn. Runs in a temporary folder; `--only store` runs these.
struct StoreBenchmarks {
  let corpus: URL
  let only: String?

  func run() {
    guard only.map({ "store".hasPrefix($0) || $0.hasPrefix("store") }) ?? true else { return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sayso-bench-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      try keyToCommit(in: folder)
      if let novel = largestFile(in: corpus.appendingPathComponent("pdnc-dev"), suffix: ".txt") {
        try openWithManyAnnotations(novel, in: folder)
        try confirmInNovel(novel, in: folder)
      }
    } catch {
      print("store benchmarks failed: \(error)")
    }
  }

  /// `1` in the quote details toggles code 1 on the quote: each press is one transaction (WAL,
  /// synchronous commits). Then notes saved with Ctrl-S.
  private func keyToCommit(in folder: URL) throws {
    let document = try SampleDocument.load()
    let source = folder.appendingPathComponent("sample.txt").path
    try Data(document.text.string.utf8).write(to: URL(fileURLWithPath: source))
    let backend = WorkspaceBackend(document: document, sourcePath: source, storeOverride: nil, coder: "bench")
    var state = AppState(
      model: ReaderModel(document: document, analysis: QuoteAnalyzer().analyze(document), name: "sample"),
      rows: 60,
      cols: 200, annotations: AnnotationState(coder: "bench"))
    _ = state.reduce(.run(.nextQuote), backend: backend)
    _ = state.reduce(.run(.codePicker), backend: backend)
    for character in "bench" { _ = state.reduce(.key(.char(character)), backend: backend) }
    _ = state.reduce(.key(.enter), backend: backend)
    _ = state.reduce(.run(.quoteDetail), backend: backend)
    var codeTimes: [Double] = []
    for _ in 0..<Clock.runs(200) {
      codeTimes.append(Clock.seconds { _ = state.reduce(.key(.char("1")), backend: backend) } * 1e3)
      guard state.annotations.save == .saved else { print("store: a code was not saved"); return }
    }
    _ = state.reduce(.key(.escape), backend: backend)
    var noteTimes: [Double] = []
    for n in 0..<Clock.runs(100) {
      _ = state.reduce(.run(.note), backend: backend)
      for character in "note \(n)" { _ = state.reduce(.key(.char(character)), backend: backend) }
      noteTimes.append(Clock.seconds { _ = state.reduce(.key(.ctrl("s")), backend: backend) } * 1e3)
    }
    report(
      "store_code_key_to_commit_median", median(codeTimes), "ms",
      "`1` toggling a code on a quote, \(codeTimes.count) presses, each a committed transaction")
    report("store_code_key_to_commit_p95", percentile(codeTimes, 0.95), "ms", "the same, 95th percentile")
    report(
      "store_note_key_to_commit_median", median(noteTimes), "ms",
      "Ctrl-S saving a note (an update of the last), \(noteTimes.count) saves")
  }

  /// A novel with 10,000 annotations (codes and notes over its paragraphs and quotes): from reading
  /// the file to the first screen with the annotations shown (the quote analysis runs behind).
  private func openWithManyAnnotations(_ novel: URL, in folder: URL) throws {
    let source = folder.appendingPathComponent(novel.lastPathComponent).path
    try FileManager.default.copyItem(atPath: novel.path, toPath: source)
    let document = try Ingest.file(source)
    let store = WorkspaceLocation.database(in: folder.path)
    let workspace = try Workspace(path: store)
    let id = try workspace.register(document, path: source)
    guard case .addCode(let code) = try workspace.apply(.addCode(Code(id: 0, name: "theme")), coder: "bench")
    else { return }
    let paragraphs = document.paragraphs.filter { $0.kind != .separator }
    let annotations: [Change] = (0..<10_000).map { n in
      let paragraph = paragraphs[(n * 7919) % paragraphs.count]
      let body: AnnotationBody = n % 3 == 0 ? .note("note \(n)") : .code(code.id)
      return .add(
        Annotation(
          documentID: id, targetKind: .paragraph,
          anchor: TextAnchor(range: paragraph.range, in: document.text),
          body: body, coder: "bench"))
    }
    try workspace.apply(.batch(annotations), coder: "bench")
    var best = Double.infinity
    for _ in 0..<Clock.runs(5) {
      best = min(
        best,
        try Clock.seconds {
          let document = try Ingest.file(source)
          let backend = WorkspaceBackend(
            document: document, sourcePath: source, storeOverride: nil, coder: "bench")
          let opened = try backend.openExisting()
          var state = AppState(
            model: ReaderModel(document: document, analysis: .pending, name: novel.lastPathComponent),
            rows: 60, cols: 200,
            annotations: AnnotationState(coder: "bench"))
          state.analysing = true
          if let opened { state.reduce(opened) }
          guard state.annotations.items.count == 10_000 else {
            throw StoreBenchError.missing(state.annotations.items.count)
          }
          Renderer.render(state).forEachChange(since: nil) { _, _, _ in }
        })
    }
    report(
      "store_open_10k_annotations_first_screen", best * 1e3, "ms",
      "\(novel.lastPathComponent) with 10,000 annotations: read, open the workspace, load them, first 200x60 screen; best of \(Clock.runs(5))"
    )
  }

  /// Reviewing a novel: `a` confirms a quote's speaker, which re-applies the corrections to the
  /// novel's 4,000 quotes and redraws; measured from the key to the committed, redrawn screen.
  private func confirmInNovel(_ novel: URL, in folder: URL) throws {
    let sub = folder.appendingPathComponent("review")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    let source = sub.appendingPathComponent(novel.lastPathComponent).path
    try FileManager.default.copyItem(atPath: novel.path, toPath: source)
    let document = try Ingest.file(source)
    let backend = WorkspaceBackend(document: document, sourcePath: source, storeOverride: nil, coder: "bench")
    var state = AppState(
      model: ReaderModel(document: document, analysis: QuoteAnalyzer().analyze(document), name: "novel"),
      rows: 60,
      cols: 200, annotations: AnnotationState(coder: "bench"))
    _ = state.reduce(.run(.review), backend: backend)
    var times: [Double] = []
    for _ in 0..<Clock.runs(30) {
      times.append(
        Clock.seconds {
          _ = state.reduce(.key(.char("a")), backend: backend)
          _ = Renderer.render(state)
        } * 1e3)
    }
    report(
      "store_review_confirm_novel_median", median(times), "ms",
      "`a` in the review queue of \(novel.lastPathComponent) (\(state.model.quotes.count) quotes): commit, corrections, redraw"
    )
  }

  enum StoreBenchError: Error { case missing(Int) }

  private func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

  private func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
  }
}
