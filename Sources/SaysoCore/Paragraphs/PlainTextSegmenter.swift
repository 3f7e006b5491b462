/// A paragraph before it has a kind: a byte range of the content plus what its structure says about it.
struct ParagraphPiece: Sendable, Equatable {
  var bytes: Range<Int>
  var layout: ParagraphLayout
  var structuralKind: ParagraphKind?
  var level: Int = 0
}

/// Splits plain text into paragraphs with the detected (or forced) layout; offsets stay in the original text.
struct PlainTextSegmenter {
  /// A line longer than this cannot be a wrapped line: in a block of such lines each line is a paragraph.
  static let unwrappedLineLength = 120

  let bytes: [UInt8]
  let lines: [TextLine]
  let layout: PlainTextLayout
  let wrapWidth: Int

  init(bytes: [UInt8], layout forced: PlainTextLayout?) {
    self.bytes = bytes
    let lines = LineTable.lines(bytes)
    self.lines = lines
    let detector = PlainTextLayoutDetector(lines: lines)
    self.layout = forced ?? detector.detect()
    self.wrapWidth = max(detector.wrapWidth, 40)
  }

  func pieces() -> [ParagraphPiece] {
    let margin = baseIndent()
    var pieces: [ParagraphPiece] = []
    for block in PlainTextLayoutDetector.blocks(lines) {
      for group in groups(block, margin: margin) {
        pieces.append(piece(group, margin: margin))
      }
    }
    return pieces
  }

  /// Splits a block of consecutive non-blank lines into the line groups that form paragraphs.
  private func groups(_ block: ArraySlice<TextLine>, margin: Int) -> [ArraySlice<TextLine>] {
    switch layout {
    case .line:
      return block.indices.map { block[$0...$0] }
    case .blank:
      if block.dropLast().contains(where: { $0.length > PlainTextSegmenter.unwrappedLineLength }) {
        return block.indices.map { block[$0...$0] }
      }
      return split(block) { previous, line in ListMarker.length(in: bytes, line: line) != nil }
    case .wrapped, .indented:
      return split(block) { previous, line in
        if ListMarker.length(in: bytes, line: line) != nil { return true }
        if previous.length > PlainTextSegmenter.unwrappedLineLength { return true }
        guard layout == .indented else { return false }
        return line.indent > margin && previous.indent <= margin
      }
    }
  }

  private func split(
    _ block: ArraySlice<TextLine>, startsParagraph: (TextLine, TextLine) -> Bool
  ) -> [ArraySlice<TextLine>] {
    var groups: [ArraySlice<TextLine>] = []
    var start = block.startIndex
    for i in block.indices.dropFirst() where startsParagraph(block[i - 1], block[i]) {
      groups.append(block[start..<i])
      start = i
    }
    groups.append(block[start..<block.endIndex])
    return groups
  }

  private func piece(_ group: ArraySlice<TextLine>, margin: Int) -> ParagraphPiece {
    guard let first = group.first, let last = group.last else {
      return ParagraphPiece(bytes: 0..<0, layout: .flow)
    }
    var start = first.contentStart
    var kind: ParagraphKind?
    var level = 0
    if let marker = ListMarker.length(in: bytes, line: first) {
      start += marker
      kind = .listItem
      level = 1 + max(0, first.indent - margin) / 2
    } else if group.allSatisfy({ $0.indent >= margin + 2 }) && layout != .line && layout != .indented {
      kind = .blockquote
      level = 1
    }
    return ParagraphPiece(
      bytes: start..<last.contentEnd, layout: lineLayout(group), structuralKind: kind, level: level)
  }

  /// Verse, addresses and tables keep their line breaks: most of their lines end well short of the margin.
  private func lineLayout(_ group: ArraySlice<TextLine>) -> ParagraphLayout {
    guard group.count >= 2 else { return .flow }
    let short = group.dropLast().filter { $0.length < wrapWidth * 3 / 5 }.count
    return short * 2 >= group.count - 1 ? .verbatim : .flow
  }

  /// The most common indentation of non-blank lines: the text's left margin.
  private func baseIndent() -> Int {
    var counts = [Int](repeating: 0, count: 65)
    for line in lines where !line.isBlank { counts[min(line.indent, 64)] += 1 }
    var best = 0
    for (indent, count) in counts.enumerated() where count > counts[best] { best = indent }
    return best
  }
}

/// Bullet and number markers that open a list item in plain text and Markdown.
enum ListMarker {
  /// Bytes taken by the marker and the spaces after it, or nil when the line is not a list item.
  static func length(in bytes: [UInt8], line: TextLine) -> Int? {
    var i = line.contentStart
    let end = line.contentEnd
    guard i < end else { return nil }
    let first = bytes[i]
    if first == 0x2D || first == 0x2A || first == 0x2B {  // - * +
      i += 1
    } else if first == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA2 {  // •
      i += 3
    } else if first >= 0x30 && first <= 0x39 {
      var digits = 0
      while i < end, bytes[i] >= 0x30 && bytes[i] <= 0x39 {
        i += 1
        digits += 1
      }
      guard digits <= 3, i < end, bytes[i] == 0x2E || bytes[i] == 0x29 else { return nil }
      i += 1
    } else {
      return nil
    }
    guard i < end, bytes[i] == 0x20 || bytes[i] == 0x09 else { return nil }
    while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    guard i < end else { return nil }
    let rest = bytes[i..<end]
    if rest.allSatisfy({ $0 == 0x2A || $0 == 0x2D || $0 == 0x5F || $0 == 0x20 }) { return nil }  // * * *
    return i - line.contentStart
  }
}
