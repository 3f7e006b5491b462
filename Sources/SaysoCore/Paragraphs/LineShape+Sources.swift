extension LineShape {
  private static let creditCues: Set<String> = [
    "photo", "photos", "photograph", "image", "images", "credit", "getty", "reuters", "ap", "afp", "epa",
    "shutterstock", "alamy", "wikicommons", "wikimedia", "commons", "courtesy", "illustration", "pool",
    "file",
    "©", "(c)", "istock", "istockphoto", "handout", "bloomberg",
  ]

  /// "Photo: ...", "Image caption ...": the paragraph describes a picture (a caption) or credits it.
  var captionLabel: Bool {
    guard let first = words.first else { return false }
    let lead = first.lowercased().trimmingAny(of: ":—–-")
    let labels: Set<String> = [
      "photo", "photograph", "image", "picture", "pictured", "caption", "illustration",
    ]
    guard labels.contains(lead) else { return false }
    return first.hasSuffix(":") || (words.count > 1 && [":", "—", "–", "-"].contains(String(words[1])))
      || (lead == "image" && words.count > 1 && words[1].lowercased() == "caption")
  }

  /// A short line naming where a picture came from: "Getty Images", "Alex Brandon/AP", "© Reuters".
  var isCredit: Bool {
    guard words.count <= 6, text.count <= 60, endsOpen || text.hasSuffix(".") == false else { return false }
    if text.hasSuffix(".") || text.hasSuffix("!") || text.hasSuffix("?") { return false }
    return words.contains { word in
      word.lowercased().split(whereSeparator: { "/,;:()".contains($0) }).contains {
        LineShape.creditCues.contains(String($0))
      }
    }
  }

  /// One bare word right under a headline (a credit such as "WikiCommons").
  var isSingleName: Bool {
    words.count == 1 && endsOpen && startsCapitalised && text.count <= 40 && !isAllCaps
  }

  /// A quoted headline followed by where and when it appeared, or "Source: ...".
  var isCitation: Bool {
    if let first = words.first,
      ["source:", "sources:", "via:", "cited:", "reference:"].contains(first.lowercased())
    {
      return words.count <= 20
    }
    let scalars = Array(text.unicodeScalars)
    guard let open = scalars.first, LineShape.openingQuotes.contains(open), scalars.count < 300 else {
      return false
    }
    guard
      let close = scalars.indices.dropFirst().last(where: { LineShape.closingQuotes.contains(scalars[$0]) }),
      close > 1, close < scalars.count - 1
    else { return false }
    let inside = scalars[close - 1]
    if inside == "," || inside == "." { return false }  // "We will win," he said: speech, not a citation
    var tail = String(String.UnicodeScalarView(scalars[(close + 1)...]))
    tail = tail.trimmingAny(of: " ,;—–-(")
    let tailWords = tail.split(separator: " ")
    guard !tailWords.isEmpty, tailWords.count <= 10 else { return false }
    let connectors: Set<String> = ["of", "in", "at", "the", "on", "by", "and", "de", "du", "der"]
    let allSourceLike = tailWords.allSatisfy { word in
      let bare = word.trimmingAny(of: ",.;:()")
      return bare.isEmpty || bare.first?.isUppercase == true || bare.first?.isNumber == true
        || connectors.contains(bare.lowercased())
    }
    return allSourceLike && tail.contains(where: { $0.isNumber })
  }

  /// A short line without closing punctuation in capitals or title case: a section heading.
  var isHeading: Bool {
    if isAllCaps && words.count <= 4 && text.count <= 40 && lastScalar == "." && !text.utf8.contains(0x0A) {
      return true
    }
    guard words.count <= 12, text.unicodeScalars.count <= 90, !text.utf8.contains(0x0A), endsOpen else {
      return false
    }
    if isAllCaps { return true }
    guard words.count <= 10 else { return false }
    let small: Set<String> = [
      "a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "by", "with", "from", "as", "is",
      "vs",
    ]
    let capitalised = words.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }.count
    let minor = words.filter { small.contains($0.lowercased()) }.count
    return startsCapitalised && capitalised + minor == words.count && capitalised * 2 >= words.count
  }
}

extension Substring {
  func trimmingAny(of set: String) -> String {
    var slice = self[...]
    while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}

extension String {
  func trimmingAny(of set: String) -> String { self[...].trimmingAny(of: set) }
}
