/// The blocks of a Markdown file and the metadata of its YAML front matter.
struct MarkdownScan {
  var pieces: [ParagraphPiece] = []
  var frontMatter = DocumentMetadata()
}

/// A small Markdown block scanner that keeps source offsets: headings, paragraphs, block quotes, list items,
/// thematic breaks, tables and fenced or indented code (kept verbatim).
///
/// Inline markup stays in the text: offsets must point into the file as written.
struct MarkdownScanner {
  let bytes: [UInt8]
  let lines: [TextLine]

  init(bytes: [UInt8]) {
    self.bytes = bytes
    self.lines = LineTable.lines(bytes)
  }

  /// An open block that may take more lines.
  private struct OpenBlock {
    var kind: ParagraphKind?
    var start: Int
    var end: Int
    var layout: ParagraphLayout
    var level: Int
    var lineCount = 1
  }

  func scan() -> MarkdownScan {
    var result = MarkdownScan()
    var i = 0
    if let (metadata, next) = frontMatter() {
      result.frontMatter = metadata
      i = next
    }
    var open: OpenBlock?
    func close() {
      if let block = open, block.end > block.start {
        result.pieces.append(
          ParagraphPiece(
            bytes: block.start..<block.end, layout: block.layout, structuralKind: block.kind,
            level: block.level))
      }
      open = nil
    }
    while i < lines.count {
      let line = lines[i]
      if line.isBlank {
        close()
        i += 1
        continue
      }
      let content = bytes[line.contentStart..<line.contentEnd]
      if line.indent < 4, let fence = fenceMarker(content) {
        close()
        i = codeBlock(from: i, fence: fence, into: &result)
        continue
      }
      if line.indent >= 4 && open == nil {
        i = indentedCode(from: i, into: &result)
        continue
      }
      if line.indent < 4, let level = atxLevel(content) {
        close()
        let range = atxContent(line, level: level)
        let kind: ParagraphKind = level == 1 && result.pieces.isEmpty ? .title : .heading
        if range.count > 0 {
          result.pieces.append(
            ParagraphPiece(bytes: range, layout: .flow, structuralKind: kind, level: level))
        }
        i += 1
        continue
      }
      if let block = open, block.kind == nil, block.layout != .verbatim, let level = setextLevel(content) {
        let kind: ParagraphKind = level == 1 && result.pieces.isEmpty ? .title : .heading
        open = OpenBlock(kind: kind, start: block.start, end: block.end, layout: .flow, level: level)
        close()
        i += 1
        continue
      }
      if line.indent < 4 && isThematicBreak(content) {
        close()
        result.pieces.append(
          ParagraphPiece(
            bytes: line.contentStart..<line.contentEnd, layout: .flow, structuralKind: .separator))
        i += 1
        continue
      }
      if content.first == 0x3E {  // >
        let (depth, textStart) = quoteMarkers(line)
        if textStart >= line.contentEnd {
          close()  // a bare ">" separates paragraphs inside a quote
        } else if let block = open, block.kind == .blockquote, block.level == depth {
          open?.end = line.contentEnd
        } else {
          close()
          open = OpenBlock(
            kind: .blockquote, start: textStart, end: line.contentEnd, layout: .flowQuoted, level: depth)
        }
        i += 1
        continue
      }
      if let marker = ListMarker.length(in: bytes, line: line) {
        close()
        open = OpenBlock(
          kind: .listItem, start: line.contentStart + marker, end: line.contentEnd, layout: .flow,
          level: 1 + line.indent / 2)
        i += 1
        continue
      }
      if content.first == 0x7C {  // | a table row
        if let block = open, block.layout == .verbatim, block.kind == nil {
          open?.end = line.contentEnd
        } else {
          close()
          open = OpenBlock(
            kind: nil, start: line.contentStart, end: line.contentEnd, layout: .verbatim, level: 0)
        }
        i += 1
        continue
      }
      if open != nil && open?.layout != .verbatim {
        open?.end = line.contentEnd  // a continuation line, lazy inside quotes and list items
        open?.lineCount += 1
      } else {
        close()
        open = OpenBlock(kind: nil, start: line.contentStart, end: line.contentEnd, layout: .flow, level: 0)
      }
      i += 1
    }
    close()
    return result
  }
}
