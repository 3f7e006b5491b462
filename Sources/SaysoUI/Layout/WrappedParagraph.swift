/// A paragraph's atoms broken into lines at a width: at spaces where possible, inside a word only when
/// the word is longer than the line, never inside a grapheme.
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
    var lastSpace: Int?
    var i = 0
    while i < atoms.count {
      let atom = atoms[i]
      if atom.kind == .hardBreak {
        lines.append(start..<i)
        (start, x, lastSpace, i) = (i + 1, 0, nil, i + 1)
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
          (start, x, lastSpace, i) = (i + 1, 0, nil, i + 1)
          continue
        }
        if let space = lastSpace, space > start {
          lines.append(start..<space)
          start = space + 1
          x = atoms[start..<i].reduce(0) { $0 + $1.width }
          lastSpace = nil
          continue
        }
        lines.append(start..<i)
        (start, x, lastSpace) = (i, 0, nil)
        continue
      }
      if atom.isSpace { lastSpace = i }
      x += atom.width
      i += 1
    }
    lines.append(start..<atoms.count)
    self.lines = lines
  }
}
