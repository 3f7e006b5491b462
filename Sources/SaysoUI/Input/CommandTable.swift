/// The one table of commands: names, help, default keys. Help, hints and the default config file are
/// generated from it, so they cannot drift apart from what the keys do.
public enum CommandTable {
  public static let groups = [
    "Move", "Quotes", "Search", "Marks", "Panes", "Corpus", "Annotate", "Selection", "General", "Editing",
    "Pickers and notes",
  ]

  /// Keys that move through a scrollable screen (the reader, help, the detail popup).
  static let scrolling: [Command: [String]] = [
    .lineDown: ["j", "Down"], .lineUp: ["k", "Up"], .halfPageDown: ["Ctrl-d"], .halfPageUp: ["Ctrl-u"],
    .pageDown: ["Space", "PgDn", "Ctrl-f"], .pageUp: ["b", "PgUp", "Ctrl-b"], .top: ["g", "Home"],
    .bottom: ["G", "End"],
  ]

  /// Commands that wait for the quote analysis.
  static let needsQuotes: Set<Command> = [
    .nextQuote, .previousQuote, .nextSameSpeaker, .previousSameSpeaker, .quoteDetail, .toggleIndirect,
  ]

  public static let specs: [CommandSpec] = readingSpecs + corpusSpecs + annotateSpecs

  static let readingSpecs: [CommandSpec] = [
    spec(.lineDown, "Move", "Scroll down a line (a count scrolls more: 5j)", normal: ["j", "Down"]),
    spec(.lineUp, "Move", "Scroll up a line", normal: ["k", "Up"]),
    spec(.paragraphDown, "Move", "Next paragraph", normal: ["J", "}"]),
    spec(.paragraphUp, "Move", "Previous paragraph", normal: ["K", "{"]),
    spec(.halfPageDown, "Move", "Half a page down", normal: ["Ctrl-d"]),
    spec(.halfPageUp, "Move", "Half a page up", normal: ["Ctrl-u"]),
    spec(.pageDown, "Move", "A page down", normal: ["Space", "PgDn", "Ctrl-f"]),
    spec(.pageUp, "Move", "A page up", normal: ["b", "PgUp", "Ctrl-b"]),
    spec(.top, "Move", "Start of the document (a count goes to that paragraph: 12g)", normal: ["g", "Home"]),
    spec(.bottom, "Move", "End of the document (a count goes to that paragraph: 12G)", normal: ["G", "End"]),
    spec(.nextQuote, "Quotes", "Next quote", normal: ["]q", "Tab"], detail: ["]q", "Tab", "n"]),
    spec(
      .previousQuote, "Quotes", "Previous quote", normal: ["[q", "Shift-Tab"],
      detail: ["[q", "Shift-Tab", "p"]),
    spec(.nextSameSpeaker, "Quotes", "Next quote by the same speaker", normal: ["]s"], detail: ["]s"]),
    spec(
      .previousSameSpeaker, "Quotes", "Previous quote by the same speaker", normal: ["[s"], detail: ["[s"]),
    spec(.quoteDetail, "Quotes", "Why this speaker? The quote's details", normal: ["Enter"]),
    spec(.toggleIndirect, "Quotes", "Show or hide reported speech (no quote marks)", normal: ["i"]),
    spec(.search, "Search", "Search forward", normal: ["/"]),
    spec(.searchNext, "Search", "Next match", normal: ["n"]),
    spec(.searchPrevious, "Search", "Previous match", normal: ["N"]),
    spec(.clearSearch, "Search", "Clear the search highlights", normal: ["Ctrl-l"]),
    spec(
      .filter, "Search",
      "Filter: only what matches a query (speaker:NAME kind:partial code:PATH…); empty clears",
      normal: ["&"]),
    spec(.toggleContext, "Search", "Dim or hide the paragraphs a filter leaves out", normal: ["z"]),
    spec(
      .filterSpeaker, "Search",
      "Filter to the current quote's speaker (again on another: either; again: off)",
      normal: ["f"], detail: ["f"]),
    spec(.setMark, "Marks", "Set mark a–z here (m then a letter)", normal: ["m"]),
    spec(.jumpToMark, "Marks", "Go to mark a–z (' then a letter)", normal: ["'"]),
    spec(.toggleSpeakers, "Panes", "Show or hide the speakers", normal: ["s"]),
    spec(.toggleQuotes, "Panes", "Show or hide the quote list", normal: ["l"]),
    spec(.help, "Panes", "This help", normal: ["?", "F1"], other: [.list: ["?", "F1"]]),
    spec(
      .commandLine, "General", "Command line (:42 goes to paragraph 42, :search WORDS, :q quits)",
      normal: [":"],
      other: [.list: [":"]]),
    spec(
      .close, "General", "Close the popup or help; clear a pending count", normal: ["Esc"],
      help: ["Esc", "q", "?"], detail: ["Esc", "Enter", "q"],
      other: [.visual: ["Esc", "v"], .list: ["Esc"]]),
    spec(
      .quit, "General", "Quit Sayso (in a corpus list: back to the document, or quit)", normal: ["q"],
      other: [.list: ["q"]]),
    spec(
      .submit, "Editing", "Run the search or command; pick the highlighted choice", search: ["Enter"],
      command: ["Enter"], other: [.picker: ["Enter"], .filter: ["Enter"]]),
    spec(
      .cancel, "Editing", "Leave the line, picker or note without running or saving it", search: ["Esc"],
      command: ["Esc"], other: [.picker: ["Esc"], .note: ["Esc"], .filter: ["Esc"]]),
    spec(
      .deleteBack, "Editing", "Delete the character before the cursor", search: ["Backspace"],
      command: ["Backspace"], other: [.picker: ["Backspace"], .note: ["Backspace"], .filter: ["Backspace"]]),
    spec(
      .clearLine, "Editing", "Clear the line", search: ["Ctrl-u"], command: ["Ctrl-u"],
      other: [.filter: ["Ctrl-u"]]),
    spec(
      .historyPrevious, "Editing", "Earlier entry from the history", search: ["Up"], command: ["Up"],
      other: [.filter: ["Up"]]),
    spec(
      .historyNext, "Editing", "Later entry from the history", search: ["Down"], command: ["Down"],
      other: [.filter: ["Down"]]),
    spec(
      .complete, "Editing", "Complete a speaker or code name", other: [.filter: ["Tab"], .command: ["Tab"]]),
  ]

  static func spec(
    _ command: Command, _ group: String, _ summary: String, normal: [String] = [], help: [String] = [],
    detail: [String] = [], search: [String] = [], command line: [String] = [], other: [Mode: [String]] = [:]
  ) -> CommandSpec {
    var keys: [Mode: [String]] = [:]
    if !normal.isEmpty { keys[.normal] = normal }
    // Help and the detail popup scroll with the reader's keys.
    if let scroll = scrolling[command] {
      keys[.help] = scroll
      keys[.list] = scroll
      if command == .lineDown || command == .lineUp { keys[.detail] = scroll }
    }
    if !help.isEmpty { keys[.help] = help }
    if !detail.isEmpty { keys[.detail] = detail }
    if !search.isEmpty { keys[.search] = search }
    if !line.isEmpty { keys[.command] = line }
    for (mode, names) in other { keys[mode] = names }
    return CommandSpec(command: command, group: group, summary: summary, keys: keys)
  }

  public static func spec(_ command: Command) -> CommandSpec? { specs.first { $0.command == command } }
}
