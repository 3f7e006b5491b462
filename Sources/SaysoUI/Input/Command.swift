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

  /// Commands that read one more key as their argument (`ma` sets mark a).
  public var takesArgument: Bool { self == .setMark || self == .jumpToMark }
}

/// The screens keys are read in; each has its own key map.
public enum Mode: String, CaseIterable, Hashable, Sendable {
  case normal
  case help
  case detail
  case search
  case command
}

/// A command's help: its group, what it does, and its default keys per mode.
public struct CommandSpec: Sendable {
  public var command: Command
  public var group: String
  public var summary: String
  public var keys: [Mode: [String]]
}
