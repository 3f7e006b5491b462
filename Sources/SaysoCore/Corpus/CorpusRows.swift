/// What the corpus index answers with: plain values, whatever store they came from.

/// A document of the corpus as its list shows it.
public struct CorpusDocumentSummary: Sendable, Equatable {
  public var id: Int64
  public var path: String
  public var title: String?
  public var date: String?
  public var outlet: String?
  public var quotes: Int
  /// Annotations on it (codes, notes, corrections), orphans left out.
  public var annotations: Int

  public init(
    id: Int64, path: String, title: String?, date: String?, outlet: String?, quotes: Int, annotations: Int
  ) {
    self.id = id
    self.path = path
    self.title = title
    self.date = date
    self.outlet = outlet
    self.quotes = quotes
    self.annotations = annotations
  }

  /// The title, or the file name when the document has none.
  public var displayTitle: String {
    if let title, !title.isEmpty { return title }
    return String(path.split(separator: "/").last ?? Substring(path))
  }
}

/// One speaker across the corpus (with the speakers merged into it).
public struct CorpusSpeakerSummary: Sendable, Equatable {
  public var id: Int64
  public var name: String
  public var kind: SpeakerKind
  public var quotes: Int
  public var documents: Int
  /// Names of the corpus speakers merged into this one by hand.
  public var merged: [String]

  public init(id: Int64, name: String, kind: SpeakerKind, quotes: Int, documents: Int, merged: [String] = [])
  {
    self.id = id
    self.name = name
    self.kind = kind
    self.quotes = quotes
    self.documents = documents
    self.merged = merged
  }
}

/// A quote part found through the corpus index, with the document it is in.
public struct CorpusQuote: Sendable, Equatable {
  public var documentID: Int64
  public var path: String
  public var title: String?
  public var record: QuoteRecord

  public init(documentID: Int64, path: String, title: String?, record: QuoteRecord) {
    self.documentID = documentID
    self.path = path
    self.title = title
    self.record = record
  }
}

/// A paragraph that matches a full-text search, best first.
public struct SearchHit: Sendable, Equatable {
  public var documentID: Int64
  public var path: String
  public var title: String?
  public var paragraph: Int
  /// The paragraph's text (for a snippet).
  public var text: String
  /// bm25 relevance: lower is better, as SQLite gives it.
  public var score: Double

  public init(documentID: Int64, path: String, title: String?, paragraph: Int, text: String, score: Double) {
    self.documentID = documentID
    self.path = path
    self.title = title
    self.paragraph = paragraph
    self.text = text
    self.score = score
  }
}
