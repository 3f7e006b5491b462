import SaysoCore

/// Everything the explorer shows and remembers, so that rendering is a function of it and every key
/// is a change to it (`AppState.reduce`). Only the layout memo is shared by reference.
public struct AppState {
  public var model: ReaderModel
  public let cache = LayoutCache()
  public var keyMap: KeyMap
  public var rows: Int
  public var cols: Int
  /// The first row the reader shows, and the paragraph the cursor is on.
  public var top = ReaderPosition(paragraph: 0, row: 0)
  public var cursor = 0
  /// Index into `model.quotes` of the quote being looked at.
  public var currentQuote: Int?
  public var showSpeakers = false
  public var showQuotes = false
  public var modeStack: [Mode] = []
  public var line = LineEditor()
  public var search: SearchState?
  public var marks: [Character: Mark] = [:]
  public var message: StatusMessage?
  /// First row shown in the help overlay and in the detail popup.
  public var helpTop = 0
  public var detailTop = 0
  public var pending = PendingKeys()
  public var useColor: Bool
  public var shouldQuit = false
  /// True while the quotes are being found in the background (the text is already shown).
  public var analysing = false
  /// What Sayso found, before the researcher's corrections (the model shows it corrected).
  public var foundAnalysis: QuoteAnalysis
  public var annotations: AnnotationState
  /// A span being selected with `v` or by dragging the mouse.
  public var selection: Selection?
  /// Where a mouse button went down in the text, for a drag to select from.
  var dragAnchor: Int?
  /// The code or speaker picker, the note editor, a yes/no question.
  public var picker: PickerState?
  public var editor: NoteEditor?
  public var confirm: ConfirmState?
  /// The query narrowing the reader, if any.
  public var filter: FilterState?
  /// Speakers picked in the speaker pane (their quotes are the filter).
  public var pickedSpeakers: [String] = []
  /// A list shown in the help overlay's place (`:orphans`): a title and its lines.
  public var info: (title: String, lines: [String])?
  /// Quote ids still to review (`:review`), lowest confidence first.
  public var reviewQueue: [Int]?
  /// The target of the note being written, and the code being made, whose application waits for the
  /// store to give it an id.
  var noteTarget: AnnotationTarget?
  var pendingCode: (name: String, target: AnnotationTarget)?
  /// The corpus around the document, in `sayso DIR`; nil when one source is open.
  public var corpus: CorpusState?
  /// Where to go once the quotes of a document opened from a corpus list are known.
  var pendingPlace: CorpusPlace?
  /// What the action being reduced asks the runtime to do.
  var effects: [Effect] = []

  public init(
    model: ReaderModel, rows: Int, cols: Int, keyMap: KeyMap = .defaults, useColor: Bool = true,
    annotations: AnnotationState = AnnotationState(coder: "me")
  ) {
    self.model = model
    self.foundAnalysis = model.analysis
    self.annotations = annotations
    self.rows = rows
    self.cols = cols
    self.keyMap = keyMap
    self.useColor = useColor
  }

  public var mode: Mode { modeStack.last ?? .normal }

  public var screen: ScreenLayout {
    ScreenLayout(rows: rows, cols: cols, speakers: showSpeakers, quotes: showQuotes)
  }

  public var geometry: ReaderGeometry {
    let hidden = filter.flatMap { $0.hideContext && !$0.paragraphs.isEmpty ? $0.paragraphs : nil }
    return ReaderGeometry(model: model, cache: cache, width: screen.readerTextWidth, visible: hidden)
  }

  /// The quote being looked at, if any.
  public var quote: Quote? { currentQuote.flatMap { $0 < model.quotes.count ? model.quotes[$0] : nil } }
}

/// A place to come back to with `'a`.
public struct Mark: Equatable, Sendable {
  public var top: ReaderPosition
  public var cursor: Int
}

/// A line at the bottom of the screen: what happened, or what went wrong.
public struct StatusMessage: Equatable, Sendable {
  public var text: String
  public var isError: Bool

  public init(_ text: String, isError: Bool = false) {
    self.text = text
    self.isError = isError
  }
}

/// A count and the keys of a sequence typed so far (`5`, `]`, `m`).
public struct PendingKeys: Equatable, Sendable {
  public var count: Int?
  public var keys: [Key] = []
  /// A command that waits for its argument key (`m` waits for the mark's letter).
  public var awaitingArgument: Command?

  public var isEmpty: Bool { count == nil && keys.isEmpty && awaitingArgument == nil }

  /// How the pending keys read in the status bar: `5]`.
  public var display: String {
    (count.map(String.init) ?? "") + Key.name(of: keys)
      + (awaitingArgument.map { $0 == .setMark ? "m" : "'" } ?? "")
  }
}
