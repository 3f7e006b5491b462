import Foundation
import SaysoTestSupport
import Testing

/// `sayso DIR` in a real terminal: a corpus of 1,000 generated articles (paragraphs of the sample
/// recombined) listed while it is indexed in the background, opened, stepped through, and reopened.
@Suite("Corpus mode end to end under tmux", .enabled(if: TmuxSession.isAvailable), .serialized)
struct CorpusTmuxTests {
  @Test func aThousandDocumentsAreListedOpenedSteppedAndReopened() throws {
    let folder = try TemporaryDirectory("sayso-corpus-tmux")
    defer { folder.remove() }
    let sample = try Fixtures.string("azure-inquiry.txt").split(separator: "\n").map(String.init)
      .filter { $0.count > 40 }
    try CorpusGenerator.write(
      count: 1000, pool: sample, titles: sample.map { String($0.prefix(60)) }, to: folder.path + "/news",
      bytesPerArticle: 1200)
    let sayso = "'" + SaysoBinary.url.path + "'"
    let session = try TmuxSession(cols: 100, rows: 30)
    defer { session.stop() }
    try session.type("cd '\(folder.path)' && \(sayso) news; echo __EXIT=$?")
    try session.press("Enter")
    // The list is on screen at once and fills in while the folder is indexed.
    try session.waitForAll(["Documents (", "sorted by path", "LIST"], timeout: 20)
    try session.waitUntil("indexing to finish", timeout: 120) { screen in
      screen.contains("Documents (1000)") && !screen.contains("indexing")
    }
    try session.waitFor("Indexed: 1000 new")

    try session.type("jj")
    try session.press("Enter")
    try session.waitForAll(["doc 3/1000", "NORMAL", "article-00002.md"])
    try session.type("]d")
    try session.waitForAll(["doc 4/1000", "article-00003.md"])

    try session.type("W")
    try session.waitForAll(["Speakers across the corpus", "Microsoft"])
    try session.press("Enter")
    try session.waitFor("Quotes by Microsoft")
    try session.press("Enter")
    try session.waitUntil("a document opened at the quote") { $0.contains("NORMAL") && $0.contains("quote ") }

    try session.type(":search genocide")
    try session.press("Enter")
    try session.waitFor("Search: genocide")
    try session.type("q")
    try session.waitFor("NORMAL")
    try session.type("q")
    try session.waitFor("__EXIT=0", history: true)

    // Reopened with nothing changed: listed at once, nothing to index.
    try session.type("clear; \(sayso) news; echo __AGAIN=$?")
    try session.press("Enter")
    let screen = try session.waitForAll(["Documents (1000)", "LIST"], timeout: 5)
    #expect(!screen.contains("indexing"))
    try session.press("Escape")
    try session.waitFor("Enter opens a document; q quits")
    try session.type("q")
    try session.waitFor("__AGAIN=0", history: true)
  }
}
