import Foundation

/// The attributor's paragraphs, decoded and tokenized. For a long document this is done on a second
/// thread a few dozen paragraphs ahead of the attributor (tokenizing is a third of the work on a novel and
/// needs nothing the attributor learns), with at most `window` chunks waiting, so that memory stays that of
/// a few paragraphs. For a short one, or when documents are already analysed side by side, inline.
final class TokenSupply {
  private let document: Document
  private let vocabulary: DocumentVocabulary
  private let ahead: OrderedWork<[TokenizedWindow]>?
  private var chunk: [TokenizedWindow] = []
  private var chunkStart = 0
  /// Chunks the attributor is done with, freed on the second thread (freeing a paragraph's tokens is
  /// work too).
  private let spent = SpentChunks()

  /// Paragraphs per unit of work: enough that handing results between threads costs nothing.
  static let chunkSize = 32

  init(document: Document, vocabulary: DocumentVocabulary, ahead: Bool) {
    self.document = document
    self.vocabulary = vocabulary
    guard ahead else {
      self.ahead = nil
      return
    }
    let paragraphs = document.paragraphs
    let chunks = (paragraphs.count + TokenSupply.chunkSize - 1) / TokenSupply.chunkSize
    let spent = spent
    self.ahead = OrderedWork(count: chunks, threads: 1, window: 4) { k in
      spent.drop()
      let range = (k * TokenSupply.chunkSize)..<min(paragraphs.count, (k + 1) * TokenSupply.chunkSize)
      return range.map { TokenSupply.tokenize(paragraphs[$0], in: document, vocabulary: vocabulary) }
    }
  }

  deinit { ahead?.cancel() }

  /// The tokens of paragraph `index`. The attributor asks for every paragraph once, in order; any other
  /// order would only cost tokenizing inline.
  func next(_ index: Int) -> TokenizedWindow {
    if let ahead, index == chunkStart + chunk.count, index % TokenSupply.chunkSize == 0 {
      spent.keep(chunk)
      chunk = ahead.next() ?? []
      chunkStart = index
    }
    let offset = index - chunkStart
    guard ahead != nil, offset >= 0, offset < chunk.count else {
      return TokenSupply.tokenize(document.paragraphs[index], in: document, vocabulary: vocabulary)
    }
    return chunk[offset]
  }

  static func tokenize(
    _ paragraph: Paragraph, in document: Document, vocabulary: DocumentVocabulary
  ) -> TokenizedWindow {
    TokenizedWindow(TextWindow(text: document.text, range: paragraph.range), vocabulary: vocabulary)
  }
}

/// Spent chunks of tokens on their way from the attributor's thread to the tokenizing one.
private final class SpentChunks: @unchecked Sendable {
  private let lock = NSLock()
  private var chunks: [[TokenizedWindow]] = []

  func keep(_ chunk: [TokenizedWindow]) {
    guard !chunk.isEmpty else { return }
    lock.lock()
    chunks.append(chunk)
    lock.unlock()
  }

  /// Frees what was kept, on the calling thread.
  func drop() {
    lock.lock()
    let dropped = chunks
    chunks = []
    lock.unlock()
    _ = dropped
  }
}
