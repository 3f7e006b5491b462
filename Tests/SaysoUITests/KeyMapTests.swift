import Testing

@testable import SaysoUI

@Suite("Key map: every command reachable, no clashes, help generated from it")
struct KeyMapTests {
  @Test func everyCommandHasAKeyInSomeMode() {
    let map = KeyMap.defaults
    for command in Command.allCases {
      let bound = Mode.allCases.contains { !map.keys(for: command, in: $0).isEmpty }
      #expect(bound, "\(command.rawValue) has no key")
    }
  }

  @Test func noKeyRunsTwoCommandsAndNoSequenceStartsAnother() {
    let map = KeyMap.defaults
    for mode in Mode.allCases {
      var seen: [[Key]: Command] = [:]
      for command in Command.allCases {
        for sequence in map.keys(for: command, in: mode) {
          #expect(
            seen[sequence] == nil,
            "\(Key.name(of: sequence)) is both \(seen[sequence]?.rawValue ?? "") and \(command.rawValue) in \(mode)"
          )
          seen[sequence] = command
        }
      }
      for a in seen.keys {
        for b in seen.keys where a != b {
          #expect(!a.starts(with: b), "\(Key.name(of: b)) hides \(Key.name(of: a)) in \(mode)")
        }
      }
    }
  }

  @Test func everyDefaultKeyNameReadsBack() {
    for spec in CommandTable.specs {
      for names in spec.keys.values {
        for name in names {
          let sequence = Key.sequence(name)
          #expect(sequence != nil, "\(name) of \(spec.command.rawValue)")
          if let sequence { #expect(Key.name(of: sequence) == name) }
        }
      }
    }
  }

  @Test func helpListsEveryBoundCommandWithItsKeys() throws {
    var state = try sampleExplorer(rows: 24, cols: 120)
    state.reduce(.run(.help))
    let help = HelpOverlay.lines(state).map(\.text).joined(separator: "\n")
    for spec in CommandTable.specs {
      #expect(help.contains(spec.command.rawValue), "\(spec.command.rawValue) missing from help")
      let modes: [Mode] = [.normal, .search, .visual, .picker, .note, .confirm, .detail]
      if let mode = modes.first(where: { !state.keyMap.keys(for: spec.command, in: $0).isEmpty }),
        let first = state.keyMap.keys(for: spec.command, in: mode).first
      {
        #expect(help.contains(Key.name(of: first)))
      }
    }
  }

  @Test func helpListsThePopupsOwnKeys() throws {
    let state = try sampleExplorer(rows: 24, cols: 120)
    let help = HelpOverlay.lines(state).map(\.text).joined(separator: " ")
    for mode in [Mode.detail, .help] {
      for (sequence, command) in state.keyMap.bindings(in: mode) {
        #expect(
          help.contains(Key.name(of: sequence)) && help.contains(command.rawValue), "\(mode) \(command)")
      }
    }
    #expect(help.contains("]q Tab n next-quote"))
  }

  @Test func helpFollowsRebinding() throws {
    let config = Config.parse("[keys.normal]\nline-down = [\"e\"]\n")
    #expect(config.problems.isEmpty)
    var state = try sampleExplorer(rows: 24, cols: 120)
    state.keyMap = config.keyMap
    let line = HelpOverlay.lines(state).first { $0.text.contains("line-down") }
    #expect(line?.text.hasPrefix("e ") == true)
  }

  @Test func rebindingOntoAnotherCommandsKeyIsRefusedWithTheLine() {
    let rebinding = KeyMap.Rebinding(mode: .normal, command: .lineDown, keys: [[.char("k")]], line: 7)
    let (map, problems) = KeyMap.build(overrides: [rebinding])
    #expect(problems.count == 1)
    #expect(problems.first?.contains("line 7") == true)
    #expect(problems.first?.contains("line-up") == true)
    #expect(map.command(for: [.char("j")], in: .normal) == .lineDown)
    #expect(map.command(for: [.char("k")], in: .normal) == .lineUp)
  }

  @Test func aKeyThatStartsAnotherSequenceIsAClash() {
    let rebinding = KeyMap.Rebinding(mode: .normal, command: .top, keys: [[.char("]")]], line: 3)
    let (_, problems) = KeyMap.build(overrides: [rebinding])
    #expect(problems.first?.contains("overlap") == true)
  }

  @Test func modesAreIndependent() {
    // `n` is next match in the reader and next quote in the detail popup.
    let map = KeyMap.defaults
    #expect(map.command(for: [.char("n")], in: .normal) == .searchNext)
    #expect(map.command(for: [.char("n")], in: .detail) == .nextQuote)
    #expect(map.isPrefix([.char("]")], in: .normal))
  }
}
