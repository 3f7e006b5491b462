/// The article text of a web page with its paragraphs and metadata.
struct HTMLExtraction {
  var text: SourceText
  var paragraphs: [Paragraph]
  var metadata: DocumentMetadata
}

/// Extracts the main article of an HTML page as text: parse, read metadata, find the article, lay out
/// paragraphs. The text starts with the title as its own paragraph, then the article's paragraphs,
/// separated by blank lines; offsets point into that text.
enum HTMLExtractor {
  static func extract(_ bytes: [UInt8]) -> HTMLExtraction {
    let parser = HTMLParser(bytes)
    let first = parser.makeTree()
    var metadata = HTMLMetadataReader(tree: first.tree, jsonLD: first.jsonLD).read()
    let readability = Readability(parser: parser, articleTitle: metadata.title ?? "")
    let grabbed = readability.grabArticle(firstTree: first.tree)
    if metadata.byline == nil, let byline = readability.articleByline {
      metadata.byline = byline.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    var blocks = grabbed.map { HTMLTextBuilder(tree: $0.tree).blocks(of: $0.article) } ?? []
    if let title = metadata.title {
      blocks.insert(HTMLBlock(text: title, kind: .title, layout: .flow, level: 1), at: 0)
    }
    return assemble(blocks, metadata: metadata)
  }

  /// Joins the blocks with blank lines into one text and gives each paragraph its range and kind.
  static func assemble(_ blocks: [HTMLBlock], metadata: DocumentMetadata) -> HTMLExtraction {
    var bytes: [UInt8] = []
    var pieces: [ParagraphPiece] = []
    for block in blocks {
      if !bytes.isEmpty { bytes.append(contentsOf: [0x0A, 0x0A]) }
      let start = bytes.count
      bytes.append(contentsOf: TerminalSafeText.withoutBlankLines(block.text).utf8)
      pieces.append(
        ParagraphPiece(
          bytes: start..<bytes.count, layout: block.layout, structuralKind: block.kind, level: block.level))
    }
    let text = SourceText(utf8: bytes)
    let builder = ParagraphBuilder(text: text, guessesTitle: false, guessesHeadings: false)
    return HTMLExtraction(text: text, paragraphs: builder.paragraphs(pieces), metadata: metadata)
  }
}

enum TerminalSafeText {
  /// Collapses blank lines inside a block so a paragraph never contains a paragraph break.
  static func withoutBlankLines(_ text: String) -> String {
    guard text.containsBytes("\n\n") else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
  }
}
