/// A report to read or paste: per document a citation line, the share of voice, and the quotes grouped
/// by speaker with their paragraph numbers, codes and notes.
public enum MarkdownReport {
  public static func text(_ sources: [ExportSource]) -> String {
    var out: [String] = []
    for source in sources {
      let meta = source.document.metadata
      out.append("# " + escape(meta.title ?? source.path))
      out.append("")
      // Byline, outlet, date, URL: each once (a page's byline is often its outlet's name).
      var citation: [String] = []
      for part in [meta.byline, meta.siteName, meta.date, meta.canonicalURL].compactMap({ $0 })
      where !part.isEmpty && !citation.contains(part) {
        citation.append(part)
      }
      out.append("*" + escape((citation.isEmpty ? [source.path] : citation).joined(separator: " · ")) + "*  ")
      out.append("Source: `\(source.path)` · text SHA-256 `\(source.document.text.sha256.prefix(16))…`")
      out.append("")
      let summary = SpeakerSummary(source.analysis, in: source.document, kinds: source.kinds)
      out.append("## Share of voice")
      out.append("")
      out.append("| Speaker | Kind | Quotes | Words | Share |")
      out.append("|---|---|---:|---:|---:|")
      for row in summary.rows {
        out.append(
          "| \(cell(row.speaker.name)) | \(row.speaker.kind.rawValue) | \(row.quotes) | \(row.words) | "
            + "\(JSONObjectWriter.format(row.share * 100, digits: 1))% |")
      }
      if summary.unattributedQuotes > 0 {
        out.append("| (no speaker found) | | \(summary.unattributedQuotes) | | |")
      }
      out.append("")
      out.append("## Quotes by speaker")
      var bySpeaker: [(name: String, quotes: [Quote])] = summary.rows.map { row in
        (row.speaker.name, source.quotes.filter { $0.attribution?.speaker == row.speaker.id })
      }
      let unattributed = source.quotes.filter { $0.attribution == nil }
      if !unattributed.isEmpty { bySpeaker.append(("(no speaker found)", unattributed)) }
      for (name, quotes) in bySpeaker where !quotes.isEmpty {
        out.append("")
        out.append("### " + escape(name))
        out.append("")
        for quote in quotes {
          let text = source.document.text.substring(quote.range).split(whereSeparator: \.isNewline).joined(
            separator: " ")
          var line = "- ¶\(quote.paragraph + 1) — “\(escape(text))” (\(quote.kind.rawValue)"
          if source.status(of: quote) != "found" { line += ", \(source.status(of: quote))" }
          line += ")"
          let (codes, notes) = source.marks(of: quote)
          if !codes.isEmpty { line += " — codes: " + codes.map { "`\($0)`" }.joined(separator: ", ") }
          out.append(line)
          for note in notes {
            out.append("  > " + escape(note).split(separator: "\n").joined(separator: "\n  > "))
          }
        }
      }
      let others = source.codings.filter { $0.targetKind != .quote }
      if !others.isEmpty {
        out.append("")
        out.append("## Other annotations")
        out.append("")
        for annotation in others {
          let paragraph =
            (source.document.paragraphs.index(containing: annotation.anchor.start)
              ?? 0) + 1
          let text = annotation.anchor.exact.split(whereSeparator: \.isNewline).joined(separator: " ")
          let short = text.count > 80 ? String(text.prefix(80)) + "…" : text
          switch annotation.body {
          case .code(let id): out.append("- ¶\(paragraph) `\(source.codePath(id))` on “\(escape(short))”")
          case .note(let note): out.append("- ¶\(paragraph) note on “\(escape(short))”: \(escape(note))")
          default: break
          }
        }
      }
      out.append("")
    }
    return out.joined(separator: "\n")
  }

  /// Text from a document is not Markdown: characters that would format are escaped.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      if "\\`*_[]<>#|".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  static func cell(_ text: String) -> String { escape(text) }
}
