import Foundation

/// The article fields of a page's schema.org JSON-LD (`NewsArticle`, `BlogPosting`...), read as Readability does.
struct LinkedData {
  var title: String?
  var byline: String?
  var excerpt: String?
  var siteName: String?
  var datePublished: String?

  /// The first JSON-LD block describing an article.
  static func first(in scripts: [String], pageTitle: () -> String) -> LinkedData? {
    for script in scripts {
      var content = script.trimmingWhitespace
      if content.hasPrefix("<![CDATA[") { content.removeFirst(9) }
      if content.hasSuffix("]]>") { content.removeLast(3) }
      guard let data = content.data(using: .utf8),
        let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      else { continue }
      if let found = article(in: json, pageTitle: pageTitle) { return found }
    }
    return nil
  }

  private static func article(in json: Any, pageTitle: () -> String) -> LinkedData? {
    var object: [String: Any]?
    if let list = json as? [Any] {
      object = list.compactMap { $0 as? [String: Any] }.first { isArticleType($0["@type"]) }
    } else {
      object = json as? [String: Any]
    }
    guard var parsed = object, hasSchemaContext(parsed["@context"]) else { return nil }
    if parsed["@type"] == nil, let graph = parsed["@graph"] as? [Any] {
      guard
        let found = graph.compactMap({ $0 as? [String: Any] }).first(where: { isArticleType($0["@type"]) })
      else { return nil }
      parsed = found
    }
    guard isArticleType(parsed["@type"]) else { return nil }
    var data = LinkedData()
    let name = parsed["name"] as? String
    let headline = parsed["headline"] as? String
    if let name, let headline, name != headline {
      let title = pageTitle()
      let nameMatches = TextSimilarity.similarity(name, title) > 0.75
      let headlineMatches = TextSimilarity.similarity(headline, title) > 0.75
      data.title = headlineMatches && !nameMatches ? headline : name
    } else {
      data.title = (name ?? headline)?.trimmingWhitespace
    }
    if let author = parsed["author"] as? [String: Any], let authorName = author["name"] as? String {
      data.byline = authorName.trimmingWhitespace
    } else if let authors = parsed["author"] as? [Any], (authors.first as? [String: Any])?["name"] is String {
      data.byline = authors.compactMap { ($0 as? [String: Any])?["name"] as? String }.map(
        \.trimmingWhitespace
      )
      .joined(separator: ", ")
    }
    data.excerpt = (parsed["description"] as? String)?.trimmingWhitespace
    data.siteName = ((parsed["publisher"] as? [String: Any])?["name"] as? String)?.trimmingWhitespace
    data.datePublished = (parsed["datePublished"] as? String)?.trimmingWhitespace
    return data
  }

  private static func hasSchemaContext(_ context: Any?) -> Bool {
    func isSchema(_ value: String) -> Bool {
      ["http://schema.org", "https://schema.org", "http://schema.org/", "https://schema.org/"].contains(value)
    }
    if let string = context as? String { return isSchema(string) }
    if let object = context as? [String: Any], let vocabulary = object["@vocab"] as? String {
      return isSchema(vocabulary)
    }
    return false
  }

  private static let articleTypes = [
    "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
    "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report",
    "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
    "LiveBlogPosting", "DiscussionForumPosting", "TechArticle",
  ]

  /// Readability's loosely anchored type pattern: starts with "Article", ends with "APIReference", or
  /// contains one of the article types.
  static func isArticleType(_ type: Any?) -> Bool {
    if let list = type as? [Any] { return list.contains { isArticleType($0) } }
    guard let type = type as? String else { return false }
    return type.hasPrefix("Article") || type.hasSuffix("APIReference")
      || articleTypes.contains { type.contains($0) }
  }
}

/// Decodes the entities Readability decodes in metadata (double-escaped pages leave them in attribute values).
enum HTMLEntities {
  static func unescape(_ text: String) -> String {
    guard text.utf8.contains(0x26) else { return text }
    var out = text
    for (entity, value) in [("&quot;", "\""), ("&apos;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
      out = out.replacingOccurrences(of: entity, with: value)
    }
    guard out.contains("&#") else { return out }
    var result = ""
    var rest = out[...]
    while let start = rest.range(of: "&#") {
      result += rest[..<start.lowerBound]
      let after = rest[start.upperBound...]
      guard let semicolon = after.firstIndex(of: ";"),
        after.distance(from: after.startIndex, to: semicolon) <= 8
      else {
        result += "&#"
        rest = after
        continue
      }
      let body = after[..<semicolon]
      let value = body.first == "x" || body.first == "X" ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
      if let value, let scalar = Unicode.Scalar(value), value != 0 {
        result.unicodeScalars.append(scalar)
      } else {
        result += "\u{FFFD}"
      }
      rest = after[after.index(after: semicolon)...]
    }
    return result + rest
  }
}
