import Testing

@testable import SaysoUI

@Suite("Config file: rebinding, colours, panes; problems named by line, never fatal")
struct ConfigTests {
  @Test func theDefaultFileParsesBackToTheDefaults() {
    let config = Config.parse(DefaultConfig.text())
    #expect(config.problems.isEmpty, "\(config.problems)")
    #expect(config.speakerColors == DefaultConfig.speakerColors)
    for mode in Mode.allCases {
      for command in Command.allCases {
        #expect(config.keyMap.keys(for: command, in: mode) == KeyMap.defaults.keys(for: command, in: mode))
      }
    }
  }

  @Test func rebindsPerModeAndSetsPanes() {
    let config = Config.parse(
      """
      # my keys
      [ui]
      speakers = true
      color = false

      [keys.normal]
      next-quote = ["Ctrl-n", "]q"]
      quit = "Q"

      [keys.detail]
      close = ["z", "Esc"]
      """)
    #expect(config.problems.isEmpty, "\(config.problems)")
    #expect(config.showSpeakers && !config.color)
    let map = config.keyMap
    #expect(map.command(for: [.ctrl("n")], in: .normal) == .nextQuote)
    #expect(map.command(for: [.char("Q")], in: .normal) == .quit)
    #expect(map.command(for: [.char("q")], in: .normal) == nil)
    #expect(map.command(for: [.char("z")], in: .detail) == .close)
  }

  @Test func unknownCommandIsReportedWithItsLineAndTheRestStillApplies() {
    let config = Config.parse(
      """
      [keys.normal]
      scroll-sideways = "h"
      quit = "Q"
      """)
    #expect(config.problems.count == 1)
    #expect(config.problems[0].hasPrefix("line 2:"))
    #expect(config.problems[0].contains("scroll-sideways"))
    #expect(config.keyMap.command(for: [.char("Q")], in: .normal) == .quit)
  }

  @Test func clashIsReportedWithItsLineAndTheDefaultKept() {
    let config = Config.parse(
      """
      [ui]
      quotes = true

      [keys.normal]
      help = "j"
      """)
    #expect(config.problems.count == 1)
    #expect(config.problems[0].hasPrefix("line 5:"))
    #expect(config.problems[0].contains("line-down"))
    #expect(config.keyMap.command(for: [.char("j")], in: .normal) == .lineDown)
    #expect(config.keyMap.command(for: [.char("?")], in: .normal) == .help)
    #expect(config.showQuotes)
  }

  @Test func badValuesAreProblemsNotFailures() {
    let config = Config.parse(
      """
      [colors]
      speakers = [300, 1]
      dim = [245]
      sparkle = [1]

      [ui]
      speakers = "yes"

      [keys.nowhere]
      quit = "q"

      [keys.normal]
      quit = "Ctrl-"
      """)
    let lines = config.problems.map { $0.prefix { $0 != ":" } }
    #expect(lines == ["line 2", "line 4", "line 7", "line 10", "line 13"], "\(config.problems)")
    #expect(config.roleColors["dim"] == [245])
    #expect(config.speakerColors == nil)
  }

  @Test func syntaxErrorNamesTheLineAndFallsBackToDefaults() {
    let config = Config.parse("[ui]\nspeakers = true\nquotes = maybe\n")
    #expect(config.problems.count == 1)
    #expect(config.problems[0].contains("line 3"))
    #expect(!config.showSpeakers)
  }

  @Test func arraysMaySpanLinesAndCommentsFollowValues() {
    let config = Config.parse(
      """
      [colors]
      speakers = [
        33, 208,  # blue, orange
        35,
      ]
      [keys.normal]
      line-down = ["j", "e"]  # e as well
      """)
    #expect(config.problems.isEmpty, "\(config.problems)")
    #expect(config.speakerColors == [33, 208, 35])
    #expect(config.keyMap.command(for: [.char("e")], in: .normal) == .lineDown)
  }

  @Test func pathFollowsXDG() {
    #expect(
      Config.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/sayso/config.toml")
    #expect(Config.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/sayso/config.toml")
  }
}
