/// The shape of a short paragraph: its words and what they look like (a date, a byline, a heading...).
struct LineShape {
  let text: String
  let words: [Substring]
  let lastScalar: Unicode.Scalar?
  let firstScalar: Unicode.Scalar?

  init(_ text: String) {
    self.text = text
    self.words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
    self.lastScalar = text.unicodeScalars.last
    self.firstScalar = text.unicodeScalars.first
  }

  private static let ellipsisCharacters: Set<Character> = [".", "…", " ", "[", "]", "(", ")"]
  private static let separatorCharacters: Set<Character> = [
    "*", "-", "_", "=", "~", "#", "•", "·", "◆", "◇", "○", "●", "⁂", "❦", "✻", "✽", " ", "—", "–",
  ]

  /// Outside the header zone, a long paragraph can only be a caption ("Photo: ...") or a citation (a quoted
  /// headline): a cheap test that lets the classifier skip the rest for ordinary prose.
  static func mayBeLongNonProse(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    if openingQuotes.contains(first) { return true }
    let lead = text.utf8.prefix(12).map { $0 | 0x20 }
    return lead.starts(with: Array("photo".utf8)) || lead.starts(with: Array("image".utf8))
      || lead.starts(with: Array("picture".utf8)) || lead.starts(with: Array("caption".utf8))
      || lead.starts(with: Array("illustration".utf8)) || lead.starts(with: Array("source".utf8))
  }

  /// "..." or "[…]" alone: the writer left text out.
  var isOmission: Bool {
    guard text.utf8.count <= 24 else { return false }
    let dots = text.filter { $0 == "." }.count
    let ellipses = text.filter { $0 == "…" }.count
    return (dots >= 3 || ellipses >= 1) && text.allSatisfy { LineShape.ellipsisCharacters.contains($0) }
  }

  /// "* * *", "----", "⁂": a scene or section break.
  var isSeparator: Bool {
    text.utf8.count <= 60 && !text.isEmpty && text.allSatisfy { LineShape.separatorCharacters.contains($0) }
      && (text.filter { $0 != " " }.count >= 3 || text == "⁂" || text == "❦" || text == "*")
  }

  /// Ends without sentence punctuation or a closing quote mark, as headings and headlines do.
  var endsOpen: Bool {
    guard let last = lastScalar else { return false }
    return last.properties.isAlphabetic || ("0"..."9").contains(last) || last == ")"
  }

  var letters: some Sequence<Unicode.Scalar> {
    text.unicodeScalars.lazy.filter { $0.properties.isAlphabetic }
  }

  var isAllCaps: Bool {
    var count = 0
    for scalar in letters {
      if scalar.properties.isLowercase { return false }
      count += 1
    }
    return count >= 2
  }

  var startsCapitalised: Bool {
    guard let first = firstScalar else { return false }
    return first.properties.isUppercase || ("0"..."9").contains(first)
      || LineShape.openingQuotes.contains(first)
  }

