/// A paragraph of extracted HTML text, before it is placed in the document text.
struct HTMLBlock: Equatable {
  var text: String
  var kind: ParagraphKind?
  var layout: ParagraphLayout
  var level: Int
}

/// Turns the extracted article tree into paragraphs: block elements end paragraphs, inline content
/// flows with white space collapsed, `<pre>` stays verbatim, and the element a paragraph sits in
/// (heading, list item, block quote, caption) gives its kind.
struct HTMLTextBuilder {
  let tree: DOMTree

  static let blockElements: HTMLTagSet = [
    "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl",
    "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup",
    "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
    "tfoot",
    "tr", "ul", "caption", "legend", "body", "html", "option",
  ]

  func blocks(of root: DOMNode) -> [HTMLBlock] {
    var output = BlockWriter()
    var contexts: [BlockContext] = [BlockContext(kind: nil, level: 0, verbatim: false)]
    var stack: [(DOMNode, Bool)] = [(root, false)]
    var listDepth = 0
    var quoteDepth = 0
    while let (node, leaving) = stack.popLast() {
      guard let context = contexts.last else { break }
      if node.type == .text {
        tree.withText(node) { output.append($0, verbatim: context.verbatim) }
        continue
      }
      let isBlock = HTMLTextBuilder.blockElements.contains(node.tag)
      if leaving {
        if isBlock { output.flush(context) }
        if HTMLTextBuilder.lists.contains(node.tag) { listDepth -= 1 }
        if node.tag == .blockquote { quoteDepth -= 1 }
        if HTMLTextBuilder.contextTags.contains(node.tag) { contexts.removeLast() }
        if node.tag == .td || node.tag == .th { output.space() }
        continue
      }
      if node.tag == .br {
        output.lineBreak()
        continue
      }
      if isBlock { output.flush(context) }
      if HTMLTextBuilder.lists.contains(node.tag) { listDepth += 1 }
      if node.tag == .blockquote { quoteDepth += 1 }
      if HTMLTextBuilder.contextTags.contains(node.tag) {
        contexts.append(
          innerBlockContext(node.tag, outer: context, listDepth: listDepth, quoteDepth: quoteDepth))
      }
      if node.tag == .td || node.tag == .th { output.space() }
      stack.append((node, true))
      var children: [DOMNode] = []
      for child in node.childNodes { children.append(child) }
      for child in children.reversed() { stack.append((child, false)) }
    }
    if let context = contexts.first { output.flush(context) }
    return output.blocks
  }

  private static let contextTags: HTMLTagSet = [
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "figcaption", "caption", "pre",
  ]

  private static let lists: HTMLTagSet = ["ul", "ol", "dl"]

  private func innerBlockContext(
    _ tag: HTMLTag, outer: BlockContext, listDepth: Int, quoteDepth: Int
  ) -> BlockContext {
    if let level = tag.headingLevel {
      return BlockContext(kind: .heading, level: level, verbatim: outer.verbatim)
    }
    switch tag {
    case .li, .dt, .dd:
      return BlockContext(kind: .listItem, level: max(1, listDepth), verbatim: outer.verbatim)
    case .blockquote:
      return BlockContext(
        kind: outer.kind == .listItem ? .listItem : .blockquote, level: quoteDepth, verbatim: outer.verbatim)
    case .figcaption, .caption:
      return BlockContext(kind: .caption, level: 0, verbatim: outer.verbatim)
    default:
      return BlockContext(kind: outer.kind, level: outer.level, verbatim: true)
    }
  }
}

/// The element a paragraph sits in, which decides its kind.
private struct BlockContext {
  var kind: ParagraphKind?
  var level: Int
  var verbatim: Bool
}

/// Collects text into paragraphs, collapsing white space outside `<pre>`.
private struct BlockWriter {
  var blocks: [HTMLBlock] = []
  private var text: [UInt8] = []
  private var pendingSpace = false
  private var hasLineBreaks = false
  private var verbatim = false

  mutating func append(_ raw: UnsafeBufferPointer<UInt8>, verbatim inPre: Bool) {
    if inPre {
      verbatim = true
      if pendingSpace && !text.isEmpty { text.append(0x20) }
      pendingSpace = false
      text.append(contentsOf: raw)
      return
    }
    if text.last == 0x0A { pendingSpace = false }
    var pending = pendingSpace && !text.isEmpty && text.last != 0x0A
    SpaceCollapser.append(raw, to: &text, pendingSpace: &pending)
    pendingSpace = pending
  }

  mutating func space() { pendingSpace = true }

  mutating func lineBreak() {
    guard !text.isEmpty, text.last != 0x0A else { return }
    text.append(0x0A)
    hasLineBreaks = true
    pendingSpace = false
  }

  mutating func flush(_ context: BlockContext) {
    defer {
      text.removeAll(keepingCapacity: true)
      pendingSpace = false
      hasLineBreaks = false
      verbatim = false
    }
    let bytes = verbatim ? BlockWriter.tidyVerbatim(text) : text
    let cleaned = String(decoding: bytes, as: UTF8.self).trimmingWhitespace
    guard !cleaned.isEmpty else { return }
    let layout: ParagraphLayout =
      verbatim || (hasLineBreaks && cleaned.utf8.contains(0x0A)) ? .verbatim : .flow
    blocks.append(HTMLBlock(text: cleaned, kind: context.kind, layout: layout, level: context.level))
  }

  /// `<pre>` text keeps its lines, but never a blank line (that would read as a paragraph break) and no
  /// trailing blanks.
  static func tidyVerbatim(_ text: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.count)
    for line in text.split(separator: 0x0A, omittingEmptySubsequences: true) {
      var end = line.endIndex
      while end > line.startIndex, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
      guard end > line.startIndex else { continue }
      if !out.isEmpty { out.append(0x0A) }
      out.append(contentsOf: line[line.startIndex..<end])
    }
    return out
  }
}
