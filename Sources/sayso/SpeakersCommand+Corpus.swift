import Foundation
import SaysoCore
import SaysoStore

extension SpeakersCommand {
  /// `sayso speakers DIR`: the corpus speakers (one per name across documents), most quoted first,
  /// after any merge or split asked for on the command line.
  func runCorpus(folder: String) throws {
    let (workspace, _, _) = try CorpusOpening.indexed(folder, store: store, genre: genre)
    let root = URL(fileURLWithPath: folder).standardizedFileURL.path
    try applyMergeAndSplit(workspace)
    let speakers = try workspace.corpusSpeakers(under: root)
    let total = max(1, speakers.reduce(0) { $0 + $1.quotes })
    switch format {
    case .jsonl:
      for speaker in speakers {
        var object = JSONObjectWriter()
        object.string("speaker", speaker.name)
        object.string("kind", speaker.kind.rawValue)
        object.int("quotes", speaker.quotes)
        object.int("documents", speaker.documents)
        object.double("share", Double(speaker.quotes) / Double(total), digits: 3)
        object.strings("merged", speaker.merged)
        StandardOutput.shared.write(object.finished() + [0x0A])
      }
    case .table:
      StandardOutput.shared.line(
        "speaker".padded(32) + "kind".padded(13) + "quotes".padded(8) + "docs".padded(7) + "share   merged")
      for speaker in speakers {
        let share = JSONObjectWriter.format(Double(speaker.quotes) * 100 / Double(total), digits: 1) + "%"
        let merged = speaker.merged.map { TerminalText.sanitized($0, keepTabs: false) }.joined(
          separator: ", ")
        StandardOutput.shared.line(
          TerminalText.sanitized(speaker.name, keepTabs: false).padded(32) + speaker.kind.rawValue.padded(13)
            + String(speaker.quotes).padded(8) + String(speaker.documents).padded(7) + share.padded(8)
            + merged.prefixCharacters(50))
      }
    }
  }

  private func applyMergeAndSplit(_ workspace: Workspace) throws {
    func id(_ name: String) throws -> Int64 {
      guard let id = try workspace.corpusSpeaker(named: name) else {
        throw SaysoError(
          .dataError, path: workspace.path, "no corpus speaker is named \(name); see sayso speakers DIR")
      }
      return id
    }
    if !merge.isEmpty {
      guard let into else { throw SaysoError(.usage, "--merge needs --into NAME: the speaker they become") }
      try workspace.mergeSpeakers(try merge.map(id), into: try id(into))
    } else if into != nil {
      throw SaysoError(.usage, "--into needs --merge NAME: the speakers to merge into it")
    }
    for name in split {
      let count = try workspace.splitSpeaker(try id(name))
      StandardError.line("\(name): \(count) speaker(s) split off")
    }
  }
}
