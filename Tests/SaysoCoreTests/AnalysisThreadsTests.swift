import Foundation
import SaysoTestSupport
import Testing

@testable import SaysoCore

/// A long document analysed with a second core (scan and vocabulary side by side, tokens made ahead)
/// gives exactly what one thread gives.
@Suite struct AnalysisThreadsTests {
  @Test func aSecondCoreChangesNothing() throws {
    let excerpt = try Fixtures.string("pride-and-prejudice-excerpt.txt")
    let copies = AnalysisThreads.minimumBytes / excerpt.utf8.count + 2
    let long = try document(
      Array(repeating: excerpt, count: copies).joined(separator: "\n\n"), name: "long.txt")
    #expect(long.text.byteCount >= AnalysisThreads.minimumBytes)
    // More paragraphs than one chunk of tokens, and not a whole number of chunks.
    #expect(long.paragraphs.count > 3 * TokenSupply.chunkSize)
    #expect(long.paragraphs.count % TokenSupply.chunkSize != 0)

    let alone = QuoteAnalyzer(usesSecondCore: false).analyze(long)
    let together = QuoteAnalyzer(usesSecondCore: true).analyze(long)
    #expect(!alone.quotes.isEmpty)
    #expect(together.quotes == alone.quotes)
    #expect(together.speakers == alone.speakers)

    // The threaded path itself, whatever the machine's core count: the quotes found on two threads (the
    // second takes the last quarter of the paragraphs) are those found on one.
    let (scanned, vocabulary) = AnalysisThreads.scan(long, split: true)
    let scannedAlone = QuoteScanner(document: long).scan()
    #expect(scanned.keys.sorted() == scannedAlone.keys.sorted())
    #expect(scanned.keys.allSatisfy { scanned[$0]?.quotes == scannedAlone[$0]?.quotes })
    #expect(AnalysisThreads.paragraphIndex(atShare: 0.75, of: long) < long.paragraphs.count)
    let ahead = Attributor(document: long, scanned: scanned, vocabulary: vocabulary, tokenizesAhead: true)
    ahead.run()
    let inline = Attributor(document: long, scanned: QuoteScanner(document: long).scan())
    inline.run()
    #expect(ahead.states.keys.sorted() == inline.states.keys.sorted())
    #expect(ahead.states.keys.sorted().allSatisfy { ahead.states[$0]?.ranges == inline.states[$0]?.ranges })
    #expect(ahead.roster.entities.count == inline.roster.entities.count)
    // Cues found on the tokenizing thread (every other chunk) are those found by the attributor.
    func cues(_ attributor: Attributor, _ index: Int) -> [Range<Int>?]? {
      attributor.states[index]?.assignments.map { $0?.cue }
    }
    #expect(ahead.states.keys.allSatisfy { cues(ahead, $0) == cues(inline, $0) })
  }
}
