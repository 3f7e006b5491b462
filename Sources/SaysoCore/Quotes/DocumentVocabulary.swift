/// The words a document writes in lower case somewhere, to tell a sentence-initial "Poor" or "Again"
/// (seen as "poor", "again" elsewhere) from a name that is always capitalised.
///
/// Word hashes (FNV-1a over the UTF-8 bytes), built in one byte pass: no strings are made.
struct DocumentVocabulary: Sendable {
  // (Set only in `init`: a default value here was a table allocated and zeroed, then thrown away.)
  private let lowercase: HashSet64
  /// Capitalised words written right after a lower-case word or a comma: names, wherever else they are.
  private let midSentenceCapitals: HashSet64

  init(_ text: SourceText) {
    var hashes = HashSet64()
    var capitals = HashSet64()
    // Through buffer pointers, the text's and the word-byte table's: this reads every byte of every
    // document, and each checked array access was a good part of the cost.
    text.utf8.withUnsafeBufferPointer { bytes in
      DocumentVocabulary.wordBytes.withUnsafeBufferPointer { isWordByte in
        var i = 0
        let n = bytes.count
        // The last byte before the current word that is not white space.
        var before: UInt8 = 0x2E
        while i < n {
          let byte = bytes[i]
          guard isWordByte[Int(byte)] else {
            if byte != 0x20 && byte != 0x0A && byte != 0x09 { before = byte }
            i += 1
            continue
          }
          let lower = byte >= 0x61 && byte <= 0x7A
          let upper = byte >= 0x41 && byte <= 0x5A
          guard lower || (upper && DocumentVocabulary.continuesSentence(before)) else {
            // Skip to the end of any other word so its tail is not read as a word of its own.
            while i < n, isWordByte[Int(bytes[i])] { i += 1 }
            before = 0x61
            continue
          }
          var hash: UInt64 = 0xcbf2_9ce4_8422_2325
          while i < n, isWordByte[Int(bytes[i])] {
            hash = (hash ^ UInt64(bytes[i] | 0x20)) &* 0x100_0000_01b3
            i += 1
          }
          if lower { hashes.insert(hash) } else { capitals.insert(hash) }
          before = 0x61
        }
      }
    }
    lowercase = hashes
    midSentenceCapitals = capitals
  }

  /// After a word, a digit or a comma the sentence goes on (after . ! ? : or a quote mark it may not).
  private static func continuesSentence(_ before: UInt8) -> Bool {
    (before >= 0x61 && before <= 0x7A) || (before >= 0x30 && before <= 0x39) || before == 0x2C
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80 || byte == 0x27
      || (byte >= 0x30 && byte <= 0x39)
  }

  /// `isWordByte` for every byte, looked up in the loop over the text.
  private static let wordBytes: [Bool] = (0...255).map { isWordByte(UInt8($0)) }

  /// Whether `word` (lower-cased) appears somewhere written in lower case.
  func seenInLowercase(_ word: String) -> Bool { lowercase.contains(DocumentVocabulary.hash(word)) }

  /// Whether the text writes `word` (lower-cased) as a name: capitalised in the middle of a sentence
  /// somewhere ("Grant Young") and never in lower case, so a capital at a sentence start is the name's.
  func writesAsName(_ word: String) -> Bool { seenCapitalisedMidSentence(word) && !seenInLowercase(word) }

  /// Whether `word` (lower-cased) appears capitalised in the middle of a sentence somewhere.
  func seenCapitalisedMidSentence(_ word: String) -> Bool {
    midSentenceCapitals.contains(DocumentVocabulary.hash(word))
  }

  private static func hash(_ word: String) -> UInt64 {
    // Through a buffer of the bytes: iterating `utf8` cost ten times more on these short words.
    var word = word
    return word.withUTF8 { bytes in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes {
        guard byte != 0x2E else { break }  // "Mr." was stored without its full stop
        hash = (hash ^ UInt64(byte | 0x20)) &* 0x100_0000_01b3
      }
      return hash
    }
  }
}

/// A set of 64-bit hashes with open addressing: the vocabulary adds one per word of the document, and the
/// standard `Set` re-hashes each (already well mixed) value with SipHash, which cost more than reading.
struct HashSet64: Sendable {
  /// Zero marks an empty slot; the value zero itself is kept in `hasZero`.
  private var slots = [UInt64](repeating: 0, count: 1024)
  private var count = 0
  private var hasZero = false

  mutating func insert(_ value: UInt64) {
    guard value != 0 else {
      hasZero = true
      return
    }
    if (count + 1) * 2 > slots.count { grow() }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: value >> 7) & mask
    while slots[slot] != 0 {
      if slots[slot] == value { return }
      slot = (slot + 1) & mask
    }
    slots[slot] = value
    count += 1
  }

  func contains(_ value: UInt64) -> Bool {
    guard value != 0 else { return hasZero }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: value >> 7) & mask
    while slots[slot] != 0 {
      if slots[slot] == value { return true }
      slot = (slot + 1) & mask
    }
    return false
  }

  private mutating func grow() {
    let old = slots
    slots = [UInt64](repeating: 0, count: old.count * 2)
    count = 0
    for value in old where value != 0 { insert(value) }
  }
}
