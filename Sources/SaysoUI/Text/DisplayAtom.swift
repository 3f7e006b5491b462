import SaysoCore

/// One drawable piece of a paragraph: a grapheme (or a space standing for a soft line break, or a
/// placeholder for a control character), its width and the document scalars it stands for.
public struct DisplayAtom: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case grapheme
    /// A space, a tab or a soft line break: where lines may wrap.
    case space
    /// A line break the paragraph keeps (verse, code).
    case hardBreak
    /// A control character drawn as `^[`.
    case placeholder
  }

  public var text: String
  public var width: Int
  /// Document scalar offset of the first scalar this atom stands for, and how many.
  public var offset: Int
  public var count: Int
  public var kind: Kind
  /// The scalar drawn, when the atom is a single one (nearly always): the grid then needs no string.
  public var glyph: UInt32? = nil

  public var isSpace: Bool { kind == .space }
}

/// Turns a paragraph's text into display atoms: soft line breaks become spaces (hard-wrapped prose),
/// kept ones become breaks (verse), controls become placeholders.
public enum ParagraphAtoms {
  public static func atoms(_ paragraph: Paragraph, in document: Document) -> [DisplayAtom] {
    let text = document.text.substring(paragraph.range)
    var atoms: [DisplayAtom] = []
    atoms.reserveCapacity(text.utf8.count)
    var offset = paragraph.start
    let flow = paragraph.layout != .verbatim
    var afterBreak = false
    for character in text {
      let count = character.unicodeScalars.count
      defer { offset += count }
      if character == "\n" || character == "\r\n" {
        if flow {
          atoms.append(DisplayAtom(text: " ", width: 1, offset: offset, count: count, kind: .space))
          afterBreak = true
        } else {
          atoms.append(DisplayAtom(text: "", width: 0, offset: offset, count: count, kind: .hardBreak))
        }
        continue
      }
      if character == " " || character == "\t" || character == "\u{A0}" {
        // Indentation after a soft break, and runs of spaces, fold into the space already there.
        if flow, let last = atoms.last, last.isSpace, last.offset + last.count == offset {
          atoms[atoms.count - 1].count += count
          continue
        }
        let width = character == "\t" && !flow ? 4 : 1
        atoms.append(
          DisplayAtom(
            text: String(repeating: " ", count: width), width: width, offset: offset, count: count,
            kind: .space))
        continue
      }
      // Block-quote markers at the start of a continuation line are markup, not text.
      if afterBreak && paragraph.layout == .flowQuoted && character == ">" {
        if let last = atoms.last, last.isSpace, last.offset + last.count == offset {
          atoms[atoms.count - 1].count += count
        }
        continue
      }
      afterBreak = false
      if count == 1, let scalar = character.unicodeScalars.first, isControl(scalar) {
        let placeholder = TerminalPlaceholder.text(scalar)
        atoms.append(
          DisplayAtom(
            text: placeholder, width: placeholder.count, offset: offset, count: 1, kind: .placeholder))
        continue
      }
      if let ascii = character.asciiValue {
        atoms.append(
          DisplayAtom(
            text: String(character), width: 1, offset: offset, count: count, kind: .grapheme,
            glyph: UInt32(ascii)))
      } else {
        let scalars = DisplayWidth.drawnScalars(character)
        atoms.append(
          DisplayAtom(
            text: String(String.UnicodeScalarView(scalars)), width: DisplayWidth.of(scalars: scalars),
            offset: offset,
            count: count, kind: .grapheme, glyph: scalars.count == 1 ? scalars[0].value : nil))
      }
    }
    return atoms
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
      || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }
}
