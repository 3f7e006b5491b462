/// Lower-casing without the Unicode machinery when the text is ASCII, as names and words mostly are.
enum TextCase {
  static func lowercased(_ text: String) -> String {
    let utf8 = text.utf8
    guard !utf8.contains(where: { $0 >= 0x80 }) else { return text.lowercased() }
    guard utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
    let count = utf8.count
    return String(unsafeUninitializedCapacity: count) { buffer in
      var n = 0
      for byte in utf8 {
        buffer[n] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        n += 1
      }
      return n
    }
  }
}
