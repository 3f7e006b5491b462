/// Which command each key sequence runs, per mode: the defaults of `CommandTable`, with the user's
/// rebindings where they are valid.
public struct KeyMap: Sendable {
  private var bindings: [Mode: [[Key]: Command]] = [:]
  private var prefixes: [Mode: Set<[Key]>] = [:]
  /// Per mode, each command's sequences in the order they were declared (the first is the one shown).
  private var sequences: [Mode: [Command: [[Key]]]] = [:]

  public static let defaults = KeyMap.build(overrides: []).map

  public struct Rebinding: Sendable {
    public var mode: Mode
    public var command: Command
    public var keys: [[Key]]
    /// Where the user wrote it, for messages.
    public var line: Int

    public init(mode: Mode, command: Command, keys: [[Key]], line: Int) {
      self.mode = mode
      self.command = command
      self.keys = keys
      self.line = line
    }
  }

  private init() {}

  /// The defaults with `overrides` applied, and the problems met: a rebinding that would put two
  /// commands on one key (or make one key sequence the start of another) is refused and reported.
  public static func build(overrides: [Rebinding]) -> (map: KeyMap, problems: [String]) {
    var map = KeyMap()
    for spec in CommandTable.specs {
      for (mode, names) in spec.keys {
        map.sequences[mode, default: [:]][spec.command] = names.compactMap(Key.sequence)
      }
    }
    var problems: [String] = []
    for rebinding in overrides {
      let previous = map.sequences[rebinding.mode]?[rebinding.command]
      map.sequences[rebinding.mode, default: [:]][rebinding.command] = rebinding.keys
      if let clash = map.clash(in: rebinding.mode, involving: rebinding.command) {
        problems.append(
          "line \(rebinding.line): \(clash); keeping the default keys of \(rebinding.command.rawValue)")
        map.sequences[rebinding.mode]?[rebinding.command] = previous
      }
    }
    map.index()
    return (map, problems)
  }

  /// Another command on one of `command`'s sequences, or a sequence that starts another.
  private func clash(in mode: Mode, involving command: Command) -> String? {
    guard let mine = sequences[mode]?[command] else { return nil }
    for (other, theirs) in sequences[mode] ?? [:] where other != command {
      for a in mine {
        for b in theirs {
          if a == b { return "\(Key.name(of: a)) is already \(other.rawValue) in \(mode.rawValue) mode" }
          if a.starts(with: b) || b.starts(with: a) {
            return
              "\(Key.name(of: a)) and \(Key.name(of: b)) (\(other.rawValue)) overlap in \(mode.rawValue) mode"
          }
        }
      }
    }
    return nil
  }

  private mutating func index() {
    bindings = [:]
    prefixes = [:]
    for (mode, commands) in sequences {
      for (command, list) in commands {
        for sequence in list {
          bindings[mode, default: [:]][sequence] = command
          for length in 1..<max(1, sequence.count) {
            prefixes[mode, default: []].insert(Array(sequence.prefix(length)))
          }
        }
      }
    }
  }

  public func command(for keys: [Key], in mode: Mode) -> Command? { bindings[mode]?[keys] }

  public func isPrefix(_ keys: [Key], in mode: Mode) -> Bool { prefixes[mode]?.contains(keys) ?? false }

  /// The sequences bound to `command` in `mode`, the first being the one hints show.
  public func keys(for command: Command, in mode: Mode) -> [[Key]] { sequences[mode]?[command] ?? [] }

  /// Every (sequence, command) of a mode.
  public func bindings(in mode: Mode) -> [[Key]: Command] { bindings[mode] ?? [:] }
}
