import Testing

@testable import SaysoCore

@Suite("Scalar offsets and byte offsets")
struct ScalarIndexTests {
  @Test func asciiNeedsNoTable() {
    let text = SourceText("plain ascii text")
    #expect(text.index.isASCII)
    #expect(text.byteOffset(ofScalar: 6) == 6)
    #expect(text.substring(6..<11) == "ascii")
  }

  @Test func roundTripsEveryScalarOfMixedText() {
    let string = String(repeating: "a“b”中😀e\u{301}\n", count: 40)
    let text = SourceText(string)
    let scalars = Array(string.unicodeScalars)
    #expect(text.scalarCount == scalars.count)
    var byte = 0
    for (i, scalar) in scalars.enumerated() {
      #expect(text.byteOffset(ofScalar: i) == byte)
      #expect(text.scalarOffset(ofByte: byte) == i)
      byte += String(scalar).utf8.count
    }
    #expect(text.byteOffset(ofScalar: scalars.count) == text.byteCount)
    #expect(text.scalarOffset(ofByte: text.byteCount) == scalars.count)
  }

  @Test func substringUsesScalarOffsetsLikePython() {
    let text = SourceText("😀 said “yes”")
    #expect(text.substring(2..<6) == "said")
    #expect(text.substring(8..<11) == "yes")
  }

  @Test func byteInsideAScalarMapsToThatScalar() {
    let text = SourceText("a中b")
    #expect(text.scalarOffset(ofByte: 2) == 1)
    #expect(text.scalarOffset(ofByte: 4) == 2)
  }

  @Test func hashIsSHA256OfTheText() {
    #expect(SourceText("abc").sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }
}
