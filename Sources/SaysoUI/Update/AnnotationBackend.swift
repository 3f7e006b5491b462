import Foundation

/// Where the explorer's store effects go: the workspace in the program, an in-memory double in tests.
/// It answers each effect with the actions that report how it went.
public protocol AnnotationBackend: AnyObject {
  func perform(_ effect: Effect) -> [Action]
  /// Called every few seconds while idle: what another process changed in the workspace, if anything.
  func poll() -> [Action]
}

extension AnnotationBackend {
  public func poll() -> [Action] { [] }
}

extension AppState {
  /// Reduces an action and carries out its store effects through `backend` until none are left;
  /// returns the effects the backend does not handle (quit, the external editor).
  public mutating func reduce(_ action: Action, backend: AnnotationBackend?) -> [Effect] {
    var queue = [action]
    var left: [Effect] = []
    while !queue.isEmpty {
      for effect in reduce(queue.removeFirst()) {
        switch effect {
        case .commit, .undo, .redo, .saveView, .loadCorpusSpeakers, .loadSpeakerQuotes, .searchCorpus,
          .mergeCorpusSpeakers, .splitCorpusSpeaker:
          if let backend {
            queue += backend.perform(effect)
          } else if case .commit(let change) = effect {
            queue.append(.commitFailed(change, "no workspace"))
          }
        case .writeFiles(let files):
          queue.append(FileWriter.write(files))
        case .quit, .editNote, .openDocument:
          left.append(effect)
        }
      }
    }
    return left
  }
}

/// Writes exports for `:export`: each file whole, or the first failure.
enum FileWriter {
  static func write(_ files: [String: String]) -> Action {
    do {
      for (path, text) in files.sorted(by: { $0.key < $1.key }) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
          try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      }
      return .filesWritten(files.keys.sorted(), failure: nil)
    } catch {
      return .filesWritten([], failure: "\(error.localizedDescription)")
    }
  }
}
