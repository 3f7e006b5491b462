import Foundation

/// One source of a corpus as the index keeps it: the document read from the file, its quotes as
/// records (with the corpus key of each speaker), and what the document list shows about it. Made on
/// any thread; the store writes it.
public struct IndexedDocument: Sendable {
  public var file: CorpusFile
  public var document: Document
  /// The quotes as found, before any correction.
  public var analysis: QuoteAnalysis
  public var quotes: [QuoteRecord]
  /// Per record in `quotes`: the corpus speaker key (nil for unattributed and unnamed sources).
  public var speakerKeys: [String?]
  /// What the store writes, prepared here on the indexing threads so that the single writer only
  /// binds it: each paragraph as the search index takes it, the paragraphs encoded, the metadata as
  /// JSON and the text as one string.
  public var passages: [String]
  public var encodedParagraphs: String
  public var metadataJSON: String
  public var textString: String

  /// Reads, extracts and analyses one file.
  public init(file: CorpusFile, genre: Genre = .auto) throws {
    let document = try Ingest.file(file.path)
    let analysis = QuoteAnalyzer(genre: genre, usesSecondCore: false).analyze(document)
    self.init(file: file, document: document, analysis: analysis)
  }

  public init(file: CorpusFile, document: Document, analysis: QuoteAnalysis) {
    self.file = file
    self.document = document
    self.analysis = analysis
    quotes = QuoteRecord.records(analysis, in: document, kinds: QuoteKind.statements)
    speakerKeys = quotes.map { record in
      guard let name = record.speaker, let kind = record.speakerKind else { return nil }
      return CorpusSpeakerKey.key(name: name, kind: kind)
    }
    passages = document.paragraphs.map { SearchText.indexable(document.text.substring($0.range)) }
    encodedParagraphs = ParagraphCodec.encode(document.paragraphs)
    metadataJSON = document.metadata.json
    textString = document.text.string
  }

  /// The same document with the researcher's corrections (speakers reassigned, quotes taken out or
  /// added) in its quotes, so that the speaker index counts what the researcher decided.
  public func corrected(by annotations: [Annotation]) -> IndexedDocument {
    let corrected = CorrectedAnalysis(analysis, annotations: annotations, paragraphs: document.paragraphs)
    var item = IndexedDocument(file: file, document: document, analysis: corrected.analysis)
    item.analysis = analysis
    return item
  }

  /// Statements counted in the index: one per quote, not per part.
  public var quoteCount: Int { quotes.filter { $0.part == 1 }.count }
}

extension QuoteKind {
  /// What researchers count as statements: direct, partial and block quotes (not titles, scare quotes
  /// or reported speech without quote marks).
  public static let statements: Set<QuoteKind> = [.direct, .partial, .block]
}
