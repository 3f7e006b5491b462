@testable import SaysoCore

/// A plain-text document from a string, as `sayso` would read a file with this name.
func document(_ text: String, name: String = "test.txt", layout: PlainTextLayout? = nil) throws -> Document {
  try Ingest.document(bytes: Array(text.utf8), path: name, options: IngestOptions(layout: layout))
}

/// Each paragraph's kind and one-line text.
func outline(_ document: Document) -> [String] {
  document.paragraphs.map { "\($0.kind.rawValue): \(document.flowText(of: $0))" }
}

/// Every paragraph's range must cut exactly its text out of the document text.
func rangesAreFaithful(_ document: Document) -> Bool {
  let scalars = Array(document.text.string.unicodeScalars)
  return document.paragraphs.allSatisfy { paragraph in
    guard paragraph.end <= scalars.count, paragraph.start <= paragraph.end else { return false }
    var slice = String.UnicodeScalarView()
    slice.append(contentsOf: scalars[paragraph.start..<paragraph.end])
    return String(slice) == document.text(of: paragraph)
  }
}
