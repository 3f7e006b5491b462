import CNcurses
import SaysoUI

/// Style roles to colours and attributes. 256 colours when the terminal has them, the eight basic
/// ones otherwise, and in monochrome the meaning is carried by bold, underline, reverse and dim.
struct Palette {
  let color: Bool
  /// Speaker colours: hues far apart on the 256-colour cube, readable on dark and light backgrounds.
  static let speakers256: [Int16] = [33, 208, 35, 170, 178, 39, 203, 71, 135, 37, 166, 99, 161, 66, 136, 62]
  static let speakers8: [Int16] = [
    Int16(COLOR_BLUE), Int16(COLOR_YELLOW), Int16(COLOR_GREEN), Int16(COLOR_MAGENTA), Int16(COLOR_CYAN),
    Int16(COLOR_RED),
  ]
  private(set) var speakerColors: [Int16] = []
  private var pairs: [PairKey: Int32] = [:]
  private var nextPair: Int32 = 1

  struct PairKey: Hashable {
    var foreground: Int16
    var background: Int16
  }

  /// Colours the user set: the speaker palette and [foreground, background] per role name.
  private let customSpeakers: [Int]?
  private let customRoles: [String: [Int]]

  init(color: Bool, speakers: [Int]? = nil, roles: [String: [Int]] = [:]) {
    self.color = color
    customSpeakers = speakers
    customRoles = roles
  }

  mutating func start() {
    guard color else { return }
    start_color()
    use_default_colors()
    if cn_colors() >= 256 {
      speakerColors = customSpeakers.map { $0.map(Int16.init) } ?? Palette.speakers256
    } else {
      speakerColors = Palette.speakers8
    }
  }

  /// Attributes and colour pair for a style.
  mutating func attributes(for style: Style) -> (attr_t, Int32) {
    var attributes = cn_A_NORMAL()
    if style.bold { attributes |= cn_A_BOLD() }
    if style.underline { attributes |= cn_A_UNDERLINE() }
    if style.reverse { attributes |= cn_A_REVERSE() }
    if style.italic { attributes |= cn_A_ITALIC() }
    guard color else { return (attributes | monochrome(style.role), 0) }
    var (foreground, background, extra) = colors(style.role)
    if speakerColors.count > 8, let name = Palette.roleName(style.role), let custom = customRoles[name] {
      foreground = Int16(custom[0])
      background = custom.count > 1 ? Int16(custom[1]) : background
    }
    return (attributes | extra, pair(foreground, background))
  }

  /// Meaning without colour: quotes underlined, speaker names bold, status rows reversed.
  private func monochrome(_ role: StyleRole) -> attr_t {
    switch role {
    case .quote, .quoteUnattributed: return cn_A_UNDERLINE()
    case .speaker, .title, .heading, .gutterCurrent, .paneTitle, .hintKey, .error: return cn_A_BOLD()
    case .dim, .gutter, .hint, .quoteOther, .border: return cn_A_DIM()
    case .status, .statusAccent, .match, .selection, .saved: return cn_A_REVERSE()
    case .code: return cn_A_BOLD()
    case .placeholder: return cn_A_REVERSE()
    default: return cn_A_NORMAL()
    }
  }

  /// Foreground, background (-1: the terminal's own) and extra attributes per role.
  private func colors(_ role: StyleRole) -> (Int16, Int16, attr_t) {
    let is256 = speakerColors.count > 8
    switch role {
    case .text, .popup: return (-1, -1, cn_A_NORMAL())
    case .dim, .gutter, .hint, .border:
      return (is256 ? 245 : Int16(COLOR_WHITE), -1, is256 ? cn_A_NORMAL() : cn_A_DIM())
    case .title, .heading, .paneTitle: return (-1, -1, cn_A_BOLD())
    case .quote(let slot), .speaker(let slot): return (speaker(slot), -1, cn_A_NORMAL())
    case .quoteUnattributed: return (is256 ? 250 : Int16(COLOR_WHITE), -1, cn_A_UNDERLINE())
    case .quoteOther: return (is256 ? 244 : Int16(COLOR_WHITE), -1, cn_A_NORMAL())
    case .gutterCurrent: return (is256 ? 255 : Int16(COLOR_WHITE), -1, cn_A_BOLD())
    case .status: return (is256 ? 252 : Int16(COLOR_WHITE), is256 ? 236 : Int16(COLOR_BLUE), cn_A_NORMAL())
    case .statusAccent:
      return (is256 ? 229 : Int16(COLOR_YELLOW), is256 ? 236 : Int16(COLOR_BLUE), cn_A_NORMAL())
    case .hintKey: return (is256 ? 81 : Int16(COLOR_CYAN), -1, cn_A_BOLD())
    case .match: return (is256 ? 16 : Int16(COLOR_BLACK), is256 ? 220 : Int16(COLOR_YELLOW), cn_A_NORMAL())
    case .placeholder: return (is256 ? 196 : Int16(COLOR_RED), -1, cn_A_REVERSE())
    case .error: return (is256 ? 203 : Int16(COLOR_RED), is256 ? 236 : Int16(COLOR_BLUE), cn_A_BOLD())
    case .code(let color):
      return (is256 ? Int16(max(0, min(255, color))) : Int16(COLOR_MAGENTA), -1, cn_A_BOLD())
    case .selection: return (-1, -1, cn_A_REVERSE())
    case .saved: return (is256 ? 114 : Int16(COLOR_GREEN), is256 ? 236 : Int16(COLOR_BLUE), cn_A_NORMAL())
    }
  }

  /// The config file's name for a role that can be recoloured.
  static func roleName(_ role: StyleRole) -> String? {
    switch role {
    case .text: return "text"
    case .dim, .gutter, .hint, .border: return "dim"
    case .title, .heading: return "title"
    case .status: return "status"
    case .statusAccent: return "status-accent"
    case .hintKey: return "hint-key"
    case .match: return "match"
    case .placeholder: return "placeholder"
    case .error: return "error"
    case .quoteUnattributed: return "quote-unattributed"
    case .quoteOther: return "quote-other"
    case .gutterCurrent: return "gutter-current"
    default: return nil
    }
  }

  private func speaker(_ slot: Int) -> Int16 {
    speakerColors.isEmpty ? -1 : speakerColors[slot % speakerColors.count]
  }

  private mutating func pair(_ foreground: Int16, _ background: Int16) -> Int32 {
    if foreground == -1 && background == -1 { return 0 }
    let key = PairKey(foreground: foreground, background: background)
    if let known = pairs[key] { return known }
    guard nextPair < min(cn_color_pairs(), 32_000) else { return 0 }
    init_extended_pair(nextPair, Int32(foreground), Int32(background))
    pairs[key] = nextPair
    nextPair += 1
    return pairs[key] ?? 0
  }
}
