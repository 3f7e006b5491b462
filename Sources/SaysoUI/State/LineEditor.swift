/// The one-line editor of the search and command prompts, with a history for each.
public struct LineEditor: Equatable, Sendable {
  public var text = ""
  public var searchHistory: [String] = []
  public var commandHistory: [String] = []
  public var filterHistory: [String] = []
  /// Position in the history while browsing it with Up and Down (nil: editing a new line).
  public var historyIndex: Int?

  mutating func start() {
    text = ""
    historyIndex = nil
  }

  mutating func record(_ entry: String, in mode: Mode) {
    guard !entry.isEmpty else { return }
    if mode == .search {
      searchHistory.removeAll { $0 == entry }
      searchHistory.append(entry)
    } else if mode == .filter {
      filterHistory.removeAll { $0 == entry }
      filterHistory.append(entry)
    } else {
      commandHistory.removeAll { $0 == entry }
      commandHistory.append(entry)
    }
  }

  /// Steps through the history of `mode`: `-1` to earlier entries, `+1` to later ones.
  mutating func browse(_ step: Int, in mode: Mode) {
    let history = mode == .search ? searchHistory : mode == .filter ? filterHistory : commandHistory
    guard !history.isEmpty else { return }
    let index = (historyIndex ?? history.count) + step
    if index >= history.count {
      historyIndex = nil
      text = ""
    } else {
      historyIndex = max(0, index)
      text = history[max(0, index)]
    }
  }
}
