/// A paragraph's atoms broken into lines at a width: at spaces, or between two wide (CJK) characters,
/// which need no space to break; inside a word only when the word is longer than the line; never
/// inside a grapheme. CJK closing punctuation does not start a line, opening brackets do not end one.
public struct WrappedParagraph: Sendable {
  public let atoms: [DisplayAtom]
  /// Atom ranges of the lines (spaces at a wrap are left out).
  public let lines: [Range<Int>]

  public init(atoms: [DisplayAtom], width: Int) {
    self.atoms = atoms
    let width = max(1, width)
    var lines: [Range<Int>] = []
    var start = 0
    var x = 0
    /// Where the last line could end, and where the next would then start (after a space: past it).
    var lastBreak: (end: Int, next: Int)?
    var i = 0
    while i < atoms.count {
      let atom = atoms[i]
      if atom.kind == .hardBreak {
        lines.append(start..<i)
        (start, x, lastBreak, i) = (i + 1, 0, nil, i + 1)
        continue
      }
      if atom.isSpace && i == start && !lines.isEmpty && atoms[max(0, i - 1)].kind != .hardBreak {
        // A wrapped line does not start with the space it wrapped at.
        (start, i) = (i + 1, i + 1)
        continue
      }
      if x + atom.width > width && i > start {
        if atom.isSpace {
          lines.append(start..<i)
          (start, x, lastBreak, i) = (i + 1, 0, nil, i + 1)
          continue
        }
        if let point = lastBreak, point.end > start {
          lines.append(start..<point.end)
          start = point.next
          x = atoms[start..<i].reduce(0) { $0 + $1.width }
          lastBreak = nil
          continue
        }
        lines.append(start..<i)
        (start, x, lastBreak) = (i, 0, nil)
        continue
      }
      if atom.isSpace {
        lastBreak = (i, i + 1)
      } else if atom.width == 2, i + 1 < atoms.count,
        WrappedParagraph.mayBreak(after: atom, before: atoms[i + 1])
      {
        lastBreak = (i + 1, i + 1)
      }
      x += atom.width
      i += 1
    }
    lines.append(start..<atoms.count)
    self.lines = lines
  }

  static let noLineStart: Set<String> = [
    "、", "。", "，", "．", "）", "」", "』", "】", "〕", "！", "？", "：", "；", "ー", "…", "・", "”", "’", ")", ".", ",",
    "!", "?", ":", ";",
  ]
  static let noLineEnd: Set<String> = ["（", "「", "『", "【", "〔", "“", "‘", "("]

  /// Between a wide character and the next, unless punctuation forbids it.
  static func mayBreak(after atom: DisplayAtom, before next: DisplayAtom) -> Bool {
    next.kind == .grapheme && !noLineEnd.contains(atom.text) && !noLineStart.contains(next.text)
  }
}
