import SaysoCore

/// The annotations of the open document and the workspace's codebook, as last committed, plus what
/// the screen must say about saving. Changes reach this state only after the store committed them
/// (`AppState.absorb`), so what is shown as saved is on disk.
public struct AnnotationState: Sendable {
  /// The document's id in the workspace; nil until a workspace is open (one is made on the first
  /// annotation).
  public var documentID: Int64?
  public var coder: String
  public var items: [Annotation] = []
  public var codes: [Code] = []
  public var save: SaveStatus = .saved
  /// Changes the store could not write yet: kept in memory and retried, never dropped.
  public var unsaved: [Change] = []
  /// The last annotation command, for `.` to repeat on another target.
  public var lastRepeatable: Repeatable?
  /// Annotations of earlier versions that found no place in this text.
  public var orphans = 0
  /// Speakers the researcher named anywhere in the workspace, offered by the speaker picker.
  public var knownSpeakers: [String] = []
  /// Saved views of the workspace: name → query.
  public var views: [String: String] = [:]

  public init(coder: String, documentID: Int64? = nil) {
    self.coder = coder
    self.documentID = documentID
  }

  /// Code names by id, for messages and labels.
  public var codeNames: [Int64: String] { Dictionary(uniqueKeysWithValues: codes.map { ($0.id, $0.name) }) }

  /// Annotations on a target: the same quote, or the same span for paragraphs and spans.
  public func on(_ target: AnnotationTarget) -> [Annotation] {
    items.filter { target.matches($0) }
  }

  /// Per paragraph, the indices into `items` of the annotations on it, for drawing: rebuilt with
  /// `reindex` whenever `items` changes, so that a screen costs the same with 10 or 10,000 annotations.
  public private(set) var byParagraph: [Int: [Int]] = [:]

  public mutating func reindex(paragraphs: [Paragraph]) {
    byParagraph = [:]
    for (index, annotation) in items.enumerated() where !annotation.isOrphan {
      guard let covered = paragraphs.indices(covering: annotation.anchor.range) else { break }
      for p in covered { byParagraph[p, default: []].append(index) }
    }
  }

  /// Annotations on paragraph `index` that touch scalar range `range` (a line of it).
  public func touching(paragraph index: Int, _ range: Range<Int>) -> [Annotation] {
    (byParagraph[index] ?? []).map { items[$0] }.filter {
      $0.anchor.start < max(range.upperBound, range.lowerBound + 1) && $0.anchor.end > range.lowerBound
    }
  }
}

public enum SaveStatus: Equatable, Sendable {
  case saved
  case saving
  case failed(String)
}

/// What `.` repeats: the same code, review or speaker on whatever is the target now.
public enum Repeatable: Equatable, Sendable {
  case code(Int64)
  case review(QuoteReview)
  case speaker(String)
}

/// What the researcher is annotating: a quote, a paragraph or a selected span.
public struct AnnotationTarget: Equatable, Sendable {
  public var kind: TargetKind
  public var quoteID: Int?
  public var range: Range<Int>

  func matches(_ annotation: Annotation) -> Bool {
    guard annotation.targetKind == kind else { return false }
    if kind == .quote { return annotation.quoteID == quoteID }
    return annotation.anchor.range == range
  }
}
