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
    guard split else { return (QuoteScanner(document: document).scan(), DocumentVocabulary(document.text)) }
    let vocabulary = ResultBox<DocumentVocabulary>()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      vocabulary.value = DocumentVocabulary(document.text)
      done.signal()
    }
    let scanned = QuoteScanner(document: document).scan()
    done.wait()
    return (scanned, vocabulary.value ?? DocumentVocabulary(document.text))
  }
}

/// A value one thread writes and another reads after a semaphore says it is written.
private final class ResultBox<Value>: @unchecked Sendable {
  var value: Value?
}
