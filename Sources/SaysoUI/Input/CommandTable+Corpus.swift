extension CommandTable {
  /// Keys of corpus mode (`sayso DIR`): the document list, the corpus speakers, stepping through
  /// documents, and the keys of the lists themselves.
  static let corpusSpecs: [CommandSpec] = [
    spec(
      .documents, "Corpus", "The corpus's documents (sort, filter, Enter opens one)", normal: ["D"],
      other: [.list: ["D"]]),
    spec(
      .corpusSpeakers, "Corpus", "Who speaks across the corpus: speakers with their share of the quotes",
      normal: ["W"], other: [.list: ["W", "S"]]),
    spec(.nextDocument, "Corpus", "Next document of the list", normal: ["]d"]),
    spec(.previousDocument, "Corpus", "Previous document of the list", normal: ["[d"]),
    spec(
      .openItem, "Corpus",
      "Open the row: a document, a speaker's quotes, the quote or paragraph in its document",
      other: [.list: ["Enter", "l", "Right"]]),
    spec(
      .sortNext, "Corpus", "Sort documents by the next column (path, title, date, outlet…)",
      other: [.list: ["o"]]),
    spec(.sortReverse, "Corpus", "Reverse the order of the documents", other: [.list: ["O"]]),
    spec(.filterList, "Corpus", "Narrow the list to rows containing a text", other: [.list: ["/"]]),
    spec(.markItem, "Corpus", "Mark a speaker to merge (again unmarks)", other: [.list: ["m"]]),
    spec(
      .mergeMarked, "Corpus", "Merge the marked speakers into the one under the cursor", other: [.list: ["M"]]
    ),
    spec(.splitSpeaker, "Corpus", "Split off the speakers merged into this one", other: [.list: ["X"]]),
  ]
}
