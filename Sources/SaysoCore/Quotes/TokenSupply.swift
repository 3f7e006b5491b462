import Foundation

/// The attributor's paragraphs, decoded and tokenized. For a long document this is done on a second
/// thread a few dozen paragraphs ahead of the attributor (tokenizing is a third of the work on a novel and
/// needs nothing the attributor learns), with at most `window` chunks waiting, so that memory stays that of
/// a few paragraphs. For a short one, or when documents are already analysed side by side, inline.
///
/// The second thread also finds the cues of the quotes (which depend on the paragraph's words alone) of
/// every other chunk, to even out the work of the two threads: before, the attributor's thread executed
/// about a third more instructions than the tokenizing one on a novel. Every other chunk timed faster
/// side by side than a third or two thirds of the chunks; three quarters could not be told apart.
final class TokenSupply {
  /// A paragraph's tokens, with the cue of each of its quotes when found ahead.
  struct Prepared: Sendable {
    let tokens: TokenizedWindow
    let cues: [FoundCue?]?
  }

  private let document: Document
  private let vocabulary: DocumentVocabulary
  /// The scanner's windows of a short document's quoted paragraphs, reused instead of decoded again.
  private let scanned: [Int: QuoteScanner.ParagraphQuotes]
  private let ahead: OrderedWork<[Prepared]>?
  private var chunk: [Prepared] = []
  private var chunkStart = 0
  /// Chunks the attributor is done with, freed on the second thread (freeing a paragraph's tokens is
  /// work too).
  private let spent = SpentChunks()

  /// Paragraphs per unit of work: enough that handing results between threads costs nothing.
  static let chunkSize = 32

  init(
    document: Document, vocabulary: DocumentVocabulary, scanned: [Int: QuoteScanner.ParagraphQuotes],
    ahead: Bool
  ) {
    self.document = document
    self.vocabulary = vocabulary
    self.scanned = scanned
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
      return range.map { index in
        let tokens = TokenSupply.tokenize(paragraphs[index], in: document, vocabulary: vocabulary)
        let quotes = scanned[index]?.quotes ?? []
        guard TokenSupply.findsCues(chunk: k), !quotes.isEmpty else {
          return Prepared(tokens: tokens, cues: nil)
        }
        let finder = CueFinder(tokens: tokens)
        let spans = Attributor.spans(of: quotes)
        let cues = quotes.indices.map {
          finder.cue(for: Attributor.quoteTokens(tokens: tokens, quotes: quotes, spans: spans, k: $0))
        }
        return Prepared(tokens: tokens, cues: cues)
      }
    }
  }

  deinit { ahead?.cancel() }

  /// Whether the second thread finds the cues of chunk `k` (see above).
  private static func findsCues(chunk k: Int) -> Bool { k % 2 == 0 }

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
      if let window = scanned[index]?.window { return TokenizedWindow(window, vocabulary: vocabulary) }
      return TokenSupply.tokenize(document.paragraphs[index], in: document, vocabulary: vocabulary)
    }
    return chunk[offset].tokens
  }

  /// The cues of paragraph `index`'s quotes when the second thread found them (right after `next` for
  /// that paragraph); nil when they are to be found now.
  func cues(_ index: Int) -> [FoundCue?]? {
    let offset = index - chunkStart
    guard ahead != nil, offset >= 0, offset < chunk.count else { return nil }
    return chunk[offset].cues
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
  private var chunks: [[TokenSupply.Prepared]] = []

  func keep(_ chunk: [TokenSupply.Prepared]) {
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
