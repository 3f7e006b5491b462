/// The full default config file, generated from the command table: what `sayso config --defaults`
/// prints, and a file that parses back to the defaults.
public enum DefaultConfig {
  /// Colours for codes made without one, by their place in the codebook.
  public static let codeColors = [141, 214, 77, 204, 45, 221, 167, 110]
  public static let speakerColors = [33, 208, 35, 170, 178, 39, 203, 71, 135, 37, 166, 99, 161, 66, 136, 62]

  public static func text() -> String {
    var lines = [
      "# Sayso configuration: $XDG_CONFIG_HOME/sayso/config.toml (default ~/.config/sayso/config.toml).",
      "# Everything here is the default; keep only what you change.",
      "",
      "[ui]",
      "speakers = false   # the speaker pane is open at start",
      "quotes = false     # the quote list is open at start",
      "indirect = false   # reported speech (no quote marks) is shown",
      "color = true       # false, --no-color or NO_COLOR: bold, underline and reverse only",
      "",
      "[colors]",
      "# 256-colour numbers; a role takes [foreground] or [foreground, background], -1 = terminal default.",
      "speakers = [" + speakerColors.map(String.init).joined(separator: ", ") + "]",
      "dim = [245]",
      "status = [252, 236]",
      "status-accent = [229, 236]",
      "hint-key = [81]",
      "match = [16, 220]",
      "placeholder = [196]",
      "error = [203, 236]",
      "quote-unattributed = [250]",
      "quote-other = [244]",
      "gutter-current = [255]",
    ]
    let map = KeyMap.defaults
    for mode in Mode.allCases {
      lines.append("")
      lines.append("[keys.\(mode.rawValue)]")
      for spec in CommandTable.specs {
        let keys = map.keys(for: spec.command, in: mode)
        guard !keys.isEmpty else { continue }
        let written = keys.map { "\"" + Key.name(of: $0).replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        lines.append("\(spec.command.rawValue) = [\(written.joined(separator: ", "))]")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
