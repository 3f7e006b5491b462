/// Turns a paragraph's exact text into the one-line form used by `--format text` and the classifier.
public enum ParagraphText {
  /// Joins lines with single spaces, dropping indentation and, for quoted Markdown, `>` markers.
  ///
  /// Verbatim paragraphs are joined the same way: the one-line form is for listing, not for reading verse.
  public static func flowed(_ text: String, layout: ParagraphLayout) -> String {
    var text = text
    return text.withUTF8 { flowed($0, layout: layout) }
  }

  /// The same on UTF-8 bytes: one pass, no `Character` work (it runs on every paragraph of a novel).
  public static func flowed(_ bytes: UnsafeBufferPointer<UInt8>, layout: ParagraphLayout) -> String {
    guard bytes.contains(0x0A) else { return String(decoding: bytes, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    let n = bytes.count
    var i = 0
    while i < n {
      let byte = bytes[i]
      guard byte == 0x0A else {
        out.append(byte)
        i += 1
        continue
      }
      while let last = out.last, last == 0x20 || last == 0x09 { out.removeLast() }
      i += 1
      while i < n {
        let width = LineTable.whitespaceWidth(bytes, at: i, end: n).bytes
        if width > 0 {
          i += width
        } else if layout == .flowQuoted && bytes[i] == 0x3E {
          i += 1
        } else {
          break
        }
      }
      if i < n && bytes[i] != 0x0A && !out.isEmpty { out.append(0x20) }
    }
    while let last = out.last, last == 0x20 || last == 0x09 { out.removeLast() }
    return String(decoding: out, as: UTF8.self)
  }
}
