import SaysoCore

/// "Why this speaker?": the quote in full, its speaker, the mention and cue the text gives, the rule
/// that decided and how sure it is.
enum DetailPopup {
  static func draw(_ state: AppState, into grid: inout Grid) {
    guard let quote = state.quote, let index = state.currentQuote else { return }
    let cols = min(grid.cols - 4, 80)
    let inner = cols - 4
    let lines = content(state, quote: quote, width: inner)
    let maxRows = grid.rows - 4
    let rows = min(maxRows, lines.count + 2)
    let visible = rows - 2
    let first = min(state.detailTop, max(0, lines.count - visible))
    let rect = Box.draw(
      &grid, row: max(1, (grid.rows - rows) / 2 - 1), col: (grid.cols - cols) / 2, rows: rows, cols: cols,
      title: "Quote \(index + 1) of \(state.model.quotes.count)",
      footer: lines.count > visible ? "j/k scroll · Esc close" : "]q next · [q previous · Esc close")
    for (offset, line) in lines.dropFirst(first).prefix(visible).enumerated() {
      grid.put(line.text, row: rect.row + offset, col: rect.col, style: line.style, limit: rect.cols)
    }
  }

  struct Line {
    var text: String
    var style: Style
  }

  static func content(_ state: AppState, quote: Quote, width: Int) -> [Line] {
    let model = state.model
    let text = quote.parts.map { model.document.text.substring($0.range) }.joined(separator: "\n")
    let slot = model.slot(of: quote)
    let quoteStyle = Style(slot.map { .quote($0) } ?? .quoteUnattributed)
    var lines = TextWrap.lines("“" + text + "”", width: width).map { Line(text: $0, style: quoteStyle) }
    lines.append(Line(text: "", style: .plain))
    func field(_ name: String, _ value: String, _ style: Style) {
      for (i, part) in TextWrap.lines(value, width: width - 10).enumerated() {
        lines.append(
          Line(
            text: (i == 0 ? Truncate.pad(name, 10) : String(repeating: " ", count: 10)) + part, style: style))
      }
    }
    let where_ = quote.parts.map { "¶\($0.paragraph + 1) \($0.range.lowerBound)–\($0.range.upperBound)" }
    field("Kind", quote.kind.rawValue + " · " + where_.joined(separator: ", "), .plain)
    guard let attribution = quote.attribution, let speaker = model.speaker(of: quote) else {
      field(
        "Speaker",
        quote.kind.isStatement
          ? "none found: no cue, and no speaker before it to continue (r gives it one)" : "not a statement",
        .plain)
      annotationFields(state, quote: quote, field: field)
      return lines
    }
    field(
      "Speaker",
      "\(speaker.name) (\(speaker.kind.rawValue))   confidence \(String(format2: attribution.confidence))",
      Style(.speaker(slot ?? 0), bold: true))
    if !speaker.aliases.isEmpty { field("Also", speaker.aliases.joined(separator: ", "), .plain) }
    if let mention = attribution.mention {
      let paragraph = state.paragraphIndex(containing: mention.lowerBound)
      field("Mention", "\(model.document.text.substring(mention).flattened)  ¶\(paragraph + 1)", .plain)
    }
    if let cue = attribution.cue { field("Cue", model.document.text.substring(cue).flattened, .plain) }
    field("Rule", attribution.rule.rawValue + ": " + RuleText.explanation(attribution.rule), .plain)
    annotationFields(state, quote: quote, field: field)
    return lines
  }

  /// The researcher's work on the quote: the verdict, codes and note.
  static func annotationFields(_ state: AppState, quote: Quote, field: (String, String, Style) -> Void) {
    let target = AnnotationTarget(kind: .quote, quoteID: quote.id, range: quote.range)
    let mine = state.annotations.on(target)
    if state.model.confirmed.contains(quote.id) {
      field("Review", "✓ speaker confirmed (a again undoes)", .plain)
    }
    let names = state.annotations.codeNames
    let codes = mine.compactMap { annotation -> String? in
      if case .code(let id) = annotation.body { return names[id] ?? "#\(id)" } else { return nil }
    }
    if !codes.isEmpty { field("Codes", codes.joined(separator: ", "), Style(.text, bold: true)) }
    for annotation in mine {
      if case .note(let text) = annotation.body { field("Note", text, .plain) }
    }
  }
}

/// What each attribution rule means, in a reader's words.
enum RuleText {
  static func explanation(_ rule: AttributionRule) -> String {
    switch rule {
    case .cueAfter: return "a reporting verb right after the quote, with its subject (“…,” she said)"
    case .cueBefore: return "a reporting verb right before the quote (X said: “…”)"
    case .cueInside: return "a reporting verb between two parts of the quote"
    case .cueSentence: return "a reporting verb elsewhere in the quote's sentence"
    case .accordingTo: return "“according to” names the source"
    case .colonIntro: return "the paragraph before ends in a reporting verb and a colon"
    case .participle:
      return "a participle (“adding”, “describing it as”) whose subject is the sentence's subject"
    case .continuation: return "no cue of its own: it goes on from the speaker of the quote just before"
    case .multiParagraph: return "the quote runs on from the paragraph before"
    case .actionBeat: return "the person the narration names in the same paragraph"
    case .turnTaking: return "dialogue without tags: the turn of the other person in the conversation"
    case .vocative: return "the line calls someone by name, so the other person speaks"
    case .blockContext: return "a block quote introduced by the paragraph before it"
    case .sentenceSubject: return "no cue: the subject of its sentence, who is quoted elsewhere"
    case .reportedSpeech: return "reported speech: a reporting verb and its subject, without quote marks"
    case .researcher: return "set by the researcher"
    }
  }
}

extension String {
  /// On one line: line breaks and runs of spaces become single spaces.
  var flattened: String { split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ") }
}
