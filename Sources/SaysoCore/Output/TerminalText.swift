/// Makes document text safe to print: control characters become visible placeholders.
///
/// A document is untrusted input. ESC, C1 controls and the like would move the cursor, set the
/// window title or write the clipboard if printed raw; Sayso shows them as `^[` or `<U+009B>`.
public enum TerminalText {
  public static func sanitized(_ text: String, keepTabs: Bool = true) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      if scalar == "\t" && keepTabs {
        out.unicodeScalars.append(scalar)
      } else if isControl(scalar) {
        out += placeholder(scalar)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// C0 and C1 controls and DEL; line feed included (callers that want lines split first).
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
  }

  /// `^[` for ESC, `^?` for DEL, `<U+009B>` for C1 controls.
  public static func placeholder(_ scalar: Unicode.Scalar) -> String {
    if scalar.value < 0x20 {
      return "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
    }
    if scalar.value == 0x7F { return "^?" }
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
  }
}
