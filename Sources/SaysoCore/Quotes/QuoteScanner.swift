/// Finds every quoted span in a document, paragraph by paragraph, and joins the parts of quotes that
/// run over several paragraphs (each new paragraph opening with the mark again).
struct QuoteScanner {
  let document: Document
  /// Whether each paragraph's decoded window is kept for the attributor, which then does not decode the
  /// paragraph again: for a short document. A long one's are not kept, so that a novel's worth of scalar
  /// arrays is never alive at once.
  var keepsWindows = false

  /// One entry per paragraph that holds quote marks: its raw quotes (window-relative).
  struct ParagraphQuotes {
    var quotes: [RawQuote]
    /// The paragraph's length in scalars, and how many of them open it as white space.
    var length: Int
    var leadingSpace: Int
    /// The paragraph decoded, when the scanner `keepsWindows`.
    var window: TextWindow?
  }

  func scan() -> [Int: ParagraphQuotes] {
    var found = scan(paragraphs: document.paragraphs.indices)
    link(&found)
    return found
  }

  /// The quotes of some paragraphs, each paragraph on its own: the parts of one document can be scanned
  /// on different threads, then `link`ed once.
  func scan(paragraphs: Range<Int>) -> [Int: ParagraphQuotes] {
    var found: [Int: ParagraphQuotes] = [:]
    for paragraph in document.paragraphs[paragraphs] where mayHoldQuotes(paragraph) {
      let window = TextWindow(text: document.text, range: paragraph.range)
      let quotes = QuotePairing(window: window, paragraph: paragraph.index).pairs()
      guard !quotes.isEmpty else { continue }
      let leadingSpace = window.scalars.firstIndex { !$0.isWhiteSpace } ?? window.count
      found[paragraph.index] = ParagraphQuotes(
        quotes: quotes, length: window.count, leadingSpace: leadingSpace, window: keepsWindows ? window : nil)
    }
    return found
  }

  /// Joins the quotes that run over several paragraphs, once all paragraphs are scanned.
  func link(_ found: inout [Int: ParagraphQuotes]) { linkAcrossParagraphs(&found) }

  /// A byte scan for any quote-mark character before decoding the paragraph.
  private func mayHoldQuotes(_ paragraph: Paragraph) -> Bool {
    let bytes = document.text.byteRange(paragraph.range)
    return document.text.utf8.withUnsafeBufferPointer { buffer in
      var i = bytes.lowerBound
      while i < bytes.upperBound {
        let byte = buffer[i]
        if byte == 0x22 || byte == 0x27 { return true }
        if byte == 0xC2, i + 1 < bytes.upperBound, buffer[i + 1] == 0xAB || buffer[i + 1] == 0xBB {
          return true
        }
        if byte == 0xE2, i + 2 < bytes.upperBound, buffer[i + 1] == 0x80,
          (0x98...0x9E).contains(buffer[i + 2]) || buffer[i + 2] == 0xB9 || buffer[i + 2] == 0xBA
        {
          return true
        }
        i += 1
      }
      return false
    }
  }

  /// An unclosed quote that runs to the end of its paragraph continues when the next paragraph opens with
  /// the same family of mark (or closes one with no opener).
  private func linkAcrossParagraphs(_ found: inout [Int: ParagraphQuotes]) {
    for index in found.keys.sorted() {
      guard let current = found[index], let last = current.quotes.last, !last.closed,
        last.content.upperBound == current.length, var next = found[index + 1],
        let first = next.quotes.first, first.family == last.family,
        first.openScalar == nil || first.openScalar == last.openScalar
      else { continue }
      let opensAtStart =
        first.openMark.map { $0 <= next.leadingSpace } ?? first.continuesPrevious
      guard opensAtStart else { continue }
      found[index]?.quotes[current.quotes.count - 1].continuesToNext = true
      next.quotes[0].continuesPrevious = true
      found[index + 1] = next
    }
  }
}
