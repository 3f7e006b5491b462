import Foundation
import SaysoCore
import SaysoTestSupport
import Testing

/// Every input a fuzzer crashed on (Tests/Fixtures/fuzz/crashes/TARGET) and every seed, replayed through
/// the same function scripts/fuzz fuzzes. A crash here is a crash the fuzzer found once and came back.
@Suite struct FuzzRegressionTests {
  static func inputs(_ target: FuzzTarget) -> [URL] {
    ["seeds", "crashes"].flatMap { kind -> [URL] in
      let folder = Fixtures.url("fuzz/\(kind)/\(target.rawValue)")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      return names.sorted().map { folder.appendingPathComponent($0) }
    }
  }

  @Test(arguments: FuzzTarget.allCases)
  func replaysEverySeedAndCrash(_ target: FuzzTarget) throws {
    let inputs = FuzzRegressionTests.inputs(target)
    #expect(!inputs.isEmpty, "every target has seeds under Tests/Fixtures/fuzz/seeds")
    for input in inputs { target.run([UInt8](try Data(contentsOf: input))) }
  }

  /// Found by the query target: Foundation's `contains` crashed on a needle with NUL characters in
  /// non-ASCII text. Text search now goes through `containsText`.
  @Test func textSearchTakesNulCharactersInUnicodeText() {
    let needle = "s" + String(repeating: "\0", count: 18)
    #expect(!"“microsoft”".containsText(needle))
    #expect("“s\(needle.dropFirst())”".containsText(needle))
    #expect("cafe\u{301} noir".containsText("café"), "canonical equivalents still match")
    #expect("abc".containsText(""))
  }

  /// Found by the query target (as a leak): corelibs Foundation leaks a regex pattern longer than 256
  /// UTF-16 units, so the query language refuses those.
  @Test func regexesLongerThanFoundationKeepsAreRefused() throws {
    let longest = String(repeating: "a", count: 256)
    #expect(throws: Never.self) { try QueryParser.parse("/\(longest)/") }
    #expect(throws: QueryError.self) { try QueryParser.parse("/\(longest)a/") }
    #expect(throws: QueryError.self) {
      try QueryParser.parse("/" + String(repeating: "é", count: 200) + "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀/")
    }
  }

  /// Found by the brat target: a `Content` span whose end comes before its start made a range that
  /// cannot exist; one past the text's end would anchor outside it.
  @Test func bratVerdictsSkipImpossibleSpans() {
    let ann = "T1\tContent 10 4\tx\nT2\tContent 0 99\tx\nT3\tContent -2 3\tx\nT4\tContent 1 3\tok\n"
    let verdicts = BratExport.verdicts(ann, scalarCount: 20)
    #expect(verdicts.map(\.range) == [1..<3])
  }
}
