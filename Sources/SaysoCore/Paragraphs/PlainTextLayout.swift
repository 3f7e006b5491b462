/// How a plain-text file marks its paragraphs; detected per file, or forced with `--paragraphs`.
public enum PlainTextLayout: String, Sendable, Codable, CaseIterable {
  /// Paragraphs are separated by blank lines; each line is a whole paragraph or part of a verbatim block.
  case blank
  /// One paragraph per line (news copy pasted from the web, the mission's sample).
  case line
  /// Hard-wrapped lines re-joined into paragraphs separated by blank lines (Project Gutenberg).
  case wrapped
  /// Hard-wrapped lines where an indented first line starts a paragraph, with or without blank lines.
  case indented
}

/// Reads the shape of a text's lines to decide how it marks paragraphs.
struct PlainTextLayoutDetector {
  /// Width beyond which a line cannot be a hard-wrapped line (wrapped prose stays under ~100 columns).
  static let maximumWrapWidth = 110

  let lines: [TextLine]
  /// The wrap width: the 90th percentile of non-blank line lengths.
  let wrapWidth: Int

  init(lines: [TextLine]) {
    self.lines = lines
    self.wrapWidth = PlainTextLayoutDetector.percentile90(lines)
  }

  /// A histogram instead of a sort: lengths past 4,096 all count as 4,096, which no wrap width reaches.
  private static func percentile90(_ lines: [TextLine]) -> Int {
    let cap = 4096
    var histogram = [Int](repeating: 0, count: cap + 1)
    var count = 0
    for line in lines where !line.isBlank {
      histogram[min(line.length, cap)] += 1
      count += 1
    }
    guard count > 0 else { return 0 }
    let rank = min(count - 1, count * 9 / 10)
    var seen = 0
    for (length, n) in histogram.enumerated() {
      seen += n
      if seen > rank { return length }
    }
    return cap
  }

  func detect() -> PlainTextLayout {
    let blocks = PlainTextLayoutDetector.blocks(lines)
    let nonBlank = blocks.reduce(0) { $0 + $1.count }
    guard nonBlank > 0 else { return .blank }
    let width = wrapWidth
    if looksWrapped(blocks, width: width) {
      let linesPerBlock = Double(nonBlank) / Double(blocks.count)
      return linesPerBlock > 12 && indentedLineShare(width: width) >= 0.02 ? .indented : .wrapped
    }
    let linesPerBlock = Double(nonBlank) / Double(blocks.count)
    return blocks.count >= 2 && linesPerBlock <= 1.6
      ? .blank : (width < 60 && blocks.count >= 2 ? .blank : .line)
  }

  /// Wrapped prose: inside multi-line blocks, lines stop near one width no wider than ~110 columns,
  /// mostly in mid-sentence, where the next line's first word would not have fitted.
  private func looksWrapped(_ blocks: [ArraySlice<TextLine>], width: Int) -> Bool {
    guard width >= 30, width <= PlainTextLayoutDetector.maximumWrapWidth else { return false }
    var inner = 0
    var full = 0
    var sentenceEnds = 0
    for block in blocks where block.count >= 2 {
      for line in block.dropLast() {
        inner += 1
        if line.length >= width * 2 / 3 && line.length <= width + 8 { full += 1 }
        if line.endsSentence { sentenceEnds += 1 }
      }
    }
    return inner >= 4 && Double(full) / Double(inner) >= 0.7 && sentenceEnds * 2 < inner
  }

  /// Share of lines that are indented more than the text's usual margin, after a line that ended short.
  private func indentedLineShare(width: Int) -> Double {
    var indented = 0
    var total = 0
    for (previous, line) in zip(lines, lines.dropFirst()) where !line.isBlank {
      total += 1
      if line.indent > previous.indent && !previous.isBlank && previous.length < width * 9 / 10 {
        indented += 1
      }
    }
    return total == 0 ? 0 : Double(indented) / Double(total)
  }

  /// Runs of consecutive non-blank lines.
  static func blocks(_ lines: [TextLine]) -> [ArraySlice<TextLine>] {
    var blocks: [ArraySlice<TextLine>] = []
    var start: Int?
    for (i, line) in lines.enumerated() {
      if line.isBlank {
        if let s = start { blocks.append(lines[s..<i]) }
        start = nil
      } else if start == nil {
        start = i
      }
    }
    if let s = start { blocks.append(lines[s..<lines.count]) }
    return blocks
  }
}
