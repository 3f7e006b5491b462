import Foundation

/// Cuts the content of `<script>`, `<style>` and `<svg>` elements and HTML comments out of a page before
/// libxml2 parses it: half the bytes of a modern page, and none of them article text.
///
/// Element tags stay (empty), so the page's structure is unchanged; JSON-LD scripts are kept whole
/// for metadata. Raw-text content ends at the first `</script` or `</style`, as in browsers (libxml2
/// alone would end it at any `</` and spill script text into the page).
enum HTMLPrefilter {
  static func strip(_ input: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(input.count / 2)
    input.withUnsafeBufferPointer { bytes in
      let n = bytes.count
      var copied = 0
      var i = 0
      while i < n {
        guard let base = bytes.baseAddress, let found = memchr(base + i, 0x3C, n - i) else { break }
        i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if matches(bytes, at: i, "<!--") {
          output.append(contentsOf: bytes[copied..<i])
          i = find(bytes, "-->", from: i + 4).map { $0 + 3 } ?? n
          copied = i
          continue
        }
        guard let (name, closing) = rawTextElement(bytes, at: i) else {
          i += 1
          continue
        }
        guard let tagEnd = memchr(base + i, 0x3E, n - i) else { break }
        let contentStart = base.distance(to: tagEnd.assumingMemoryBound(to: UInt8.self)) + 1
        if name == "script" && isJSONLD(bytes[i..<contentStart]) {
          i = contentStart
          continue
        }
        let contentEnd = findCaseInsensitive(bytes, closing, from: contentStart) ?? n
        output.append(contentsOf: bytes[copied..<contentStart])
        copied = contentEnd
        i = contentEnd + 1
      }
      output.append(contentsOf: bytes[copied..<n])
    }
    return output
  }

  private static let rawTextElements: [(String, [UInt8], [UInt8])] = [
    ("script", Array("<script".utf8), Array("</script".utf8)),
    ("style", Array("<style".utf8), Array("</style".utf8)),
    ("svg", Array("<svg".utf8), Array("</svg".utf8)),
  ]

  /// `<script`, `<style` or `<svg` followed by white space, `>` or `/`: the element and its closing tag.
  private static func rawTextElement(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (String, [UInt8])? {
    guard i + 1 < bytes.count, bytes[i + 1] | 0x20 == 0x73 else { return nil }  // all start with "s"
    for (name, open, closing) in rawTextElements {
      guard i + open.count < bytes.count, matchesCaseInsensitive(bytes, at: i, open) else { continue }
      let next = bytes[i + open.count]
      if next == 0x20 || next == 0x3E || next == 0x2F || next == 0x09 || next == 0x0A || next == 0x0D {
        return (name, closing)
      }
    }
    return nil
  }

  private static func isJSONLD(_ tag: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    String(decoding: tag, as: UTF8.self).lowercased().containsBytes("ld+json")
  }

  private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ text: String) -> Bool {
    let pattern = Array(text.utf8)
    guard i + pattern.count <= bytes.count else { return false }
    return pattern.indices.allSatisfy { bytes[i + $0] == pattern[$0] }
  }

  private static func matchesCaseInsensitive(
    _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ pattern: [UInt8]
  ) -> Bool {
    guard i + pattern.count <= bytes.count else { return false }
    return pattern.indices.allSatisfy { bytes[i + $0] | 0x20 == pattern[$0] | 0x20 }
  }

  private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String, from start: Int) -> Int? {
    guard let base = bytes.baseAddress, let first = text.utf8.first else { return nil }
    var i = start
    while i < bytes.count {
      guard let found = memchr(base + i, Int32(first), bytes.count - i) else { return nil }
      i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if matches(bytes, at: i, text) { return i }
      i += 1
    }
    return nil
  }

  private static func findCaseInsensitive(
    _ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8], from start: Int
  ) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var i = start
    while i < bytes.count {
      guard let found = memchr(base + i, 0x3C, bytes.count - i) else { return nil }
      i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if bytes[min(i + 1, bytes.count - 1)] == 0x2F, matchesCaseInsensitive(bytes, at: i, pattern) {
        return i
      }
      i += 1
    }
    return nil
  }
}
