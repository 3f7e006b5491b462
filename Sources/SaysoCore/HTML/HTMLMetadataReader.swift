import Foundation

/// Reads a page's title, byline, date, site name, canonical URL and language from `<meta>` tags,
/// JSON-LD and the `<title>`, in Readability's order of preference, plus `<time datetime>` for dates.
struct HTMLMetadataReader {
  let tree: DOMTree
  let jsonLD: [String]
  private let elements: MetadataElements

  init(tree: DOMTree, jsonLD: [String]) {
    self.tree = tree
    self.jsonLD = jsonLD
    self.elements = MetadataElements(tree)
  }

  func read() -> DocumentMetadata {
    let values = metaValues()
    let linked = LinkedData.first(in: jsonLD, pageTitle: { articleTitle() })
    var metadata = DocumentMetadata()
    metadata.title =
      firstNonEmpty(
        linked?.title, values["dc:title"], values["dcterm:title"], values["og:title"],
        values["weibo:article:title"],
        values["weibo:webpage:title"], values["title"], values["twitter:title"], values["parsely-title"])
      ?? nonEmpty(articleTitle())
    let articleAuthor = values["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 }
    metadata.byline = firstNonEmpty(
      linked?.byline, values["dc:creator"], values["dcterm:creator"], values["author"],
      values["parsely-author"],
      articleAuthor)
    metadata.excerpt = firstNonEmpty(
      linked?.excerpt, values["dc:description"], values["dcterm:description"], values["og:description"],
      values["weibo:article:description"], values["weibo:webpage:description"], values["description"],
      values["twitter:description"])
    metadata.siteName = firstNonEmpty(linked?.siteName, values["og:site_name"])
    metadata.date = firstNonEmpty(
      linked?.datePublished, values["article:published_time"], values["parsely-pub-date"], otherDate())
    metadata.canonicalURL = firstNonEmpty(canonicalLink(), values["og:url"])
    metadata.language = nonEmpty(tree.documentElement?.attribute("lang") ?? "")
    metadata.title = metadata.title.map(HTMLEntities.unescape)
    metadata.byline = metadata.byline.map(HTMLEntities.unescape)
    metadata.excerpt = metadata.excerpt.map(HTMLEntities.unescape)
    metadata.siteName = metadata.siteName.map(HTMLEntities.unescape)
    return metadata
  }

  /// `<meta>` values keyed as Readability keys them ("og:title", "dc:creator", "author"...).
  private func metaValues() -> [String: String] {
    var values: [String: String] = [:]
    for meta in elements.metas {
      guard let content = meta.attribute("content")?.trimmingWhitespace, !content.isEmpty else { continue }
      if let property = meta.attribute("property"), let key = HTMLMetadataReader.propertyKey(property) {
        values[key] = content
        continue
      }
      if let name = meta.attribute("name"), let key = HTMLMetadataReader.nameKey(name) {
        values[key] = content
      }
      if let itemprop = meta.attribute("itemprop"), itemprop == "datePublished" {
        values["itemprop:datepublished"] = content
      }
    }
    return values
  }

  private static let propertyPrefixes = ["article", "dc", "dcterm", "og", "twitter"]
  private static let propertyFields = [
    "author", "creator", "description", "published_time", "title", "site_name",
  ]

  /// The first `(article|dc|dcterm|og|twitter):(author|creator|description|published_time|title|site_name)`
  /// anywhere in the property (so `og:article:author` gives `article:author`, as in Readability).
  static func propertyKey(_ property: String) -> String? {
    let compact = Array(property.lowercased().filter { !$0.isWhitespace })
    for (i, character) in compact.enumerated() where character == ":" {
      let before = String(compact[..<i])
      let after = String(compact[(i + 1)...])
      guard let prefix = propertyPrefixes.filter({ before.hasSuffix($0) }).max(by: { $0.count < $1.count }),
        let field = propertyFields.first(where: { after.hasPrefix($0) })
      else { continue }
      return "\(prefix):\(field)"
    }
    return nil
  }

  /// `[(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))[-.:]](author|creator|pub-date|description|title|site_name)`.
  static func nameKey(_ name: String) -> String? {
    let key = name.lowercased().filter { !$0.isWhitespace }.replacingOccurrences(of: ".", with: ":")
    let fields = ["author", "creator", "pub-date", "description", "title", "site_name"]
    if fields.contains(key) { return key }
    for prefix in ["dc", "dcterm", "og", "twitter", "parsely", "weibo:article", "weibo:webpage"] {
      for separator in [":", "-"] where key.hasPrefix(prefix + separator) {
        let field = String(key.dropFirst(prefix.count + 1))
        if fields.contains(field) { return key }
      }
    }
    return nil
  }

  /// Readability's `_getArticleTitle`: the `<title>`, with site names after separators cut off.
  func articleTitle() -> String {
    let original = elements.title.map { tree.innerText($0) } ?? ""
    return ArticleTitle(
      original: original,
      headings: {
        elements.headings.map { tree.innerText($0) }
      },
      singleH1: {
        let ones = elements.headings.filter { $0.tag == .h1 }
        return ones.count == 1 ? tree.innerText(ones[0]) : nil
      }
    ).resolve()
  }

  private func canonicalLink() -> String? {
    elements.links.first { $0.attribute("rel")?.lowercased() == "canonical" }?.attribute("href")
  }

  /// Dates Readability does not read: `<time datetime>`, `itemprop=datePublished`, `<meta name=date>`.
  private func otherDate() -> String? {
    if let time = elements.times.first(where: { $0.attribute("datetime") != nil }) {
      return time.attribute("datetime")
    }
    for meta in elements.metas {
      let key = (meta.attribute("itemprop") ?? meta.attribute("name") ?? meta.attribute("property") ?? "")
        .lowercased()
      if ["datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "sailthru.date"]
        .contains(key)
      {
        return meta.attribute("content")
      }
    }
    return nil
  }

  private func nonEmpty(_ value: String) -> String? { value.isEmpty ? nil : value }

  private func firstNonEmpty(_ values: String?...) -> String? {
    values.lazy.compactMap { $0?.trimmingWhitespace }.first { !$0.isEmpty }
  }
}

/// The elements metadata comes from, gathered in one walk over the page.
private struct MetadataElements {
  var metas: [DOMNode] = []
  var title: DOMNode?
  /// `h1` and `h2` elements in document order.
  var headings: [DOMNode] = []
  var links: [DOMNode] = []
  var times: [DOMNode] = []

  init(_ tree: DOMTree) {
    var found = MetadataElements.empty
    tree.walk(tree.root) { node in
      guard node.isElement else { return }
      switch node.tag {
      case .meta: found.metas.append(node)
      case .title where found.title == nil: found.title = node
      case .h1, .h2: found.headings.append(node)
      case .link: found.links.append(node)
      case .time: found.times.append(node)
      default: break
      }
    }
    self = found
  }

  private init() {}
  private static var empty: MetadataElements { MetadataElements() }
}
