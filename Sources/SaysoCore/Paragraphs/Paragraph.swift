/// What a paragraph is in the document's structure; drawn differently and filtered on by researchers.
public enum ParagraphKind: String, Sendable, Codable, CaseIterable, Hashable {
  case title, byline, dateline, credit, citation, heading, body, blockquote
  case listItem = "list-item"
  case caption, omission, separator

  /// Kinds that hold the document's own prose, where quotes are statements by people.
  public var isProse: Bool {
    switch self {
    case .body, .blockquote, .listItem, .caption: return true
    default: return false
    }
  }
}

/// How the line breaks inside a paragraph are meant.
public enum ParagraphLayout: String, Sendable, Codable, Hashable {
  /// Line breaks are soft (hard-wrapped prose): join lines with a space, drop leading indentation.
  case flow
  /// Like `flow`, and continuation lines may start with Markdown `>` markers that are not text.
  case flowQuoted
  /// Line breaks are meaningful (verse, code, addresses): keep them.
  case verbatim
}

/// One paragraph: a half-open range of scalar offsets into the document text, with its kind.
///
/// The range never includes surrounding blank lines, indentation or list markers, so that
/// `text[range]` is exactly the paragraph's words.
public struct Paragraph: Sendable, Hashable, Codable {
  public var index: Int
  public var range: Range<Int>
  public var kind: ParagraphKind
  public var layout: ParagraphLayout
  /// Heading level (1-6) or nesting depth of list items and block quotes (1 = top level); 0 otherwise.
  public var level: Int

  public init(
    index: Int, range: Range<Int>, kind: ParagraphKind, layout: ParagraphLayout = .flow, level: Int = 0
  ) {
    self.index = index
    self.range = range
    self.kind = kind
    self.layout = layout
    self.level = level
  }

  public var start: Int { range.lowerBound }
  public var end: Int { range.upperBound }
}
