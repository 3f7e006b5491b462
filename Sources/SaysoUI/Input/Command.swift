/// Everything a user can ask of the explorer, by name. Keys map to commands; the help screen and the
/// hint bar are generated from `CommandTable`.
public enum Command: String, CaseIterable, Hashable, Sendable {
  // Move
  case lineDown = "line-down"
  case lineUp = "line-up"
  case paragraphDown = "paragraph-down"
  case paragraphUp = "paragraph-up"
  case halfPageDown = "half-page-down"
  case halfPageUp = "half-page-up"
  case pageDown = "page-down"
  case pageUp = "page-up"
  case top = "top"
  case bottom = "bottom"
  // Quotes
  case nextQuote = "next-quote"
  case previousQuote = "previous-quote"
  case nextSameSpeaker = "next-same-speaker"
  case previousSameSpeaker = "previous-same-speaker"
  case quoteDetail = "quote-detail"
  case toggleIndirect = "toggle-indirect"
  // Search
  case search = "search"
  case searchNext = "search-next"
  case searchPrevious = "search-previous"
  case clearSearch = "clear-search"
  case filter = "filter"
  case toggleContext = "toggle-context"
  case filterSpeaker = "filter-speaker"
  // Marks
  case setMark = "set-mark"
  case jumpToMark = "jump-to-mark"
  // Panes
  case toggleSpeakers = "toggle-speakers"
  case toggleQuotes = "toggle-quotes"
  case help = "help"
  // General
  case commandLine = "command-line"
  case close = "close"
  case quit = "quit"
  // Line editing (search and command line)
  case submit = "submit"
  case cancel = "cancel"
  case deleteBack = "delete-back"
  case clearLine = "clear-line"
  case historyPrevious = "history-previous"
  case historyNext = "history-next"
  case complete = "complete"
  // Annotate
  case codePicker = "code-picker"
  case code1 = "code-1"
  case code2 = "code-2"
  case code3 = "code-3"
  case code4 = "code-4"
  case code5 = "code-5"
  case code6 = "code-6"
  case code7 = "code-7"
  case code8 = "code-8"
  case code9 = "code-9"
  case note = "note"
  case noteInEditor = "note-in-editor"
  case accept = "accept"
  case reassign = "reassign"
  case notAQuote = "not-a-quote"
  case renameSpeaker = "rename-speaker"
  case mergeSpeaker = "merge-speaker"
  case undo = "undo"
  case redo = "redo"
  case repeatLast = "repeat"
  case review = "review"
  // Corpus
  case documents = "documents"
  case corpusSpeakers = "corpus-speakers"
  case nextDocument = "next-document"
  case previousDocument = "previous-document"
  case openItem = "open-item"
  case sortNext = "sort-next"
  case sortReverse = "sort-reverse"
  case filterList = "filter-list"
  case markItem = "mark-item"
  case mergeMarked = "merge-marked"
  case splitSpeaker = "split-speaker"
  // Selection
  case select = "select"
  case selectCharForward = "select-char-forward"
  case selectCharBackward = "select-char-backward"
  case selectWordForward = "select-word-forward"
  case selectWordBackward = "select-word-backward"
  case selectSentenceForward = "select-sentence-forward"
  case selectSentenceBackward = "select-sentence-backward"
  case selectParagraphForward = "select-paragraph-forward"
  case selectParagraphBackward = "select-paragraph-backward"
  case swapEnds = "swap-ends"
  // Pickers, the note editor, questions
  case pickNext = "pick-next"
  case pickPrevious = "pick-previous"
  case saveNote = "save-note"
  case newLine = "new-line"
  case deleteForward = "delete-forward"
  case cursorLeft = "cursor-left"
  case cursorRight = "cursor-right"
  case cursorUp = "cursor-up"
  case cursorDown = "cursor-down"
  case lineStart = "line-start"
  case lineEnd = "line-end"
  case yes = "yes"
  case no = "no"

  /// Commands that read one more key as their argument (`ma` sets mark a).
  public var takesArgument: Bool { self == .setMark || self == .jumpToMark }

  /// The code number of `code-1` … `code-9`.
  public var codeNumber: Int? {
    guard rawValue.hasPrefix("code-"), let n = Int(rawValue.dropFirst(5)) else { return nil }
    return n
  }
}

/// The screens keys are read in; each has its own key map.
public enum Mode: String, CaseIterable, Hashable, Sendable {
  case normal
  case help
  case detail
  case search
  case command
  /// The filter prompt (`&`).
  case filter
  /// A span being selected (`v`).
  case visual
  /// The code or speaker picker.
  case picker
  /// The note editor.
  case note
  /// A yes/no question.
  case confirm
  /// A corpus list full screen: documents, speakers, a speaker's quotes, search results.
  case list
}

/// A command's help: its group, what it does, and its default keys per mode.
public struct CommandSpec: Sendable {
  public var command: Command
  public var group: String
  public var summary: String
  public var keys: [Mode: [String]]
}
