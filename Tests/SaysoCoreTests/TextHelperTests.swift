import Testing

@testable import SaysoCore

/// The small text helpers that fast paths replaced property lookups and Character scans with: each must
/// agree with what it stands for.
struct TextHelperTests {
  @Test func whiteSpaceTableIsUnicodesWhiteSpaceProperty() {
    for value in UInt32(0)...0x3_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(scalar.isWhiteSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
      #expect(scalar.isSpace == (scalar.properties.isWhitespace || value == 0xFEFF))
    }
  }

  @Test(arguments: [
    ("Jane Doe", "Jane Doe"), ("Jane  Doe", "Jane Doe"), ("Jane\nDoe", "Jane Doe"),
    (" Jane Doe ", "Jane Doe"),
    ("José\u{A0}García", "José García"), ("Łukasz\n  Nowak", "Łukasz Nowak"), ("", ""), ("Doe", "Doe"),
  ])
  func namesBecomeOneLine(_ written: String, _ expected: String) {
    #expect(QuoteAnalyzer.oneLine(written) == expected)
  }

  @Test func regexesPastTheLengthLimitAreNeverCompiled() {
    let longest = String(repeating: "a", count: RegexCheck.maximumLength)
    #expect(RegexCheck.compiled(longest) != nil)
    #expect(RegexCheck.compiled(longest + "a") == nil)
    #expect(RegexCheck.compiled("(unclosed") == nil)
  }
}
