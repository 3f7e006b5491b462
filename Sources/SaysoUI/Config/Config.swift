/// The user's settings from `$XDG_CONFIG_HOME/sayso/config.toml`: key rebindings per mode, colours
/// and pane defaults. Problems are collected with their line numbers, never fatal: Sayso starts with
/// the defaults for whatever is wrong.
public struct Config: Sendable {
  public var showSpeakers = false
  public var showQuotes = false
  public var showIndirect = false
  public var color = true
  /// 256-colour numbers of the speaker palette, in order.
  public var speakerColors: [Int]?
  /// Role name → [foreground] or [foreground, background] (-1: the terminal's own).
  public var roleColors: [String: [Int]] = [:]
  public var rebindings: [KeyMap.Rebinding] = []
  public var problems: [String] = []

  public init() {}

  public static let roleNames = [
    "text", "dim", "title", "status", "status-accent", "hint-key", "match", "placeholder", "error",
    "quote-unattributed", "quote-other", "gutter-current",
  ]

  /// `$XDG_CONFIG_HOME/sayso/config.toml`, else `~/.config/sayso/config.toml`.
  public static func defaultPath(environment: [String: String]) -> String {
    if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/sayso/config.toml" }
    return (environment["HOME"] ?? ".") + "/.config/sayso/config.toml"
  }

  /// Reads a config text; every problem names its line and the setting is left at its default.
  public static func parse(_ text: String) -> Config {
    var config = Config()
    let entries: [TOMLEntry]
    do {
      entries = try TOMLSubset.parse(text)
    } catch {
      config.problems.append("\(error); using the defaults")
      return config
    }
    for entry in entries { config.apply(entry) }
    let (_, problems) = KeyMap.build(overrides: config.rebindings)
    config.problems += problems
    return config
  }

  /// The key map this config asks for (invalid rebindings dropped).
  public var keyMap: KeyMap { KeyMap.build(overrides: rebindings).map }

  private mutating func apply(_ entry: TOMLEntry) {
    let place = "line \(entry.line)"
    switch entry.table.first {
    case "ui": applyUI(entry)
    case "colors": applyColor(entry)
    case "keys":
      guard entry.table.count == 2, let mode = Mode(rawValue: entry.table[1]) else {
        let modes = Mode.allCases.map(\.rawValue).joined(separator: ", ")
        problems.append(
          "\(place): [\(entry.table.joined(separator: "."))] is not a key table; use [keys.MODE] with MODE one of \(modes)"
        )
        return
      }
      guard let command = Command(rawValue: entry.key) else {
        problems.append("\(place): \(entry.key) is not a command (`sayso config --defaults` lists them)")
        return
      }
      let names: [String]
      switch entry.value {
      case .string(let name): names = [name]
      case .array(let items):
        names = items.compactMap { if case .string(let name) = $0 { return name } else { return nil } }
        guard names.count == items.count else {
          problems.append("\(place): keys are strings, like \"j\" or \"Ctrl-d\"")
          return
        }
      default:
        problems.append("\(place): keys are strings, like \"j\" or \"Ctrl-d\"")
        return
      }
      var sequences: [[Key]] = []
      for name in names {
        guard let sequence = Key.sequence(name) else {
          problems.append("\(place): \"\(name)\" is not a key (write j, J, Ctrl-d, PgDn, Space, F1 or ]q)")
          return
        }
        sequences.append(sequence)
      }
      rebindings.append(KeyMap.Rebinding(mode: mode, command: command, keys: sequences, line: entry.line))
    default:
      problems.append(
        "\(place): [\(entry.table.joined(separator: "."))] is not a section (ui, colors, keys.MODE)")
    }
  }

  private mutating func applyUI(_ entry: TOMLEntry) {
    guard case .boolean(let value) = entry.value else {
      problems.append("line \(entry.line): \(entry.key) is true or false")
      return
    }
    switch entry.key {
    case "speakers": showSpeakers = value
    case "quotes": showQuotes = value
    case "indirect": showIndirect = value
    case "color": color = value
    default:
      problems.append(
        "line \(entry.line): \(entry.key) is not a [ui] setting (speakers, quotes, indirect, color)")
    }
  }

  private mutating func applyColor(_ entry: TOMLEntry) {
    let numbers: [Int]?
    switch entry.value {
    case .integer(let n): numbers = [n]
    case .array(let items):
      let values = items.compactMap { if case .integer(let n) = $0 { return n } else { return nil } }
      numbers = values.count == items.count ? values : nil
    default: numbers = nil
    }
    guard let numbers, numbers.allSatisfy({ (-1...255).contains($0) }) else {
      problems.append("line \(entry.line): colours are numbers 0–255 (-1: the terminal's own)")
      return
    }
    if entry.key == "speakers" {
      guard !numbers.isEmpty else {
        problems.append("line \(entry.line): the speaker palette needs at least one colour")
        return
      }
      speakerColors = numbers
    } else if Config.roleNames.contains(entry.key), (1...2).contains(numbers.count) {
      roleColors[entry.key] = numbers
    } else {
      problems.append(
        "line \(entry.line): \(entry.key) is not a colour role (\(Config.roleNames.joined(separator: ", ")))")
    }
  }
}
