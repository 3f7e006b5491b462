import Foundation
import SaysoTestSupport
import Testing

@testable import SaysoCore

@Suite("Corpus building blocks: walking a folder, speaker keys, search text, stored paragraphs")
struct CorpusCoreTests {
  @Test func theWalkTakesSourcesAndSkipsHiddenBinaryLinkedLoopsAndFIFOs() throws {
    let folder = try TemporaryDirectory("sayso-walk")
    defer { folder.remove() }
    let fm = FileManager.default
    try fm.createDirectory(atPath: folder.path + "/sub/deeper", withIntermediateDirectories: true)
    try fm.createDirectory(atPath: folder.path + "/.git", withIntermediateDirectories: true)
    try folder.write("a.txt", "text")
    try folder.write("b.HTML", "<p>page</p>")
    try folder.write("sub/c.md", "# note")
    try folder.write("sub/deeper/README", "no extension, but text")
    try folder.write("sub/image", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
    try folder.write("sub/data.pdf", "%PDF-1.7")
    try folder.write(".hidden.txt", "secret")
    try folder.write(".git/HEAD.txt", "ref")
    try fm.createSymbolicLink(atPath: folder.path + "/sub/loop", withDestinationPath: folder.path)
    try fm.createSymbolicLink(
      atPath: folder.path + "/dangling.txt", withDestinationPath: folder.path + "/nowhere")
    #expect(mkfifo(folder.path + "/pipe.txt", 0o600) == 0)

    let files = CorpusWalker.files(in: folder.path + "/")
    let names = files.map { String($0.path.dropFirst(folder.path.count + 1)) }
    #expect(names == ["a.txt", "b.HTML", "sub/c.md", "sub/deeper/README"])
    #expect(files.first?.size == 4)
  }

  @Test func speakerKeysIgnoreCaseAccentsTitlesAndTheArticle() {
    func key(_ name: String, _ kind: SpeakerKind = .person) -> String? {
      CorpusSpeakerKey.key(name: name, kind: kind)
    }
    #expect(key("Emmanuel Macron") == key("emmanuel  MACRON"))
    #expect(key("Sen. Bernie Sanders") == key("Bernie Sanders"))
    #expect(key("Élysée", .organisation) == key("Elysee", .organisation))
    #expect(key("The BBC", .organisation) == "bbc")
    #expect(key("Macron") != key("Emmanuel Macron"))
    #expect(key("officials", .unnamed) == nil)
    #expect(CorpusSpeakerKey.displayName("Dr. Ben Carson") == "Ben Carson")
    #expect(CorpusSpeakerKey.displayName("President") == "President")
  }

  @Test func searchTextSplitsCJKAndQueriesNeverBreakFTS() {
    #expect(SearchText.indexable("东京 Tokyo") == " 东  京  Tokyo")
    #expect(SearchText.ftsQuery("climate  change") == "\"climate\" \"change\"")
    #expect(SearchText.ftsQuery("\"climate change\" minist*") == "\"climate change\" \"minist\" *")
    #expect(SearchText.ftsQuery("北京") == "\"北 京\"")
    #expect(SearchText.ftsQuery("NEAR(a b) OR -c: \"") == "\"NEAR a\" \"b\" \"OR\" \"c\"")
    #expect(SearchText.ftsQuery("  *** ()") == nil)
  }

  @Test func paragraphsSurviveTheirStoredForm() throws {
    let document = try Ingest.document(
      bytes: Array("# Title\n\n> quoted\n> on\n\n- item\n\n    code\n".utf8), path: "x.md")
    let line = ParagraphCodec.encode(document.paragraphs)
    #expect(ParagraphCodec.decode(line) == document.paragraphs)
    #expect(ParagraphCodec.decode("") == [])
    #expect(ParagraphCodec.decode("1 2 nonsense f 0") == nil)
    #expect(ParagraphCodec.decode("5 2 body f 0") == nil)
  }

  @Test func orderedWorkGivesResultsInOrderFromSeveralThreads() {
    let work = OrderedWork<Int>(count: 500, threads: 3, window: 7) { i in
      if i % 50 == 0 { usleep(2000) }
      return i * i
    }
    var results: [Int] = []
    while let next = work.next() { results.append(next) }
    #expect(results == (0..<500).map { $0 * $0 })
  }
}
