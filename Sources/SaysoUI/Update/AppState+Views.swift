extension AppState {
  /// `:save-view NAME` keeps the filter in the workspace, `:view NAME` brings it back, `:views` lists.
  mutating func runViewCommand(_ input: String) -> Bool {
    let (command, name) = Self.split(input)
    switch command {
    case "save-view":
      guard !name.isEmpty else {
        message = StatusMessage("Usage: :save-view NAME (with a filter set: & first)", isError: true)
        return true
      }
      guard let filter else {
        message = StatusMessage("No filter to save: & sets one", isError: true)
        return true
      }
      annotations.save = .saving
      effects.append(.saveView(name: name, query: filter.text))
    case "view":
      let known = annotations.views.first { $0.key.lowercased() == name.lowercased() }
      guard let known else {
        message = StatusMessage(
          annotations.views.isEmpty
            ? "No saved views yet: :save-view NAME" : "No view \(name): :views lists them",
          isError: true)
        return true
      }
      applyFilter(known.value)
    case "views":
      let list = annotations.views.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
      message = StatusMessage(
        list.isEmpty ? "No saved views yet: :save-view NAME" : list.joined(separator: " · "))
    default:
      return false
    }
    return true
  }
}
