import Foundation
import SaysoCore

/// The corpus around the document being read (`sayso DIR`): its documents, the indexing under way,
/// and the list on screen (documents, speakers, a speaker's quotes, search results).
public struct CorpusState: Sendable {
  public var folder: String
  /// Every document present, in path order, as the index has them.
  public var documents: [CorpusDocumentSummary]
  /// Files read so far and to read, while indexing runs in the background.
  public var indexing: (done: Int, total: Int)?
  /// The document open in the reader (nil before the first is opened).
  public var openDocumentID: Int64?
  public var sort = DocumentSort.path
  public var sortDescending = false
  /// Titles and outlets folded for sorting, made once each (folding ten thousand titles at every
  /// refresh of the list took tens of milliseconds).
  let keys = SortKeys()
  private let rowsMemo = DocumentRowsMemo()

  /// The document list's rows in list order, built again only when the documents or the order changed
  /// (going back to the list from the speakers does not rebuild ten thousand rows).
  public func documentRows() -> [CorpusListRow] {
    rowsMemo.rows(for: documents, sort: sort, descending: sortDescending) {
      CorpusListRows.documents(orderedDocuments())
    }
  }
  /// The list on screen in `.list` mode.
  public var list: CorpusList?
  /// The list that was on screen before the current one (Esc on a speaker's quotes goes back to the
  /// speakers, not to the reader).
  public var previousList: CorpusList?

  public init(folder: String, documents: [CorpusDocumentSummary] = []) {
    self.folder = folder
    self.documents = documents
  }

  /// The documents in list order, as sorted (a `/` filter narrows what the list shows, not this):
  /// `]d` and `[d` step through this order.
  public func orderedDocuments() -> [CorpusDocumentSummary] {
    // Each document's key is made once (ten thousand titles lowered once, not at every comparison).
    var sorted: [CorpusDocumentSummary]
    switch sort {
    case .path: sorted = sortDescending ? documents.reversed() : documents
    case .title: sorted = Self.sorted(documents, descending: sortDescending) { keys.key($0.displayTitle) }
    case .date:
      sorted = Self.sorted(documents, descending: sortDescending) {
        $0.date.flatMap { $0.isEmpty ? nil : $0 }
      }
    case .outlet:
      sorted = Self.sorted(documents, descending: sortDescending) {
        $0.outlet.flatMap { $0.isEmpty ? nil : keys.key($0) }
      }
    case .quotes: sorted = Self.sorted(documents, descending: sortDescending) { $0.quotes }
    case .annotations: sorted = Self.sorted(documents, descending: sortDescending) { $0.annotations }
    }
    return sorted
  }

  /// Stable sort by a key computed once per document (ties keep path order); documents without the
  /// key (no date, no outlet) go last whichever the direction.
  private static func sorted<Key: Comparable>(
    _ documents: [CorpusDocumentSummary], descending: Bool, by key: (CorpusDocumentSummary) -> Key?
  ) -> [CorpusDocumentSummary] {
    let keyed = documents.enumerated().map { (key: key($0.element), index: $0.offset) }
    let present = keyed.compactMap { item in item.key.map { (key: $0, index: item.index) } }
      .sorted { $0.key != $1.key ? ($0.key < $1.key) != descending : $0.index < $1.index }
    let missing = keyed.filter { $0.key == nil }.map(\.index)
    return (present.map(\.index) + missing).map { documents[$0] }
  }
}

/// What the document list is sorted by (`o` cycles, `O` reverses).
public enum DocumentSort: String, CaseIterable, Sendable {
  case path, title, date, outlet, quotes, annotations
}

/// A list of the corpus shown full screen: its rows, what each opens, the cursor and a filter typed
/// with `/` that narrows the rows.
public struct CorpusList: Sendable {
  public enum Kind: Sendable, Equatable {
    case documents
    case speakers
    /// Every quote by one corpus speaker.
    case quotes(speaker: String)
    /// Paragraphs matching a full-text search.
    case search(query: String)
  }

  public var kind: Kind
  /// Set once: another list is a new value.
  public let rows: [CorpusListRow]
  public var cursor = 0
  public var top = 0
  public var filter = ""
  /// Rows marked with `m` (speaker ids, for a merge).
  public var marked: Set<Int64> = []
  /// For a speaker's quotes: how many quotes the rows are parts of (a quote over several paragraphs
  /// has a row per paragraph).
  public var quoteCount: Int?

  public init(kind: Kind, rows: [CorpusListRow]) {
    self.kind = kind
    self.rows = rows
  }

  /// The rows that matched the filter last, so that drawing and moving (which ask several times a
  /// key) filter ten thousand rows once per filter typed.
  private let matches = FilterMemo()

  /// Rows passing the filter (case ignored).
  public var visible: [CorpusListRow] {
    guard !filter.isEmpty else { return rows }
    return matches.rows(for: filter) { needle in
      rows.filter { $0.cells.joined(separator: " ").lowercased().containsText(needle) }
    }
  }

  public var current: CorpusListRow? {
    let rows = visible
    return cursor < rows.count ? rows[cursor] : nil
  }
}

/// One row of a corpus list: its cells (drawn in columns) and what Enter opens.
public struct CorpusListRow: Sendable, Equatable {
  public enum Target: Sendable, Equatable {
    case document(Int64)
    case speaker(Int64, name: String)
    /// A place in a document: a paragraph, and the offset of a quote in it when there is one.
    case place(documentID: Int64, paragraph: Int, offset: Int?)
  }

  public var cells: [String]
  public var target: Target
  /// A 0…1 bar drawn after the cells (share of voice), when the list has one.
  public var share: Double?

  public init(cells: [String], target: Target, share: Double? = nil) {
    self.cells = cells
    self.target = target
    self.share = share
  }
}

/// Names sort as a reader expects: "Árvore" with the a's, "bbc" with "BBC". A memo shared by copies
/// of the state: dropping it changes nothing but speed.
final class SortKeys: @unchecked Sendable {
  private var folded: [String: String] = [:]
  private let lock = NSLock()

  func key(_ text: String) -> String {
    lock.lock()
    defer { lock.unlock() }
    if let known = folded[text] { return known }
    let key = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    folded[text] = key
    return key
  }
}

/// The last document rows built, with what they were built from.
final class DocumentRowsMemo: @unchecked Sendable {
  private var key: (documents: [CorpusDocumentSummary], sort: DocumentSort, descending: Bool)?
  private var built: [CorpusListRow] = []
  private let lock = NSLock()

  func rows(
    for documents: [CorpusDocumentSummary], sort: DocumentSort, descending: Bool, make: () -> [CorpusListRow]
  ) -> [CorpusListRow] {
    lock.lock()
    defer { lock.unlock() }
    if let key, key.sort == sort, key.descending == descending, key.documents == documents { return built }
    built = make()
    key = (documents, sort, descending)
    return built
  }
}

/// A list's filtered rows for the filter typed last.
final class FilterMemo: @unchecked Sendable {
  private var filter: String?
  private var matched: [CorpusListRow] = []
  private let lock = NSLock()

  func rows(for filter: String, make: (String) -> [CorpusListRow]) -> [CorpusListRow] {
    lock.lock()
    defer { lock.unlock() }
    if filter != self.filter {
      matched = make(filter.lowercased())
      self.filter = filter
    }
    return matched
  }
}
