import Foundation
import SaysoTestSupport
import Testing

@testable import SaysoCore

@Suite("Web pages reduced to their article")
struct HTMLExtractionTests {
  private func page(_ html: String) throws -> Document {
    try Ingest.document(bytes: Array(html.utf8), path: "page.html")
  }

  private static let prose = """
    The committee met on Tuesday to discuss the findings, which had been delayed for months, and agreed \
    that the report should be published in full, with its annexes, before the summer recess.
    """

  @Test func boilerplateIsDroppedAndMetadataFound() throws {
    let html = """
      <!doctype html><html lang="en"><head>
      <title>Committee backs publication | The Daily Example</title>
      <meta property="og:title" content="Committee backs publication of the report">
      <meta name="author" content="Jane Doe">
      <meta property="og:site_name" content="The Daily Example">
      <link rel="canonical" href="https://example.org/report">
      <script>document.write("<p>not text</p>")</script><style>p { color: red }</style>
      </head><body>
      <nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
      <header class="site-header"><p>Subscribe now, and get more news!</p></header>
      <article>
      <h1>Committee backs publication of the report</h1>
      <time datetime="2024-03-05T10:00:00Z">5 March</time>
      <p>\(Self.prose)</p>
      <p>\(Self.prose) A second paragraph, with more commas, and more words, for the scorer.</p>
      <blockquote><p>“We owe the public the whole truth,” the chair said, and others agreed with her.</p></blockquote>
      <ul><li>First finding, with detail, that matters here.</li><li>Second finding, also with detail, and more.</li></ul>
      <figure><img src="a.jpg"><figcaption>The committee room, photographed on Tuesday.</figcaption></figure>
      <p>Line one of an address<br><br>Line two after a double break, which starts a new paragraph.</p>
      </article>
      <div class="comments"><p>First! This comment, with commas, should not be part of the article text.</p></div>
      <footer><p>Copyright, all rights reserved, 2024, by Example Media, which owns everything.</p></footer>
      </body></html>
      """
    let document = try page(html)
    let lines = outline(document)
    #expect(lines.first == "title: Committee backs publication of the report")
    #expect(lines.contains("body: \(Self.prose)"))
    #expect(lines.contains { $0.hasPrefix("blockquote: “We owe the public") })
    #expect(lines.contains("list-item: First finding, with detail, that matters here."))
    #expect(lines.contains("caption: The committee room, photographed on Tuesday."))
    #expect(lines.contains("body: Line two after a double break, which starts a new paragraph."))
    let all = lines.joined(separator: "\n")
    for boilerplate in ["Home", "Subscribe", "First!", "Copyright", "not text", "color"] {
      #expect(!all.contains(boilerplate), "\(boilerplate) should be dropped")
    }
    #expect(document.metadata.byline == "Jane Doe")
    #expect(document.metadata.siteName == "The Daily Example")
    #expect(document.metadata.date == "2024-03-05T10:00:00Z")
    #expect(document.metadata.canonicalURL == "https://example.org/report")
    #expect(document.metadata.language == "en")
    #expect(rangesAreFaithful(document))
  }

  @Test func jsonLDArticleGivesTitleBylineAndDate() throws {
    let html = """
      <html><head><title>Site</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Floods close the valley road","author":[{"@type":"Person","name":"Ana Silva"},{"name":"Bo Li"}],
      "datePublished":"2023-11-02","publisher":{"name":"Valley Times"}}</script></head>
      <body><div class="content"><p>\(Self.prose)</p><p>\(Self.prose)</p>
      <p>\(Self.prose)</p></div></body></html>
      """
    let document = try page(html)
    #expect(document.metadata.title == "Floods close the valley road")
    #expect(document.metadata.byline == "Ana Silva, Bo Li")
    #expect(document.metadata.date == "2023-11-02")
    #expect(document.metadata.siteName == "Valley Times")
  }

  @Test(arguments: ["daringfireball-1", "ars-1", "herald-sun-1"])
  func realPagesMatchTheirGoldText(page name: String) throws {
    let document = try Ingest.file(Fixtures.path("html/\(name).html"))
    let gold = try Fixtures.string("html/\(name).gold.txt").split(separator: "\n").map {
      $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }.filter { !$0.isEmpty }
    let extracted = document.paragraphs.filter { $0.kind != .title }.map {
      document.flowText(of: $0).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    #expect(extracted == gold)
    let meta =
      try JSONSerialization.jsonObject(with: Data(try Fixtures.bytes("html/\(name).gold-meta.json")))
      as? [String: Any]
    #expect(document.metadata.title == meta?["title"] as? String)
  }

  @Test func pageWithoutArticleTextHasOnlyItsTitle() throws {
    let document = try page(
      "<html><head><title>Empty page here</title></head><body><script>x()</script><img src=a.png></body></html>"
    )
    #expect(outline(document) == ["title: Empty page here"])
  }

  @Test func deeplyNestedMarkupDoesNotOverflowTheStack() throws {
    let depth = 20_000
    let html =
      String(repeating: "<div>", count: depth) + "<p>\(Self.prose)</p>"
      + String(repeating: "</div>", count: depth)
    let document = try page(html)
    #expect(document.paragraphs.count <= 2)
  }
}
