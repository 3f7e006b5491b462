/// The families of quote marks that pair with each other.
enum QuoteFamily: Sendable {
  /// “ ” „ " and the wire-copy `''`.
  case double
  /// ‘ ’ ‚ ' (outer quotes in British style, inner quotes elsewhere).
  case single
  /// « » ‹ ›.
  case guillemet
}

/// A quote-mark character and whether its surroundings let it open or close a quote.
struct QuoteMark: Sendable {
  var index: Int
  var length: Int
  var family: QuoteFamily
  var scalar: Unicode.Scalar
  var canOpen: Bool
  var canClose: Bool
}

/// Finds quote marks in a paragraph and tells apostrophes (don’t, the Guardian’s, ’90s, rock ’n’ roll) apart.
enum QuoteMarkFinder {
  static func marks(in window: TextWindow) -> [QuoteMark] {
    var marks: [QuoteMark] = []
    // (Room for a few pairs at once: grown from empty, the array was reallocated two or three times in
    // each paragraph with quotes.)
    marks.reserveCapacity(8)
    let s = window.scalars
    var i = 0
    while i < s.count {
      // Nearly every scalar is none of the twelve marks: said by one or two comparisons for ASCII,
      // before the switch compares it with each; runs of such scalars are skipped through a buffer
      // pointer, without an index check per scalar.
      i = s.withUnsafeBufferPointer { buffer in
        var j = i
        while j < buffer.count {
          let value = buffer[j].value
          if value < 0x80 ? value == 0x22 || value == 0x27 : isQuoteScalar(buffer[j]) { break }
          j += 1
        }
        return j
      }
      guard i < s.count else { break }
      let c = s[i]
      switch c {
      case "\"":
        marks.append(straight(window, i, length: 1, family: .double))
      case "'":
        if window[i + 1] == "'" {
          marks.append(straight(window, i, length: 2, family: .double))
          i += 2
          continue
        }
        if let mark = singleMark(window, i) { marks.append(mark) }
      case "“":
        marks.append(
          QuoteMark(index: i, length: 1, family: .double, scalar: c, canOpen: true, canClose: false))
      case "”":
        marks.append(
          QuoteMark(
            index: i, length: 1, family: .double, scalar: c,
            canOpen: opensHere(window, i) && !closesHere(window, i, 1), canClose: true))
      case "„":
        marks.append(
          QuoteMark(index: i, length: 1, family: .double, scalar: c, canOpen: true, canClose: false))
      case "«", "‹":
        marks.append(
          QuoteMark(
            index: i, length: 1, family: .guillemet, scalar: c, canOpen: true,
            canClose: closesHere(window, i, 1) && !opensHere(window, i)))
      case "»", "›":
        marks.append(
          QuoteMark(
            index: i, length: 1, family: .guillemet, scalar: c,
            canOpen: opensHere(window, i) && !closesHere(window, i, 1), canClose: true))
      case "‘", "’", "‚":
        if let mark = singleMark(window, i) { marks.append(mark) }
      default:
        break
      }
      i += 1
    }
    return marks
  }

  /// A straight mark opens after white space or an opening bracket and before text; it closes after text
  /// and before white space or punctuation. Between two letters it could be either.
  private static func straight(_ window: TextWindow, _ i: Int, length: Int, family: QuoteFamily) -> QuoteMark
  {
    let open = opensHere(window, i)
    let close = closesHere(window, i, length)
    return QuoteMark(
      index: i, length: length, family: family, scalar: window.scalars[i],
      canOpen: open || !close, canClose: close || !open)
  }

  /// Single marks, unless they are apostrophes: inside a word, an elision ('90s, 'em, 'n'), or a plural
  /// possessive that no opening mark is waiting for (decided when pairing).
  private static func singleMark(_ window: TextWindow, _ i: Int) -> QuoteMark? {
    let c = window.scalars[i]
    let before = window[i - 1]
    let after = window[i + 1]
    if let before, let after, before.isLetterOrDigit && after.isLetter { return nil }  // don't, Guardian's
    if isElision(window, i) { return nil }
    let open = (c == "‘" || c == "‚" || c == "'") && opensHere(window, i)
    let close = (c == "’" || c == "'") && closesHere(window, i, 1)
    guard open || close else { return nil }
    return QuoteMark(index: i, length: 1, family: .single, scalar: c, canOpen: open, canClose: close)
  }

  /// ’90s, ’em, ’tis, rock ’n’ roll: a mark that stands for missing letters, not a quotation.
  private static func isElision(_ window: TextWindow, _ i: Int) -> Bool {
    guard let after = window[i + 1] else { return false }
    if after.isDigit { return true }
    let before = window[i - 1]
    guard before == nil || before?.isWhiteSpace == true || before == "(" else {
      return false
    }
    var word = ""
    var j = i + 1
    while let next = window[j], next.isLetter, word.count < 6 {
      word.unicodeScalars.append(next)
      j += 1
    }
    let lowered = word.lowercased()
    guard ["em", "tis", "twas", "til", "cause", "bout", "n", "neath", "ere"].contains(lowered) else {
      return false
    }
    // "'n'" closes itself; the others end at a word boundary.
    let end = window[j]
    return end == nil || !(end?.isLetter ?? false)
  }

  /// After the start, white space, an opening bracket, a dash or another quote mark, and before text.
  static func opensHere(_ window: TextWindow, _ i: Int) -> Bool {
    guard let after = window[i + 1], !after.isWhiteSpace else { return false }
    guard let before = window[i - 1] else { return true }
    return before.isWhiteSpace || "([{—–-/".unicodeScalars.contains(before)
      || isQuoteScalar(before)
  }

  /// After text and before the end, white space, punctuation or another quote mark.
  static func closesHere(_ window: TextWindow, _ i: Int, _ length: Int) -> Bool {
    guard let before = window[i - 1], !before.isWhiteSpace else { return false }
    guard let after = window[i + length] else { return true }
    return after.isWhiteSpace || ".,;:!?)]}—–-/…".unicodeScalars.contains(after)
      || isQuoteScalar(after)
  }

  static func isQuoteScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "'", "“", "”", "„", "‘", "’", "‚", "«", "»", "‹", "›": return true
    default: return false
    }
  }
}
