/// Paragraphs as a compact line of text, so that a corpus index can give back a document exactly as
/// it was read (same paragraphs, same quote ids) without reading or extracting its source again.
///
/// Each paragraph is `start end kind layout level`, separated by `;`: a few bytes each, where JSON
/// would take ten times as many and much longer to write for ten thousand documents.
public enum ParagraphCodec {
  public static func encode(_ paragraphs: [Paragraph]) -> String {
    var out = ""
    out.reserveCapacity(paragraphs.count * 20)
    for (i, p) in paragraphs.enumerated() {
      if i > 0 { out += ";" }
      out += "\(p.start) \(p.end) \(p.kind.rawValue) \(layoutCode(p.layout)) \(p.level)"
    }
    return out
  }

  /// The paragraphs, or nil when the line is damaged (the caller reads the source again).
  public static func decode(_ line: String) -> [Paragraph]? {
    guard !line.isEmpty else { return [] }
    var paragraphs: [Paragraph] = []
    for (index, item) in line.split(separator: ";").enumerated() {
      let fields = item.split(separator: " ")
      guard fields.count == 5, let start = Int(fields[0]), let end = Int(fields[1]), start <= end,
        let kind = ParagraphKind(rawValue: String(fields[2])), let layout = layout(fields[3]),
        let level = Int(fields[4])
      else { return nil }
      paragraphs.append(Paragraph(index: index, range: start..<end, kind: kind, layout: layout, level: level))
    }
    return paragraphs
  }

  private static func layoutCode(_ layout: ParagraphLayout) -> String {
    switch layout {
    case .flow: return "f"
    case .flowQuoted: return "q"
    case .verbatim: return "v"
    }
  }

  private static func layout(_ code: Substring) -> ParagraphLayout? {
    switch code {
    case "f": return .flow
    case "q": return .flowQuoted
    case "v": return .verbatim
    default: return nil
    }
  }
}
