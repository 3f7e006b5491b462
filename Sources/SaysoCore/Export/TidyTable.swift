/// The tidy (long) table for R and pandas: one row per quote and code (a quote without codes is one row),
/// then one row per code or note on a paragraph or a span. Offsets are code points; every row carries
/// its text, so a reader can check it against the source.
public enum TidyTable {
  public static let header = [
    "document_id", "title", "date", "source_path", "paragraph", "start", "end", "offset_unit", "text",
    "quote_id",
    "kind", "speaker_mention", "speaker_id", "speaker_name", "cue", "confidence", "rule", "status",
    "code_path",
    "coder", "note", "created", "modified",
  ]

  public static func rows(_ source: ExportSource) -> [[String]] {
    var rows: [[String]] = []
    let meta = source.document.metadata
    func base(paragraph: Int, range: Range<Int>) -> [String] {
      [
        source.id, meta.title ?? "", meta.date ?? "", source.path, String(paragraph + 1),
        String(range.lowerBound),
        String(range.upperBound), "codepoint", source.document.text.substring(range),
      ]
    }
    for quote in source.quotes {
      let speaker = source.analysis.speaker(of: quote)
      let attribution = quote.attribution
      let (codes, notes) = source.marks(of: quote)
      let coded = source.onQuote[quote.id] ?? []
      let coder = coded.map(\.coder).first ?? ""
      let created = coded.map(\.created).min().map(ExportTime.text) ?? ""
      let modified = coded.map(\.created).max().map(ExportTime.text) ?? ""
      for code in codes.isEmpty ? [""] : codes {
        rows.append(
          base(paragraph: quote.paragraph, range: quote.range) + [
            "q\(quote.id)", quote.kind.rawValue, source.speakerMention(of: quote) ?? "",
            attribution.map { "s\($0.speaker)" } ?? "", speaker?.name ?? "",
            attribution?.cue.map { source.document.text.substring($0) } ?? "",
            attribution.map { JSONObjectWriter.format($0.confidence, digits: 2) } ?? "",
            attribution?.rule.rawValue ?? "",
            source.status(of: quote), code, coder, notes.joined(separator: "\n"), created, modified,
          ])
      }
    }
    for annotation in source.codings where annotation.targetKind != .quote {
      let paragraph =
        source.document.paragraphs.index(containing: annotation.anchor.start) ?? 0
      var code = ""
      var note = ""
      switch annotation.body {
      case .code(let id): code = source.codePath(id)
      case .note(let text): note = text
      case .speaker, .review: continue
      }
      rows.append(
        base(paragraph: paragraph, range: annotation.anchor.range) + [
          "", annotation.targetKind.rawValue, "", "", "", "", "", "", "", code, annotation.coder, note,
          ExportTime.text(annotation.created), ExportTime.text(annotation.created),
        ])
    }
    return rows
  }

  /// Speakers × counts: quotes, quoted words, share, and how many quotes carry each code.
  public static func speakerRows(_ source: ExportSource) -> [[String]] {
    let summary = SpeakerSummary(source.analysis, in: source.document, kinds: source.kinds)
    return summary.rows.map { row in
      let confirmed = source.quotes.filter {
        $0.attribution?.speaker == row.speaker.id && source.confirmed.contains($0.id)
      }
      return [
        source.id, source.path, "s\(row.speaker.id)", row.speaker.name, row.speaker.kind.rawValue,
        row.speaker.aliases.joined(separator: "; "), String(row.quotes), String(row.words),
        JSONObjectWriter.format(row.share, digits: 4), String(confirmed.count),
      ]
    }
  }

  public static let speakerHeader = [
    "document_id", "source_path", "speaker_id", "speaker_name", "kind", "aliases", "quotes", "words", "share",
    "confirmed",
  ]

  public static let codebookHeader = [
    "code_id", "code_path", "parent", "depth", "color", "hotkey", "description", "uses",
  ]

  public static func codebookRows(_ codes: [Code], annotations: [Annotation]) -> [[String]] {
    codes.sorted { ($0.position, $0.id) < ($1.position, $1.id) }.map { code in
      let uses = annotations.filter { $0.body == .code(code.id) && !$0.isOrphan }.count
      return [
        String(code.id), code.name, code.parent ?? "", String(code.depth), code.color.map(String.init) ?? "",
        code.hotkey ?? "", code.description, String(uses),
      ]
    }
  }

  /// A table as CSV text (RFC 4180; formula-like cells neutralised), with a byte-order mark for
  /// spreadsheets when asked.
  public static func csv(header: [String], rows: [[String]], bom: Bool = false) -> String {
    var writer = CSVWriter()
    writer.row(header)
    for row in rows { writer.row(row) }
    return (bom ? "\u{FEFF}" : "") + writer.text
  }
}
