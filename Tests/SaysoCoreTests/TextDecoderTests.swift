import Testing

@testable import SaysoCore

@Suite("Decoding files into normalised text")
struct TextDecoderTests {
  @Test func stripsUTF8ByteOrderMark() throws {
    let (bytes, report) = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("héllo".utf8))
    #expect(String(decoding: bytes, as: UTF8.self) == "héllo")
    #expect(report.byteOrderMarkRemoved)
  }

  @Test func normalisesCRLFAndLoneCR() throws {
    let (bytes, report) = try TextDecoder.decode(Array("a\r\nb\rc\n".utf8))
    #expect(String(decoding: bytes, as: UTF8.self) == "a\nb\nc\n")
    #expect(report.crlfNormalised == 1)
    #expect(report.crNormalised == 1)
  }

  @Test func replacesEachMaximalInvalidSubpartOnce() throws {
    // 0xFF is invalid alone; E2 82 is a truncated 3-byte sequence (one subpart); C0 80 is overlong (two).
    let input: [UInt8] = [0x61, 0xFF, 0x62, 0xE2, 0x82, 0x63, 0xC0, 0x80, 0x64]
    let (bytes, report) = try TextDecoder.decode(input)
    #expect(String(decoding: bytes, as: UTF8.self) == "a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}d")
    #expect(report.invalidSequencesReplaced == 4)
  }

  @Test func keepsValidMultibyteText() throws {
    let text = "“Quoted” — 中文 😀 e\u{301}"
    let (bytes, report) = try TextDecoder.decode(Array(text.utf8))
    #expect(bytes == Array(text.utf8))
    #expect(report == DecodeReport())
  }

  @Test func refusesBinaryWithNULInFirstBytes() {
    #expect(throws: SaysoError.self) { try TextDecoder.decode([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]) }
    do {
      _ = try TextDecoder.decode([0x00, 0x01], path: "a.bin")
    } catch let error as SaysoError {
      #expect(error.code == .dataError)
      #expect(error.description.hasPrefix("a.bin: "))
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func acceptsNULAfterTheProbe() throws {
    let input = [UInt8](repeating: 0x61, count: TextDecoder.binaryProbeLength) + [0x00]
    let (bytes, _) = try TextDecoder.decode(input)
    #expect(bytes.count == input.count)
  }

  @Test func convertsUTF16WithByteOrderMark() throws {
    let little: [UInt8] = [0xFF, 0xFE] + Array("hé".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + Array("hé".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    for input in [little, big] {
      let (bytes, report) = try TextDecoder.decode(input)
      #expect(String(decoding: bytes, as: UTF8.self) == "hé")
      #expect(report.convertedFromUTF16)
    }
  }

  @Test func emptyInputIsEmptyText() throws {
    let (bytes, report) = try TextDecoder.decode([])
    #expect(bytes.isEmpty)
    #expect(report == DecodeReport())
  }
}
