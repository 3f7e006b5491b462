/// Turns byte-range pieces into numbered paragraphs with scalar ranges and kinds.
struct ParagraphBuilder {
  let text: SourceText
  var guessesTitle = true
  var guessesHeadings = true

  func paragraphs(_ pieces: [ParagraphPiece]) -> [Paragraph] {
    let kinds = text.utf8.withUnsafeBufferPointer { buffer in
      let slices = pieces.map { UnsafeBufferPointer(rebasing: buffer[$0.bytes]) }
      return ParagraphClassifier(guessesTitle: guessesTitle, guessesHeadings: guessesHeadings).classify(
        sketches: slices.map(ParagraphSketch.init), structural: pieces.map(\.structuralKind)
      ) { i in
        guard pieces[i].bytes.count <= ParagraphClassifier.shortParagraphBytes else { return nil }
        return ParagraphText.flowed(slices[i], layout: pieces[i].layout)
      }
    }
    return pieces.enumerated().map { i, piece in
      Paragraph(
        index: i, range: text.scalarRange(bytes: piece.bytes), kind: kinds[i], layout: piece.layout,
        level: piece.level)
    }
  }
}

/// Metadata read from a plain document's own header lines: its title, byline and dateline paragraphs.
enum PlainMetadata {
  static func from(text: SourceText, paragraphs: [Paragraph]) -> DocumentMetadata {
    var metadata = DocumentMetadata()
    for paragraph in paragraphs.prefix(ParagraphClassifier.headerZoneLength) {
      let line = ParagraphText.flowed(text.substring(paragraph.range), layout: paragraph.layout)
      switch paragraph.kind {
      case .title where metadata.title == nil: metadata.title = withoutLabel(line)
      case .byline where metadata.byline == nil: metadata.byline = bylineName(withoutLabel(line))
      case .dateline where metadata.date == nil: metadata.date = withoutLabel(line)
      default: break
      }
    }
    return metadata
  }

  /// "Title: Hard Times" -> "Hard Times".
  static func withoutLabel(_ line: String) -> String {
    guard LineShape(line).fieldLabel != nil, let colon = line.firstIndex(of: ":") else { return line }
    return line[line.index(after: colon)...].trimmingAny(of: " ")
  }

  /// "By Jane Doe" -> "Jane Doe".
  static func bylineName(_ line: String) -> String {
    let words = line.split(separator: " ")
    guard let by = words.firstIndex(where: { $0.lowercased() == "by" || $0.lowercased() == "von" }) else {
      return line
    }
    return words[(by + 1)...].joined(separator: " ")
  }
}
