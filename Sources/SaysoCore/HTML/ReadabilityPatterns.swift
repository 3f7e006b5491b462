/// The class/id word lists of Mozilla Readability, matched case-insensitively as substrings or whole tokens.
///
/// Hand-written matchers instead of regular expressions: they run on every element of every page.
struct NamePattern: Sendable {
  let substrings: [String]
  let tokens: [String]

  func matches(_ lowered: String) -> Bool {
    if substrings.contains(where: { lowered.containsBytes($0) }) { return true }
    guard !tokens.isEmpty else { return false }
    return lowered.split(separator: " ").contains { token in tokens.contains { $0 == token } }
  }
}

enum ReadabilityPatterns {
  static let unlikelyCandidates = NamePattern(
    substrings: [
      "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus",
      "extra",
      "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox",
      "sidebar",
      "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager",
      "popup",
      "yom-remote",
    ], tokens: [])
  static let maybeCandidate = NamePattern(
    substrings: ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"], tokens: [])
  static let positive = NamePattern(
    substrings: [
      "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post",
      "text",
      "blog", "story",
    ], tokens: [])
  static let negative = NamePattern(
    substrings: [
      "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
      "media",
      "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
      "sponsor",
      "shopping", "tags", "widget",
    ], tokens: ["hid"])
  static let byline = NamePattern(
    substrings: ["byline", "author", "dateline", "writtenby", "p-author"], tokens: [])

  static let unlikelyRoles: Set<String> = [
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
  ]
  static let divToParagraphElements: HTMLTagSet = [
    "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
  ]
  static let alterToDivExceptions: HTMLTagSet = ["div", "article", "section", "p", "ol", "ul"]
  static let tagsToScore: HTMLTagSet = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]
  static let phrasingElements: HTMLTagSet = [
    "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed",
    "i",
    "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q",
    "ruby", "samp", "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var",
    "wbr",
  ]
  static let headings: HTMLTagSet = ["h1", "h2", "h3", "h4", "h5", "h6"]

  /// `(\b|_)(share|sharedaddy)(\b|_)`: "share" as a word of a class or id.
  static func isShareName(_ lowered: String) -> Bool {
    let scalars = Array(lowered.unicodeScalars)
    let word = Array("share".unicodeScalars)
    guard scalars.count >= word.count else { return false }
    func isWordChar(_ s: Unicode.Scalar) -> Bool {
      ("a"..."z").contains(s) || ("0"..."9").contains(s)
    }
    var i = 0
    while i + word.count <= scalars.count {
      if Array(scalars[i..<(i + word.count)]) == word {
        let beforeOK = i == 0 || !isWordChar(scalars[i - 1]) || scalars[i - 1] == "_"
        var end = i + word.count
        if scalars[end...].starts(with: "daddy".unicodeScalars) { end += 5 }
        let afterOK = end == scalars.count || !isWordChar(scalars[end]) || scalars[end] == "_"
        if beforeOK && afterOK { return true }
      }
      i += 1
    }
    return false
  }

  /// Words that alone make a block an advertisement or a loading placeholder.
  static func isAdOrLoadingText(_ text: String) -> Bool {
    let lowered = text.lowercased()
    let ads: Set<String> = [
      "ad", "advertising", "advertisement", "pub", "publicité", "werb", "werbung", "广告", "реклама", "anuncio",
    ]
    if ads.contains(lowered) { return true }
    var stem = lowered
    if stem.hasSuffix("…") { stem.removeLast() } else if stem.hasSuffix("...") { stem.removeLast(3) }
    return ["loading", "正在加载", "загрузка", "chargement", "cargando"].contains(stem)
  }
}
