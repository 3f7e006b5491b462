/// The words a document writes in lower case somewhere, to tell a sentence-initial "Poor" or "Again"
/// (seen as "poor", "again" elsewhere) from a name that is always capitalised.
///
/// Word hashes (FNV-1a over the UTF-8 bytes), built in one byte pass: no strings are made.
struct DocumentVocabulary: Sendable {
  private var lowercase = HashSet64()

  init(_ text: SourceText) {
    var hashes = HashSet64()
    text.utf8.withUnsafeBufferPointer { bytes in
      var i = 0
      let n = bytes.count
      while i < n {
        let byte = bytes[i]
        guard byte >= 0x61 && byte <= 0x7A else {
          // Skip to the end of any other word so its tail is not read as a lower-case word.
          if DocumentVocabulary.isWordByte(byte) {
            while i < n, DocumentVocabulary.isWordByte(bytes[i]) { i += 1 }
          } else {
            i += 1
          }
          continue
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        while i < n, DocumentVocabulary.isWordByte(bytes[i]) {
          hash = (hash ^ UInt64(bytes[i] | 0x20)) &* 0x100_0000_01b3
          i += 1
        }
        hashes.insert(hash)
      }
    }
    lowercase = hashes
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80 || byte == 0x27
      || (byte >= 0x30 && byte <= 0x39)
  }

  /// Whether `word` (lower-cased) appears somewhere written in lower case.
  func seenInLowercase(_ word: String) -> Bool {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word.utf8 {
      guard byte != 0x2E else { break }  // "Mr." was stored without its full stop
      hash = (hash ^ UInt64(byte | 0x20)) &* 0x100_0000_01b3
    }
    return lowercase.contains(hash)
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
