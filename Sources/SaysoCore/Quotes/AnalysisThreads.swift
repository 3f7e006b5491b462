import Foundation

/// How the analysis of one long document uses a second core: the two whole-document passes that come
/// first (finding quote marks, collecting the vocabulary) run side by side, then the paragraphs are
/// tokenized on the second thread ahead of the attributor (`TokenSupply`). The attributor itself reads in
/// order, one paragraph after another, and stays on one thread; the result is the same either way.
enum AnalysisThreads {
  /// Below this a second thread costs more to start than it saves (a news article is 5 KB).
  static let minimumBytes = 128 * 1024

  static func worthSplitting(_ document: Document) -> Bool {
    document.text.byteCount >= minimumBytes && ProcessInfo.processInfo.activeProcessorCount > 1
  }

  /// The quotes found per paragraph and the document's vocabulary, on two threads when `split`.
  static func scan(
    _ document: Document, split: Bool
  ) -> ([Int: QuoteScanner.ParagraphQuotes], DocumentVocabulary) {
    let scanner = QuoteScanner(
      document: document, keepsWindows: document.text.byteCount < AnalysisThreads.minimumBytes)
    guard split else { return (scanner.scan(), DocumentVocabulary(document.text)) }
    // Collecting the vocabulary costs about half of what scanning for quotes does, byte for byte: the
    // second thread also scans the last quarter of the paragraphs.
    let cut = paragraphIndex(atShare: 0.75, of: document)
    let second = ResultBox<(DocumentVocabulary, [Int: QuoteScanner.ParagraphQuotes])>()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      second.value = (
        DocumentVocabulary(document.text), scanner.scan(paragraphs: cut..<document.paragraphs.count)
      )
      done.signal()
    }
    var scanned = scanner.scan(paragraphs: 0..<cut)
    done.wait()
    guard let (vocabulary, rest) = second.value else {
      return (scanner.scan(), DocumentVocabulary(document.text))
    }
    scanned.merge(rest) { first, _ in first }
    scanner.link(&scanned)
    return (scanned, vocabulary)
  }

  /// The first paragraph that starts past `share` of the document's text (in scalars).
  static func paragraphIndex(atShare share: Double, of document: Document) -> Int {
    let limit = Int(Double(document.text.scalarCount) * share)
    return document.paragraphs.firstIndex { $0.start >= limit } ?? document.paragraphs.count
  }
}

/// A value one thread writes and another reads after a semaphore says it is written.
private final class ResultBox<Value>: @unchecked Sendable {
  var value: Value?
}
