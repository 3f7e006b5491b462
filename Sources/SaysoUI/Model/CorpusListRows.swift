import Foundation
import SaysoCore

/// The rows and columns of each corpus list, built from what the index answered.
enum CorpusListRows {
  /// A column: its header, its width (0: takes the room left) and whether numbers align right.
  struct Column {
    var header: String
    var width: Int
    var right = false
    /// Columns with a higher number are dropped first when the screen is narrow.
    var dropOrder = 0
  }

  /// The columns that fit in `width` with at least 16 columns left for the flexible one, as indices
  /// into `columns(kind)`.
  static func shown(_ kind: CorpusList.Kind, width: Int) -> [Int] {
    let all = columns(kind)
    var shown = Array(all.indices)
    while all.enumerated().filter({ shown.contains($0.offset) }).reduce(0, { $0 + $1.element.width }) + 16
      > width,
      let drop = shown.filter({ all[$0].dropOrder > 0 }).max(by: { all[$0].dropOrder < all[$1].dropOrder })
    {
      shown.removeAll { $0 == drop }
    }
    return shown
  }

  static func columns(_ kind: CorpusList.Kind) -> [Column] {
    switch kind {
    case .documents:
      return [
        Column(header: "Title", width: 0), Column(header: "Date", width: 11, dropOrder: 1),
        Column(header: "Outlet", width: 16, dropOrder: 3), Column(header: "Quotes", width: 7, right: true),
        Column(header: "Notes", width: 6, right: true, dropOrder: 2),
      ]
    case .speakers:
      return [
        Column(header: "Speaker", width: 0), Column(header: "Kind", width: 7, dropOrder: 3),
        Column(header: "Quotes", width: 7, right: true),
        Column(header: "Docs", width: 6, right: true, dropOrder: 2),
        Column(header: "Share", width: 7, right: true, dropOrder: 1),
      ]
    case .quotes, .search:
      return [
        Column(header: "Document", width: 26, dropOrder: 1), Column(header: "¶", width: 6),
        Column(header: "Text", width: 0),
      ]
    }
  }

  static func documents(_ documents: [CorpusDocumentSummary]) -> [CorpusListRow] {
    documents.map { document in
      CorpusListRow(
        cells: [
          document.displayTitle, String((document.date ?? "").prefix(10)), document.outlet ?? "",
          String(document.quotes), document.annotations > 0 ? String(document.annotations) : "",
        ], target: .document(document.id))
    }
  }

  /// Speakers with their share of the corpus's attributed quotes; the bar is scaled to the most
  /// quoted, so that the differences between the first few can be seen.
  static func speakers(_ speakers: [CorpusSpeakerSummary]) -> [CorpusListRow] {
    let total = max(1, speakers.reduce(0) { $0 + $1.quotes })
    let most = max(1, speakers.first?.quotes ?? 1)
    return speakers.map { speaker in
      let merged =
        speaker.merged.isEmpty ? "" : " (+\(speaker.merged.count): \(speaker.merged.joined(separator: ", ")))"
      let kind = speaker.kind == .organisation ? "org" : speaker.kind.rawValue
      return CorpusListRow(
        cells: [
          speaker.name + merged, kind, String(speaker.quotes), String(speaker.documents),
          percent(Double(speaker.quotes) / Double(total)),
        ], target: .speaker(speaker.id, name: speaker.name), share: Double(speaker.quotes) / Double(most))
    }
  }

  static func quotes(_ quotes: [CorpusQuote]) -> [CorpusListRow] {
    quotes.map { quote in
      CorpusListRow(
        cells: [
          title(quote.title, quote.path), "¶\(quote.record.paragraph + 1)",
          "“" + flat(quote.record.text) + "”",
        ],
        target: .place(
          documentID: quote.documentID, paragraph: quote.record.paragraph,
          offset: quote.record.range.lowerBound))
    }
  }

  /// Search results show the paragraph from a little before the first word searched for.
  static func hits(_ hits: [SearchHit], query: String) -> [CorpusListRow] {
    let words = query.split(separator: " ").map { $0.trimmingCharacters(in: ["\"", "*"]) }.filter {
      !$0.isEmpty
    }
    return hits.map { hit in
      CorpusListRow(
        cells: [title(hit.title, hit.path), "¶\(hit.paragraph + 1)", snippet(flat(hit.text), around: words)],
        target: .place(documentID: hit.documentID, paragraph: hit.paragraph, offset: nil))
    }
  }

  static func snippet(_ text: String, around words: [String]) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    for word in words {
      let needle = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      guard let found = folded.textRange(of: needle) else { continue }
      let position = folded.distance(from: folded.startIndex, to: found.lowerBound)
      guard position > 30 else { return text }
      // Folding keeps one character per character for the scripts it changes (accents, case).
      return "…" + String(text.dropFirst(position - 25))
    }
    return text
  }

  static func title(_ title: String?, _ path: String) -> String {
    if let title, !title.isEmpty { return title }
    return String(path.split(separator: "/").last ?? Substring(path))
  }

  static func flat(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  static func percent(_ share: Double) -> String {
    let tenths = Int((share * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