  static let openingQuotes: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "«", "„", "‚", "‹"]
  static let closingQuotes: Set<Unicode.Scalar> = ["\"", "”", "’", "'", "»", "“", "‘", "›"]

  /// "CHAPTER IV", "Book the First", "Part 2", "VOLUME I", a Roman numeral alone.
  var isChapterHeading: Bool {
    guard words.count <= 40, let first = words.first else { return false }
    let lead = first.lowercased().trimmingAny(of: ".:")
    let markers: Set<String> = [
      "chapter", "book", "part", "volume", "section", "act", "scene", "prologue", "epilogue", "canto",
      "stave",
    ]
    if markers.contains(lead) && startsCapitalised {
      if words.count == 1 { return lead == "prologue" || lead == "epilogue" }
      // "CHAPTER XXIX. HAS AN INTRODUCTORY ACCOUNT OF …": a numbered chapter with its title, however long.
      let number = words[1].trimmingAny(of: ".:,").uppercased()
      let numbered =
        LineShape.isRomanNumeral(number) || number.allSatisfy(\.isNumber)
        || LineShape.numberWords.contains(number.lowercased())
      return words.count <= 6 || (numbered && (isAllCaps || !text.hasSuffix(".") || words.count <= 12))
    }
    return words.count == 1 && LineShape.isRomanNumeral(lead.uppercased()) && first.first?.isUppercase == true
  }

  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "first",
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "the",
  ]

  static func isRomanNumeral(_ word: String) -> Bool {
    !word.isEmpty && word.count <= 8 && word.allSatisfy { "IVXLC".contains($0) }
  }

  /// A headline: short, one line, capitalised, and either open-ended, in title case, or followed by
  /// much longer prose (`followedByLonger`), as sentence-case headlines ending in a full stop are.
  func looksLikeTitle(followedByLonger: Bool) -> Bool {
    guard looksLikeTitle || (followedByLonger && words.count <= 25) else { return false }
    return words.count <= 30 && text.unicodeScalars.count <= 250 && startsCapitalised
      && !text.utf8.contains(0x0A)
      && !isDialogue
  }

  var looksLikeTitle: Bool {
    words.count >= 1 && words.count <= 30 && text.unicodeScalars.count <= 250 && startsCapitalised
      && !text.utf8.contains(0x0A)
      && (endsOpen || isTitleCase || ((lastScalar == "?" || lastScalar == "!") && words.count <= 16))
      && !isDialogue
  }

  /// Headline style: most words of four letters or more start with a capital.
  var isTitleCase: Bool {
    let long = words.filter { $0.count >= 4 && $0.first?.isLetter == true }
    guard long.count >= 2 else { return false }
    return long.filter { $0.first?.isUppercase == true }.count * 10 >= long.count * 7
  }

  /// A line that opens with a quote mark and closes one after punctuation (“Yes,” said he): speech.
  var isDialogue: Bool {
    guard let first = firstScalar, LineShape.openingQuotes.contains(first) else { return false }
    let scalars = Array(text.unicodeScalars)
    if let last = scalars.last, LineShape.closingQuotes.contains(last), scalars.count > 2,
      ",.!?…—-".unicodeScalars.contains(scalars[scalars.count - 2])
    {
      return true
    }
    return zip(scalars, scalars.dropFirst()).dropFirst().contains { pair in
      ",.!?…".unicodeScalars.contains(pair.0) && LineShape.closingQuotes.contains(pair.1)
    }
  }

  /// A known header field written as "Label: value" (Project Gutenberg and press-release headers).
  var fieldLabel: String? {
    guard let first = words.first, first.hasSuffix(":"), words.count >= 2, words.count <= 16 else {
      return nil
    }
    let label = String(first.dropLast()).lowercased()
    let known = LineShape.titleLabels.union(LineShape.bylineLabels).union(LineShape.dateLabels)
    return known.contains(label) ? label : nil
  }

  static let titleLabels: Set<String> = ["title", "headline"]
  static let bylineLabels: Set<String> = ["author", "authors", "by", "byline", "writer", "reporter"]
  static let dateLabels: Set<String> = ["date", "published", "updated", "posted"]

  /// "By Jane Doe", "Written by ...", "by Jane Austen", "Author: Jane Doe".
  var isByline: Bool {
    if let label = fieldLabel { return LineShape.bylineLabels.contains(label) }
    guard words.count >= 2, words.count <= 14 else { return false }
    let lowered = words.prefix(3).map { $0.lowercased() }
    let leads: [[String]] = [
      ["by"], ["written", "by"], ["story", "by"], ["words", "by"], ["reporting", "by"], ["von"],
    ]
    for lead in leads where lowered.starts(with: lead) {
      let next = words[lead.count]
      return next.first?.isUppercase == true
    }
    return false
  }

  /// A date alone, perhaps with "Published"/"Updated" and a time: "August 15, 2025", "2024-03-01 10:00 GMT".
  var isDate: Bool {
    guard !words.isEmpty, words.count <= 10 else { return false }
    var dateEvidence = false
    for word in words {
      let token = word.trimmingAny(of: ",.|·:()").lowercased()
      if token.isEmpty || LineShape.dateFillers.contains(token) { continue }
      if LineShape.months.contains(token)
        || LineShape.months.contains(String(token.prefix(3))) && token.count <= 4
      {
        dateEvidence = true
        continue
      }
      if LineShape.weekdays.contains(token) || LineShape.weekdays.contains(String(token.prefix(3))) {
        continue
      }
      if LineShape.isNumericDate(token) {
        dateEvidence = dateEvidence || token.count >= 4 || token.contains("/") || token.contains("-")
        continue
      }
      if token.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." }) { continue }
      if ["am", "pm", "a.m", "p.m"].contains(token) || LineShape.zones.contains(token) { continue }
      return false
    }
    return dateEvidence
  }

  private static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
  ]
  private static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
    "fri", "sat", "sun",
  ]
  private static let dateFillers: Set<String> = [
    "published", "updated", "posted", "last", "on", "at", "modified", "first", "date", "-", "–", "—", "of",
    "the",
  ]
  private static let zones: Set<String> = [
    "gmt", "utc", "bst", "est", "edt", "pst", "pdt", "cet", "cest", "et", "pt",
  ]

  static func isNumericDate(_ token: String) -> Bool {
    let core = token.replacingOccurrences(of: "st", with: "").replacingOccurrences(of: "nd", with: "")
      .replacingOccurrences(of: "rd", with: "").replacingOccurrences(of: "th", with: "")
    guard !core.isEmpty, core.first?.isNumber == true else { return false }
    return core.allSatisfy {
      $0.isNumber || $0 == "/" || $0 == "-" || $0 == "." || $0 == "t" || $0 == ":" || $0 == "z" || $0 == "+"
    }
  }
}
