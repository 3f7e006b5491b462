import SaysoCore

extension AppState {
  /// The codebook's command line: `:codes`, `:code-color NAME N`, `:code-key NAME 1-9`,
  /// `:code-describe NAME: TEXT`, `:code-rename OLD = NEW`, `:code-delete NAME`. Each is one undoable
  /// change. Returns false when the line is not a codebook command.
  mutating func runCodebookCommand(_ input: String) -> Bool {
    let (command, rest) = Self.split(input)
    switch command {
    case "codes":
      let list = sortedCodes.enumerated().map { index, code in
        "\(code.hotkey ?? (index < 9 ? String(index + 1) : "·")) \(code.name)"
      }
      message = StatusMessage(list.isEmpty ? "No codes yet: t makes one" : list.joined(separator: " · "))
    case "code-color", "code-colour":
      guard let (code, value) = codeAndLastWord(rest), let color = Int(value), (0...255).contains(color)
      else {
        return usage("code-color NAME 0–255")
      }
      change(code) { $0.color = color }
    case "code-key":
      guard let (code, value) = codeAndLastWord(rest), let digit = Int(value), (1...9).contains(digit) else {
        return usage("code-key NAME 1–9")
      }
      change(code) { $0.hotkey = String(digit) }
    case "code-describe":
      let parts = rest.split(separator: ":", maxSplits: 1).map { String($0).trimmingCharacters(in: [" "]) }
      guard parts.count == 2, let code = code(named: parts[0]) else {
        return usage("code-describe NAME: TEXT")
      }
      change(code) { $0.description = parts[1] }
    case "code-rename":
      let parts = rest.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: [" "]) }
      guard parts.count == 2, !parts[1].isEmpty, let code = code(named: parts[0]) else {
        return usage("code-rename OLD = NEW")
      }
      guard self.code(named: parts[1]) == nil else {
        message = StatusMessage("There is already a code \(parts[1])", isError: true)
        return true
      }
      change(code) { $0.name = parts[1] }
    case "code-delete":
      guard let code = code(named: rest) else { return usage("code-delete NAME") }
      let uses = annotations.items.filter { $0.body == .code(code.id) }.count
      guard uses == 0 else {
        message = StatusMessage(
          "\(code.name) is applied \(uses) time(s) here; take it off first", isError: true)
        return true
      }
      commit(.removeCode(code))
    default:
      return false
    }
    return true
  }

  /// The codebook in the order of its keys: codes with a hotkey at their digit, the rest by position.
  var sortedCodes: [Code] { annotations.codes.sorted { ($0.position, $0.id) < ($1.position, $1.id) } }

  /// The code the digit `number` applies: the one whose hotkey it is, else the `number`th without one.
  func code(forDigit number: Int) -> Code? {
    if let keyed = annotations.codes.first(where: { $0.hotkey == String(number) }) { return keyed }
    let unkeyed = sortedCodes.filter { $0.hotkey == nil }
    let taken = Set(annotations.codes.compactMap { $0.hotkey.flatMap(Int.init) })
    let free = (1...9).filter { !taken.contains($0) }
    guard let slot = free.firstIndex(of: number), slot < unkeyed.count else { return nil }
    return unkeyed[slot]
  }

  private func code(named name: String) -> Code? {
    annotations.codes.first { $0.name.lowercased() == name.lowercased() }
  }

  private func codeAndLastWord(_ text: String) -> (Code, String)? {
    guard let space = text.lastIndex(of: " ") else { return nil }
    let name = String(text[..<space]).trimmingCharacters(in: [" "])
    return code(named: name).map { ($0, String(text[text.index(after: space)...])) }
  }

  private mutating func change(_ code: Code, _ edit: (inout Code) -> Void) {
    var new = code
    edit(&new)
    if new != code { commit(.updateCode(old: code, new: new)) }
  }

  private mutating func usage(_ form: String) -> Bool {
    message = StatusMessage("Usage: :\(form) (a code of the codebook; :codes lists them)", isError: true)
    return true
  }

  static func split(_ input: String) -> (String, String) {
    guard let space = input.firstIndex(of: " ") else { return (input, "") }
    return (
      String(input[..<space]), String(input[input.index(after: space)...]).trimmingCharacters(in: [" "])
    )
  }
}
