extension MarkdownScanner {
  /// The fence character and its length when a line opens or closes fenced code.
  func fenceMarker(_ content: ArraySlice<UInt8>) -> (UInt8, Int)? {
    guard let first = content.first, first == 0x60 || first == 0x7E else { return nil }
    let run = content.prefix { $0 == first }.count
    return run >= 3 ? (first, run) : nil
  }

  /// Adds a fenced code block (without its fences) and returns the line after the closing fence.
  func codeBlock(from opening: Int, fence: (UInt8, Int), into result: inout MarkdownScan) -> Int {
    var i = opening + 1
    var last: Int?
    while i < lines.count {
      let line = lines[i]
      let content = bytes[line.contentStart..<line.contentEnd]
      if line.indent < 4, let closing = fenceMarker(content), closing.0 == fence.0, closing.1 >= fence.1,
        content.allSatisfy({ $0 == fence.0 })
      {
        break
      }
      if !line.isBlank { last = i }
      i += 1
    }
    if let last, let first = (opening + 1...last).first(where: { !lines[$0].isBlank }) {
      result.pieces.append(
        ParagraphPiece(
          bytes: lines[first].start..<lines[last].contentEnd, layout: .verbatim, structuralKind: .body))
    }
    return min(i + 1, lines.count)
  }

  /// Adds an indented code block and returns the first line after it.
  func indentedCode(from first: Int, into result: inout MarkdownScan) -> Int {
    var i = first
    var last = first
    while i < lines.count, lines[i].isBlank || lines[i].indent >= 4 {
      if !lines[i].isBlank { last = i }
      i += 1
    }
    result.pieces.append(
      ParagraphPiece(
        bytes: lines[first].contentStart..<lines[last].contentEnd, layout: .verbatim, structuralKind: .body))
    return last + 1
  }

  /// `# Title` -> 1 ... `###### Title` -> 6.
  func atxLevel(_ content: ArraySlice<UInt8>) -> Int? {
    let run = content.prefix { $0 == 0x23 }.count
    guard run >= 1, run <= 6 else { return nil }
    let after = content.dropFirst(run)
    return after.isEmpty || after.first == 0x20 || after.first == 0x09 ? run : nil
  }

  /// The heading text without the opening and the optional closing `#` run.
  func atxContent(_ line: TextLine, level: Int) -> Range<Int> {
    var start = line.contentStart + level
    while start < line.contentEnd, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
    var end = line.contentEnd
    var hashes = end
    while hashes > start, bytes[hashes - 1] == 0x23 { hashes -= 1 }
    if hashes < end, hashes > start, bytes[hashes - 1] == 0x20 || bytes[hashes - 1] == 0x09 {
      end = hashes
      while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    } else if hashes == start {
      end = start
    }
    return start..<end
  }

  /// `===` under a paragraph makes it a level-1 heading, `---` a level-2 heading.
  func setextLevel(_ content: ArraySlice<UInt8>) -> Int? {
    guard let first = content.first, first == 0x3D || first == 0x2D else { return nil }
    guard content.allSatisfy({ $0 == first }) else { return nil }
    return first == 0x3D ? 1 : 2
  }

  /// `***`, `---`, `___`, with optional spaces between the marks.
  func isThematicBreak(_ content: ArraySlice<UInt8>) -> Bool {
    guard let first = content.first, first == 0x2A || first == 0x2D || first == 0x5F else { return false }
    var count = 0
    for byte in content {
      if byte == first { count += 1 } else if byte != 0x20 && byte != 0x09 { return false }
    }
    return count >= 3
  }

  /// Nesting depth of `>` markers and where the quoted text starts.
  func quoteMarkers(_ line: TextLine) -> (Int, Int) {
    var depth = 0
    var i = line.contentStart
    while i < line.contentEnd {
      if bytes[i] == 0x3E {
        depth += 1
        i += 1
      } else if bytes[i] == 0x20 || bytes[i] == 0x09 {
        i += 1
      } else {
        break
      }
    }
    return (depth, i)
  }

  /// YAML front matter between `---` lines at the very top: title, author, date, url, lang.
  func frontMatter() -> (DocumentMetadata, Int)? {
    guard let first = lines.first, bytes[first.contentStart..<first.contentEnd].elementsEqual("---".utf8)
    else {
      return nil
    }
    var metadata = DocumentMetadata()
    for i in 1..<min(lines.count, 200) {
      let line = lines[i]
      let content = String(decoding: bytes[line.contentStart..<line.contentEnd], as: UTF8.self)
      if content == "---" || content == "..." { return (metadata, i + 1) }
      guard let colon = content.firstIndex(of: ":") else { continue }
      let key = content[..<colon].lowercased()
      let value = content[content.index(after: colon)...].trimmingAny(of: " \"'")
      guard !value.isEmpty else { continue }
      switch key {
      case "title": metadata.title = value
      case "author", "byline", "authors": metadata.byline = value
      case "date", "published": metadata.date = value
      case "url", "canonical", "source": metadata.canonicalURL = value
      case "lang", "language": metadata.language = value
      case "site", "site_name", "publication", "outlet": metadata.siteName = value
      default: break
      }
    }
    return nil
  }
}
