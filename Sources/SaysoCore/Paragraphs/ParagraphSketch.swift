/// What one byte pass can tell about a paragraph, enough to call most paragraphs body text without
/// building a `String` (a novel has thousands of paragraphs; ingest must run at hundreds of MB/s).
struct ParagraphSketch {
  var byteCount = 0
  var startsWithQuote = false
  var hasLowercase = false
  var hasDigit = false
  /// Ends with a letter, digit or ")" rather than sentence punctuation or a closing quote.
  var endsOpen = false
  /// Starts with a word that labels captions, sources or chapters ("Photo", "Source", "Chapter").
  var startsWithLabelWord = false

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    byteCount = bytes.count
    guard let first = bytes.first, let last = bytes.last else { return }
    startsWithQuote = first == 0x22 || first == 0x27 || first == 0xE2 || first == 0xC2  // " ' “‘„‚ «
    hasLowercase = bytes.contains { $0 >= 0x61 && $0 <= 0x7A }
    if !hasLowercase { hasLowercase = bytes.contains { $0 >= 0xC3 && $0 <= 0xDF } && bytes.count > 40 }
    // Digits matter only for quoted openings (a quoted headline and its date); skip the scan otherwise.
    if startsWithQuote { hasDigit = bytes.contains { $0 >= 0x30 && $0 <= 0x39 } }
    endsOpen =
      (last >= 0x30 && last <= 0x39) || (last >= 0x41 && last <= 0x5A) || (last >= 0x61 && last <= 0x7A)
      || last == 0x29 || (last >= 0x80 && last != 0x9D && last != 0x99 && last != 0xA6 && last != 0xBB)
    if ParagraphSketch.labelInitials.contains(first | 0x20) {
      let lead = bytes.prefix(12).map { $0 | 0x20 }
      startsWithLabelWord = ParagraphSketch.labelWords.contains { lead.starts(with: $0) }
    }
  }

  private static let labelInitials: Set<UInt8> = Set(labelWords.compactMap(\.first))

  private static let labelWords: [[UInt8]] = [
    "photo", "image", "picture", "caption", "illustration", "source", "via", "cited", "reference", "chapter",
    "book", "part", "volume", "section", "act", "scene", "prologue", "epilogue", "canto", "stave", "by",
  ].map { Array($0.utf8) }

  /// Outside the header zone such a paragraph can only be body text: it has lower-case words, ends a
  /// sentence, and carries none of the marks of captions, citations, chapter headings or credits.
  var isPlainProse: Bool {
    hasLowercase && !endsOpen && !startsWithLabelWord && !(startsWithQuote && hasDigit)
  }
}
