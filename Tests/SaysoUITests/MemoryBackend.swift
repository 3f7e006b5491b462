import SaysoCore

@testable import SaysoUI

/// A store double: keeps changes in memory with an undo stack, and can be told to fail, to test what
/// the explorer shows and keeps when a write does not go through.
final class MemoryBackend: AnnotationBackend {
  var applied: [Change] = []
  var undoStack: [Change] = []
  var redoStack: [Change] = []
  var failing = false
  private var nextCodeID: Int64 = 1
  /// A corpus for the corpus lists: its speakers, their quotes and what a search finds.
  var speakers: [CorpusSpeakerSummary] = []
  var quotesBySpeaker: [Int64: [CorpusQuote]] = [:]
  var hits: [SearchHit] = []
  var merges: [([Int64], Int64)] = []

  func perform(_ effect: Effect) -> [Action] {
    switch effect {
    case .commit(let change):
      if failing { return [.commitFailed(change, "disk full")] }
      var stored = change
      if case .addCode(var code) = change {
        code.id = nextCodeID
        nextCodeID += 1
        stored = .addCode(code)
      }
      applied.append(stored)
      undoStack.append(stored)
      redoStack = []
      return [.committed(stored)]
    case .undo:
      guard let last = undoStack.popLast() else { return [.undone(nil)] }
      redoStack.append(last)
      return [.undone(last.inverse)]
    case .redo:
      guard let last = redoStack.popLast() else { return [.redone(nil)] }
      undoStack.append(last)
      return [.redone(last)]
    case .saveView(let name, let query):
      return [.viewSaved(name: name, query: query)]
    case .loadCorpusSpeakers:
      return [.corpusSpeakers(speakers)]
    case .loadSpeakerQuotes(let id, let name):
      return [.corpusQuotes(speaker: name, quotesBySpeaker[id] ?? [])]
    case .searchCorpus(let query):
      return [.corpusSearched(query: query, hits)]
    case .mergeCorpusSpeakers(let ids, let target):
      merges.append((ids, target))
      speakers.removeAll { ids.contains($0.id) }
      return [.corpusSpeakers(speakers)]
    case .splitCorpusSpeaker:
      return [.corpusSpeakers(speakers)]
    case .quit, .editNote, .writeFiles, .openDocument:
      return []
    }
  }
}

extension AppState {
  /// Feeds keys like `type`, with the effects carried out by `backend`.
  mutating func type(_ keys: String, backend: MemoryBackend) {
    for name in keys.split(separator: " ") {
      let keys = Key.sequence(String(name)) ?? name.map { Key.char($0) }
      for key in keys { _ = reduce(.key(key), backend: backend) }
    }
  }

  /// Runs a command line (`:export csv`) with the effects carried out.
  mutating func command(_ line: String, backend: MemoryBackend) {
    type(":", backend: backend)
    enter(text: line, backend: backend)
    type("Enter", backend: backend)
  }

  /// Types literal text (spaces included) in a text-taking mode.
  mutating func enter(text: String, backend: MemoryBackend) {
    for character in text { _ = reduce(.key(.char(character)), backend: backend) }
  }
}
