/// An HTML element name as a small integer, so that the extraction's many tag tests are integer compares
/// and tag sets are bit sets (string hashing per node dominated the profile).
struct HTMLTag: Hashable, Sendable, ExpressibleByStringLiteral {
  let code: UInt8

  static let names: [String] = [
    "#other", "#document", "a", "abbr", "address", "article", "aside", "audio", "b", "bdo", "blockquote",
    "body",
    "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist",
    "dd",
    "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption",
    "figure",
    "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html",
    "i",
    "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "mark", "math", "menu",
    "meta", "meter", "nav", "noscript", "object", "ol", "option", "output", "p", "picture", "pre", "progress",
    "q",
    "ruby", "s", "samp", "script", "section", "select", "small", "source", "span", "strike", "strong",
    "style",
    "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
    "time",
    "title", "tr", "tt", "u", "ul", "var", "video", "wbr", "frame", "frameset", "base", "nobr",
  ]

  private static let codes: [String: UInt8] = {
    var table: [String: UInt8] = [:]
    for (i, name) in names.enumerated() { table[name] = UInt8(i) }
    return table
  }()

  init(code: UInt8) { self.code = code }

  /// For tag sets and rare tests; hot paths use the static constants below.
  init(stringLiteral name: String) { self.init(name) }

  /// The tag for a lower-case element name; unknown names share `.other`.
  init(_ name: String) { code = HTMLTag.codes[name] ?? 0 }

  /// The tag for a NUL-terminated lower-case name from the parser, without making a `String`.
  init(cName: UnsafePointer<UInt8>) {
    var key: UInt64 = 0
    var length = 0
    while cName[length] != 0 {
      if length == 12 { break }
      if length < 8 { key |= UInt64(cName[length]) << (8 * UInt64(length)) }
      length += 1
    }
    code = length < 12 ? (HTMLTag.byteCodes[key ^ (UInt64(length) << 60)] ?? 0) : 0
  }

  /// Names keyed by their first eight bytes and their length (no two known names share both).
  private static let byteCodes: [UInt64: UInt8] = {
    var table: [UInt64: UInt8] = [:]
    for (i, name) in names.enumerated() {
      let bytes = Array(name.utf8)
      var key: UInt64 = 0
      for (j, byte) in bytes.prefix(8).enumerated() { key |= UInt64(byte) << (8 * UInt64(j)) }
      table[key ^ (UInt64(bytes.count) << 60)] = UInt8(i)
    }
    return table
  }()

  var name: String { HTMLTag.names[Int(code)] }

  static let other = HTMLTag("#other")
  static let document = HTMLTag("#document")
  static let a = HTMLTag("a"), article = HTMLTag("article"), blockquote = HTMLTag("blockquote")
  static let body = HTMLTag("body"), br = HTMLTag("br"), caption = HTMLTag("caption"), code_ = HTMLTag("code")
  static let dd = HTMLTag("dd"), del = HTMLTag("del"), div = HTMLTag("div"), dl = HTMLTag("dl"),
    dt = HTMLTag("dt")
  static let figcaption = HTMLTag("figcaption"), figure = HTMLTag("figure"), h1 = HTMLTag("h1"),
    h2 = HTMLTag("h2")
  static let head = HTMLTag("head"), hr = HTMLTag("hr"), html = HTMLTag("html"), img = HTMLTag("img")
  static let ins = HTMLTag("ins"), li = HTMLTag("li"), link = HTMLTag("link"), meta = HTMLTag("meta")
  static let ol = HTMLTag("ol"), p = HTMLTag("p"), pre = HTMLTag("pre"), script = HTMLTag("script")
  static let section = HTMLTag("section"), table = HTMLTag("table"), tbody = HTMLTag("tbody"),
    td = HTMLTag("td")
  static let th = HTMLTag("th"), time = HTMLTag("time"), title = HTMLTag("title"), tr = HTMLTag("tr")
  static let ul = HTMLTag("ul"), header = HTMLTag("header"), figure_ = HTMLTag("figure")

  /// Heading level for h1-h6, nil otherwise.
  var headingLevel: Int? {
    let first = HTMLTag.h1.code
    return code >= first && code < first + 6 ? Int(code - first) + 1 : nil
  }
}

/// A set of tags as a 128-bit mask.
struct HTMLTagSet: Sendable, ExpressibleByArrayLiteral {
  private var low: UInt64 = 0
  private var high: UInt64 = 0

  init(_ names: [String]) {
    for name in names { insert(HTMLTag(name)) }
  }

  init(arrayLiteral tags: HTMLTag...) {
    for tag in tags { insert(tag) }
  }

  mutating func insert(_ tag: HTMLTag) {
    if tag.code < 64 { low |= 1 << UInt64(tag.code) } else { high |= 1 << UInt64(tag.code - 64) }
  }

  @inline(__always)
  func contains(_ tag: HTMLTag) -> Bool {
    tag.code < 64 ? low & (1 << UInt64(tag.code)) != 0 : high & (1 << UInt64(tag.code - 64)) != 0
  }

  func union(_ other: HTMLTagSet) -> HTMLTagSet {
    var result = self
    result.low |= other.low
    result.high |= other.high
    return result
  }
}
