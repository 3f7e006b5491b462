import SaysoCore

extension AppState {
  /// `v`: a selection of one character at the start of the current quote, or of the cursor's paragraph.
  mutating func startSelection() {
    guard cursor < model.paragraphCount else { return }
    let start: Int
    if let quote, quote.paragraph == cursor || isInView(quote) {
      start = quote.range.lowerBound
      cursor = quote.paragraph
    } else {
      start = model.document.paragraphs[cursor].start
    }
    selection = Selection(anchor: start, head: start)
    modeStack.append(.visual)
    message = StatusMessage("Select: w b ( ) { } h l move the end, o the other end; t, 1–9 or c to annotate")
  }

  /// After an annotation on the selection: it is done.
  mutating func endSelection() {
    selection = nil
    if mode == .visual { modeStack.removeLast() }
  }

  /// Moves the selection's moving end by a character, word, sentence or paragraph.
  mutating func extendSelection(_ command: Command) {
    guard var selection else { return }
    let paragraphIndex = self.paragraphIndex(containing: selection.head)
    let paragraph = model.document.paragraphs[paragraphIndex]
    let scalars = Array(model.document.text.substring(paragraph.range).unicodeScalars)
    let base = paragraph.start
    var i = min(max(0, selection.head - base), max(0, scalars.count - 1))
    let last = scalars.count - 1
    func isWord(_ k: Int) -> Bool {
      k >= 0 && k <= last && (scalars[k].properties.isAlphabetic || ("0"..."9").contains(scalars[k]))
    }
    func endsSentence(_ k: Int) -> Bool {
      k >= 0 && k <= last && [".", "!", "?"].contains(scalars[k])
        && (k == last || scalars[k + 1] == " " || scalars[k + 1] == "\n")
    }
    switch command {
    case .selectCharForward: i += 1
    case .selectCharBackward: i -= 1
    case .selectWordForward:
      i += 1
      while i <= last && !isWord(i) { i += 1 }
      while i < last && isWord(i + 1) { i += 1 }
    case .selectWordBackward:
      i -= 1
      while i > 0 && !isWord(i) { i -= 1 }
      while i > 0 && isWord(i - 1) { i -= 1 }
    case .selectSentenceForward:
      i += 1
      while i < last && !endsSentence(i) { i += 1 }
    case .selectSentenceBackward:
      i -= 1
      while i > 0 && !endsSentence(i - 1) && !(i >= 2 && endsSentence(i - 2) && scalars[i - 1] == " ") {
        i -= 1
      }
    case .selectParagraphForward:
      if i >= last, paragraphIndex + 1 < model.paragraphCount {
        selection.head = model.document.paragraphs[paragraphIndex + 1].range.upperBound - 1
        return finish(selection)
      }
      i = last
    case .selectParagraphBackward:
      if i <= 0, paragraphIndex > 0 {
        selection.head = model.document.paragraphs[paragraphIndex - 1].start
        return finish(selection)
      }
      i = 0
    default: return
    }
    if i > last, paragraphIndex + 1 < model.paragraphCount {
      selection.head = model.document.paragraphs[paragraphIndex + 1].start
    } else if i < 0, paragraphIndex > 0 {
      selection.head = model.document.paragraphs[paragraphIndex - 1].range.upperBound - 1
    } else {
      selection.head = base + min(max(0, i), max(0, last))
    }
    finish(selection)
  }

  private mutating func finish(_ selection: Selection) {
    self.selection = selection
    let paragraph = paragraphIndex(containing: selection.head)
    ensureVisible(offset: selection.head, paragraph: paragraph)
    let text = model.document.text.substring(selection.range).flattened
    message = StatusMessage(
      "Selected \(selection.range.count) characters: “\(text.count > 40 ? String(text.prefix(40)) + "…" : text)”"
    )
  }

  /// `:review` or `R`: the quotes not yet confirmed or corrected, least sure first.
  mutating func startReview() {
    let queue = model.quotes
      .filter {
        $0.kind.isStatement && !model.confirmed.contains($0.id) && $0.attribution?.rule != .researcher
      }
      .sorted { ($0.attribution?.confidence ?? -1, $0.id) < ($1.attribution?.confidence ?? -1, $1.id) }
      .map(\.id)
    guard !queue.isEmpty else {
      message = StatusMessage("Every quote is reviewed")
      return
    }
    reviewQueue = queue
    goToReviewed(queue[0])
  }

  /// After a verdict on quote `id` while reviewing: the next quote of the queue.
  mutating func advanceReview(after id: Int?) {
    guard var queue = reviewQueue else { return }
    queue.removeAll { $0 == id }
    reviewQueue = queue.isEmpty ? nil : queue
    if let next = queue.first {
      goToReviewed(next)
    } else {
      message = StatusMessage("Review done: every quote has a verdict")
    }
  }

  private mutating func goToReviewed(_ id: Int) {
    guard let index = model.quotes.firstIndex(where: { $0.id == id }) else { return }
    select(quote: index)
    message = StatusMessage(
      "Review: a confirms · r reassigns · x not a quote · ]q skips — \(reviewQueue?.count ?? 0) left")
  }
}
