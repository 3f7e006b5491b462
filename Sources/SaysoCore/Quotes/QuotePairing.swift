/// A quoted span as found by pairing marks, before it has a kind or a speaker.
struct RawQuote: Sendable, Equatable {
  var paragraph: Int
  /// Window-relative range of the quoted words, marks excluded.
  var content: Range<Int>
  var family: QuoteFamily
  var openMark: Int?
  /// The opening character ("“", "\"", "«"): a multi-paragraph quote repeats the same one.
  var openScalar: Unicode.Scalar?
  var closeMark: Range<Int>?
  /// Left open at the end of its paragraph because the next paragraph opens again (multi-paragraph quote).
  var continuesToNext = false
  /// Started in an earlier paragraph (this paragraph opened with a repeated mark or none at all).
  var continuesPrevious = false

  var closed: Bool { closeMark != nil }
}

/// Pairs the quote marks of one paragraph. Pairing is per paragraph, so one unbalanced mark never shifts
/// the pairing of later paragraphs; inside a paragraph an unbalanced opener ends where the next opener
/// starts, or at the end of the paragraph.
struct QuotePairing {
  let window: TextWindow
  let paragraph: Int

  func pairs() -> [RawQuote] {
    let marks = QuoteMarkFinder.marks(in: window)
    guard !marks.isEmpty else { return [] }
    // Most paragraphs hold double marks only: those are paired as found, without the copies, the
    // nesting test and the sort that mixed families need (each an allocation, per quoted paragraph).
    let doublesOnly = marks.allSatisfy { $0.family == .double }
    var quotes = pair(doublesOnly ? marks : marks.filter { $0.family == .double }, family: .double)
    if !doublesOnly {
      quotes += pair(marks.filter { $0.family == .guillemet }, family: .guillemet)
      quotes += pairSingles(singlesOutside(quotes, marks: marks))
    }
    // An attribute value in markup left in the text (author="…") is not a quotation.
    quotes.removeAll { quote in
      guard let open = quote.openMark, open > 0 else { return false }
      return window.scalars[open - 1] == "="
    }
    let inOrder = zip(quotes, quotes.dropFirst()).allSatisfy { $0.content.lowerBound < $1.content.lowerBound }
    return inOrder ? quotes : quotes.sorted { $0.content.lowerBound < $1.content.lowerBound }
  }

  /// The single marks outside the double-quoted and guillemet spans: single marks inside one are nested
  /// quotes there, paired by the span's own reading.
  private func singlesOutside(_ quotes: [RawQuote], marks: [QuoteMark]) -> [QuoteMark] {
    let outer = quotes.map {
      ($0.openMark ?? $0.content.lowerBound)..<($0.closeMark?.upperBound ?? $0.content.upperBound)
    }.sorted { $0.lowerBound < $1.lowerBound }
    // Marks and spans are both in order: one cursor walks the spans.
    var span = 0
    var reach = Int.min
    return marks.filter { mark in
      guard mark.family == .single else { return false }
      while span < outer.count && outer[span].lowerBound <= mark.index {
        reach = max(reach, outer[span].upperBound)
        span += 1
      }
      return mark.index >= reach
    }
  }

  private func pair(_ marks: [QuoteMark], family: QuoteFamily) -> [RawQuote] {
    var quotes: [RawQuote] = []
    let firstQuoteScalar = window.scalars.firstIndex(where: QuoteMarkFinder.isQuoteScalar) ?? window.count
    var open: QuoteMark?
    for mark in marks {
      if let opener = open {
        // “ closes only a German „; otherwise a second opener means the first was never closed.
        let closes = mark.canClose || (mark.scalar == "“" && opener.scalar == "„")
        if closes {
          quotes.append(quote(opener, closeAt: mark))
          open = nil
        } else {
          quotes.append(quote(opener, endingAt: mark.index))
          open = mark
        }
      } else if mark.canOpen {
        open = mark
      } else if mark.canClose && quotes.isEmpty && mark.index <= firstQuoteScalar {
        // A closing mark with no opener before it: the end of a quote begun in an earlier paragraph.
        var continued = RawQuote(
          paragraph: paragraph, content: 0..<mark.index, family: family, openMark: nil,
          closeMark: mark.index..<(mark.index + mark.length))
        continued.continuesPrevious = true
        quotes.append(continued)
      }
    }
    if let opener = open { quotes.append(quote(opener, endingAt: window.count)) }
    quotes.removeAll { window.trimmed($0.content).isEmpty }
    return quotes
  }

  /// Single marks pair only when an opener finds a closer soon after; a lone one is an apostrophe.
  private func pairSingles(_ marks: [QuoteMark]) -> [RawQuote] {
    var quotes: [RawQuote] = []
    var open: QuoteMark?
    for mark in marks {
      if let opener = open, mark.canClose, mark.index - opener.index <= 600 {
        quotes.append(quote(opener, closeAt: mark))
        open = nil
      } else if mark.canOpen && open == nil {
        open = mark
      } else if mark.canOpen, let opener = open, mark.index - opener.index > 600 {
        open = mark
      }
    }
    quotes.removeAll { window.trimmed($0.content).isEmpty }
    return quotes
  }

  private func quote(_ opener: QuoteMark, closeAt closer: QuoteMark) -> RawQuote {
    RawQuote(
      paragraph: paragraph, content: (opener.index + opener.length)..<closer.index, family: opener.family,
      openMark: opener.index, openScalar: opener.scalar,
      closeMark: closer.index..<(closer.index + closer.length))
  }

  /// An opener never closed: the quote runs to `end` (the next opener or the end of the paragraph).
  private func quote(_ opener: QuoteMark, endingAt end: Int) -> RawQuote {
    RawQuote(
      paragraph: paragraph, content: (opener.index + opener.length)..<max(opener.index + opener.length, end),
      family: opener.family, openMark: opener.index, openScalar: opener.scalar, closeMark: nil)
  }
}
