/// Options that override what Sayso detects about a file.
public struct IngestOptions: Sendable, Equatable {
  /// Read the file as this format instead of guessing from its extension and first bytes.
  public var format: SourceFormat?
  /// Force a plain-text paragraph layout.
  public var layout: PlainTextLayout?

  public init(format: SourceFormat? = nil, layout: PlainTextLayout? = nil) {
    self.format = format
    self.layout = layout
  }
}

/// Reads a source into a `Document`: decode, pick the format, split paragraphs, give them kinds.
public enum Ingest {
  public static func file(_ path: String, options: IngestOptions = IngestOptions()) throws -> Document {
    let bytes = try SourceFile.read(path)
    return try document(bytes: bytes, path: path, options: options)
  }

  public static func document(
    bytes: [UInt8], path: String? = nil, options: IngestOptions = IngestOptions()
  ) throws -> Document {
    let (decoded, report) = try TextDecoder.decode(bytes, path: path)
    let format = options.format ?? FormatSniffer.format(path: path, bytes: decoded)
    switch format {
    case .text:
      let text = SourceText(utf8: decoded)
      let segmenter = PlainTextSegmenter(bytes: decoded, layout: options.layout)
      let paragraphs = ParagraphBuilder(text: text).paragraphs(segmenter.pieces())
      return Document(
        path: path, format: .text, layout: segmenter.layout, text: text, paragraphs: paragraphs,
        metadata: PlainMetadata.from(text: text, paragraphs: paragraphs), sourceSHA256: text.sha256,
        sourceByteCount: bytes.count, decodeReport: report)
    case .markdown:
      let text = SourceText(utf8: decoded)
      let scan = MarkdownScanner(bytes: decoded).scan()
      let paragraphs = ParagraphBuilder(text: text, guessesTitle: false).paragraphs(scan.pieces)
      var metadata = PlainMetadata.from(text: text, paragraphs: paragraphs)
      metadata.merge(scan.frontMatter)
      return Document(
        path: path, format: .markdown, layout: nil, text: text, paragraphs: paragraphs, metadata: metadata,
        sourceSHA256: text.sha256, sourceByteCount: bytes.count, decodeReport: report)
    case .html:
      let extraction = HTMLExtractor.extract(decoded)
      let sourceHash = SourceText.digest(decoded)
      return Document(
        path: path, format: .html, layout: nil, text: extraction.text, paragraphs: extraction.paragraphs,
        metadata: extraction.metadata, sourceSHA256: sourceHash, sourceByteCount: bytes.count,
        decodeReport: report)
    }
  }
}

extension DocumentMetadata {
  /// Fills fields that are still empty from another source of metadata.
  mutating func merge(_ other: DocumentMetadata) {
    title = other.title ?? title
    byline = other.byline ?? byline
    date = other.date ?? date
    siteName = siteName ?? other.siteName
    canonicalURL = canonicalURL ?? other.canonicalURL
    language = language ?? other.language
    excerpt = excerpt ?? other.excerpt
  }
}
