/// How many terminal columns text takes, per grapheme, the way ncurses and tmux count it (the sum of
/// `wcwidth` over the scalars drawn): CJK and emoji two, combining marks and format characters zero.
///
/// Graphemes are drawn in a simplified form (`DisplayWidth.drawnScalars`): an emoji's skin tone and the
/// rest of a ZWJ sequence are dropped, because terminals disagree on how wide those are and one
/// disagreement shifts every cell after it.
public enum DisplayWidth {
  /// Columns for one scalar; controls are not asked (they are drawn as placeholders).
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }  // Hangul vowels
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth W and F, by block).
  static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
      0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
      0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// The scalars of a grapheme that Sayso draws: without skin-tone modifiers and without what follows
  /// a zero-width joiner.
  public static func drawnScalars(_ grapheme: Character) -> [Unicode.Scalar] {
    var scalars: [Unicode.Scalar] = []
    for scalar in grapheme.unicodeScalars {
      if scalar.value == 0x200D { break }
      if (0x1F3FB...0x1F3FF).contains(scalar.value) { continue }
      scalars.append(scalar)
    }
    return scalars
  }

  /// Columns for a drawn grapheme: the sum over its scalars, at least one, at most two.
  public static func of(scalars: [Unicode.Scalar]) -> Int {
    var width = 0
    for scalar in scalars { width += of(scalar) }
    return min(2, max(1, width))
  }

  /// Columns for a string of graphemes drawn one after another (labels, names, status text).
  public static func of(_ text: String) -> Int {
    var width = 0
    for character in text {
      if character.isASCII {
        width += 1
      } else {
        width += of(scalars: drawnScalars(character))
      }
    }
    return width
  }
}
