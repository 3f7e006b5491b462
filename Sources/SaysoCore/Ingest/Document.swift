import Foundation

/// The input formats Sayso reads.
public enum SourceFormat: String, Sendable, Codable, CaseIterable {
  case text, markdown, html
}

/// What a document says about itself: from HTML meta tags and JSON-LD, Markdown front matter, or its first lines.
public struct DocumentMetadata: Sendable, Equatable, Codable {
  public var title: String?
  public var byline: String?
  /// As found (ISO 8601 when the source gives it so).
  public var date: String?
  public var siteName: String?
  public var canonicalURL: String?
  public var language: String?
  public var excerpt: String?

  public init(
    title: String? = nil, byline: String? = nil, date: String? = nil, siteName: String? = nil,
    canonicalURL: String? = nil, language: String? = nil, excerpt: String? = nil
  ) {
    self.title = title
    self.byline = byline
    self.date = date
    self.siteName = siteName
    self.canonicalURL = canonicalURL
    self.language = language
    self.excerpt = excerpt
  }
}

extension DocumentMetadata {
  /// As the workspace keeps it: JSON, `{}` should encoding fail.
  public var json: String {
    String(decoding: (try? JSONEncoder().encode(self)) ?? Data("{}".utf8), as: UTF8.self)
  }
}

/// A source read into Sayso: its normalised text, paragraphs and metadata.
///
/// For text and Markdown the text is the decoded file; for HTML it is the extracted article text
/// (paragraphs separated by a blank line), and `sourceSHA256` identifies the page itself.
public struct Document: Sendable, Equatable {
  public var path: String?
  public var format: SourceFormat
  /// The plain-text paragraph layout used (detected or forced); nil for Markdown and HTML.
  public var layout: PlainTextLayout?
  public var text: SourceText
  public var paragraphs: [Paragraph]
  public var metadata: DocumentMetadata
  /// SHA-256 of the decoded source file; equals `text.sha256` unless the text was extracted from HTML.
  public var sourceSHA256: String
  /// Size of the file as read, in bytes.
  public var sourceByteCount: Int
  public var decodeReport: DecodeReport

  public init(
    path: String?, format: SourceFormat, layout: PlainTextLayout?, text: SourceText, paragraphs: [Paragraph],
    metadata: DocumentMetadata, sourceSHA256: String, sourceByteCount: Int, decodeReport: DecodeReport
  ) {
    self.path = path
    self.format = format
    self.layout = layout
    self.text = text
    self.paragraphs = paragraphs
    self.metadata = metadata
    self.sourceSHA256 = sourceSHA256
    self.sourceByteCount = sourceByteCount
    self.decodeReport = decodeReport
  }

  /// No text at all: what the reader holds before a corpus document is opened.
  public static let empty = Document(
    path: nil, format: .text, layout: nil, text: SourceText(""), paragraphs: [], metadata: DocumentMetadata(),
    sourceSHA256: SourceText("").sha256, sourceByteCount: 0, decodeReport: DecodeReport())

  /// The exact text of a paragraph (line breaks kept, offsets faithful).
  public func text(of paragraph: Paragraph) -> String { text.substring(paragraph.range) }

  /// The paragraph on one line: soft line breaks and their indentation become single spaces.
  public func flowText(of paragraph: Paragraph) -> String {
    let bytes = text.byteRange(paragraph.range)
    return text.utf8.withUnsafeBufferPointer {
      ParagraphText.flowed(UnsafeBufferPointer(rebasing: $0[bytes]), layout: paragraph.layout)
    }
  }

  /// What decoding changed or found, worded for people. `notable` ones are worth a line on stderr
  /// even when the user asked only for paragraphs (lost bytes, an empty file).
  public var warnings: [DocumentWarning] {
    var out: [DocumentWarning] = []
    let report = decodeReport
    if report.invalidSequencesReplaced > 0 {
      out.append(
        DocumentWarning(
          "\(report.invalidSequencesReplaced) invalid UTF-8 sequence(s) replaced with U+FFFD"
            + " (if the file is Latin-1 or Windows-1252, convert it with iconv first)", notable: true))
    }
    if report.lineEndingsNormalised > 0 {
      out.append(
        DocumentWarning(
          "\(report.lineEndingsNormalised) line ending(s) normalised to LF"
            + " (CRLF: \(report.crlfNormalised), CR: \(report.crNormalised))", notable: false))
    }
    if report.convertedFromUTF16 {
      out.append(DocumentWarning("converted from UTF-16 to UTF-8", notable: false))
    }
    if report.byteOrderMarkRemoved && !report.convertedFromUTF16 {
      out.append(DocumentWarning("byte order mark removed", notable: false))
    }
    if sourceByteCount == 0 {
      out.append(DocumentWarning("the file is empty", notable: true))
    } else if paragraphs.isEmpty {
      out.append(
        DocumentWarning(
          "no paragraphs found (only white space, or no article text in the page)", notable: true))
    }
    return out
  }
}

/// A remark about a document that the user should see.
public struct DocumentWarning: Sendable, Equatable {
  public var message: String
  public var notable: Bool

  public init(_ message: String, notable: Bool) {
    self.message = message
    self.notable = notable
  }
}
