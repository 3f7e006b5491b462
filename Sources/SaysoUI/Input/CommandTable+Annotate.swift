/// The annotation commands' help and default keys. In the reader digits are counts (`5j`), so the
/// code keys `1`–`9` work where no count is read: in the quote details, in a selection and while
/// reviewing; `t` (the codebook picker) works everywhere. A config may bind `code-1` … in normal mode.
extension CommandTable {
  static let codeCommands: [Command] = [
    .code1, .code2, .code3, .code4, .code5, .code6, .code7, .code8, .code9,
  ]

  static let annotateSpecs: [CommandSpec] =
    [
      spec(
        .codePicker, "Annotate", "Codebook: apply a code to the target, or make a new one", normal: ["t"],
        detail: ["t"], other: [.visual: ["t"]])
    ]
    + codeCommands.enumerated().map { index, command in
      spec(
        command, "Annotate", "Apply (or remove) code \(index + 1) of the codebook", detail: ["\(index + 1)"],
        other: [.visual: ["\(index + 1)"]])
    }
    + [
      spec(
        .note, "Annotate", "Write a note on the target (Ctrl-S saves)", normal: ["c"], detail: ["c"],
        other: [.visual: ["c"]]),
      spec(
        .noteInEditor, "Annotate", "Write the note in $EDITOR", normal: ["C"], detail: ["C"],
        other: [.visual: ["C"]]),
      spec(.accept, "Annotate", "Confirm the quote's speaker", normal: ["a"], detail: ["a"]),
      spec(
        .reassign, "Annotate",
        "Give the quote to another speaker (or a new one); on a selection, make it a quote",
        normal: ["r"], detail: ["r"], other: [.visual: ["r"]]),
      spec(
        .renameSpeaker, "Annotate", "Rename the quote's speaker on all their quotes", normal: ["S"],
        detail: ["S"]),
      spec(
        .mergeSpeaker, "Annotate", "Merge the quote's speaker into another: all their quotes move",
        normal: ["M"],
        detail: ["M"]),
      spec(.notAQuote, "Annotate", "Mark the quote as not a quote", normal: ["x"], detail: ["x"]),
      spec(
        .undo, "Annotate", "Undo the last annotation change (also after a restart)", normal: ["u"],
        detail: ["u"]),
      spec(.redo, "Annotate", "Redo what was undone", normal: ["Ctrl-r"], detail: ["Ctrl-r"]),
      spec(
        .repeatLast, "Annotate", "Repeat the last code, confirmation or speaker on this target", normal: ["."]
      ),
      spec(.review, "Annotate", "Review quotes not yet confirmed, least sure first (:review)", normal: ["R"]),
      spec(.select, "Selection", "Select a span from the cursor (then move its end)", normal: ["v"]),
      spec(.selectCharForward, "Selection", "Extend by a character", other: [.visual: ["l", "Right"]]),
      spec(.selectCharBackward, "Selection", "Shrink by a character", other: [.visual: ["h", "Left"]]),
      spec(.selectWordForward, "Selection", "Extend to the next word", other: [.visual: ["w"]]),
      spec(.selectWordBackward, "Selection", "Back a word", other: [.visual: ["b"]]),
      spec(.selectSentenceForward, "Selection", "Extend to the end of the sentence", other: [.visual: [")"]]),
      spec(.selectSentenceBackward, "Selection", "Back to the sentence start", other: [.visual: ["("]]),
      spec(
        .selectParagraphForward, "Selection", "Extend to the end of the paragraph", other: [.visual: ["}"]]),
      spec(.selectParagraphBackward, "Selection", "Back to the paragraph start", other: [.visual: ["{"]]),
      spec(.swapEnds, "Selection", "Move the other end instead", other: [.visual: ["o"]]),
      spec(.pickNext, "Pickers and notes", "Next choice", other: [.picker: ["Down", "Ctrl-n", "Tab"]]),
      spec(
        .pickPrevious, "Pickers and notes", "Previous choice",
        other: [.picker: ["Up", "Ctrl-p", "Shift-Tab"]]),
      spec(.saveNote, "Pickers and notes", "Save the note", other: [.note: ["Ctrl-s"]]),
      spec(.newLine, "Pickers and notes", "A new line in the note", other: [.note: ["Enter"]]),
      spec(
        .deleteForward, "Pickers and notes", "Delete the character after the cursor",
        other: [.note: ["Delete"]]),
      spec(.cursorLeft, "Pickers and notes", "Cursor left", other: [.note: ["Left"]]),
      spec(.cursorRight, "Pickers and notes", "Cursor right", other: [.note: ["Right"]]),
      spec(.cursorUp, "Pickers and notes", "Cursor up a line", other: [.note: ["Up"]]),
      spec(.cursorDown, "Pickers and notes", "Cursor down a line", other: [.note: ["Down"]]),
      spec(.lineStart, "Pickers and notes", "Start of the line", other: [.note: ["Home", "Ctrl-a"]]),
      spec(.lineEnd, "Pickers and notes", "End of the line", other: [.note: ["End", "Ctrl-e"]]),
      spec(.yes, "Pickers and notes", "Yes", other: [.confirm: ["y", "Enter"]]),
      spec(.no, "Pickers and notes", "No", other: [.confirm: ["n", "Esc"]]),
    ]
}
