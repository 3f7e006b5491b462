/// A fuzzy picker over names (codes or speakers): typing filters by letters in order, Up and Down
/// move, Enter picks — or creates the typed name when nothing is an exact match.
public struct PickerState: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    /// Apply (or make) a code on the target.
    case code
    /// Give the current quote to a speaker (or a new one), or make the selection a quote of theirs.
    case speaker
    /// A new name for the current quote's speaker (typed).
    case renameSpeaker
    /// Another speaker to merge the current quote's speaker into.
    case mergeSpeaker
  }

  public var purpose: Purpose
  public var options: [String]
  public var query = ""
  public var selected = 0

  public init(purpose: Purpose, options: [String]) {
    self.purpose = purpose
    self.options = options
  }

  /// Indices of the options matching the query, best first: a prefix, then a word start, then letters
  /// in order.
  public var matches: [Int] {
    let needle = Array(query.lowercased())
    guard !needle.isEmpty else { return Array(options.indices) }
    let scored: [(Int, Int)] = options.indices.compactMap { index in
      let name = options[index].lowercased()
      if name.hasPrefix(query.lowercased()) { return (index, 0) }
      if name.containsText(" " + query.lowercased()) || name.containsText("/" + query.lowercased()) {
        return (index, 1)
      }
      var position = name.startIndex
      for character in needle {
        guard let found = name[position...].firstIndex(of: character) else { return nil }
        position = name.index(after: found)
      }
      return (index, 2)
    }
    return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
  }

  /// The typed name, when it is not already an option (case aside): Enter then creates it.
  public var newName: String? {
    let name = query.trimmingCharacters(in: [" "])
    guard !name.isEmpty, !options.contains(where: { $0.lowercased() == name.lowercased() }) else {
      return nil
    }
    return name
  }

  /// Rows the picker shows: the matches, then "+ create" when the typed name is new.
  public var rowCount: Int { matches.count + (newName == nil ? 0 : 1) }

  /// The option under the highlight, or nil for the "create" row.
  public var choice: String? {
    let matches = self.matches
    return selected < matches.count ? options[matches[selected]] : nil
  }

  public mutating func move(_ delta: Int) {
    guard rowCount > 0 else { return }
    selected = (selected + delta + rowCount) % rowCount
  }
}

/// A yes/no question before something is lost (a note typed and not saved).
public struct ConfirmState: Equatable, Sendable {
  public var question: String
  public var onYes: Command

  public init(question: String, onYes: Command) {
    self.question = question
    self.onYes = onYes
  }
}

/// A span being selected: where `v` was pressed and where the moving end is, as document offsets.
public struct Selection: Equatable, Sendable {
  public var anchor: Int
  public var head: Int

  /// The selected scalars: both ends included.
  public var range: Range<Int> { min(anchor, head)..<(max(anchor, head) + 1) }
}
