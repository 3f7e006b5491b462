/// Readability's `_textSimilarity`: the share of b's words (ASCII word characters, lower-cased) found in a,
/// weighted by length. Used to tell a headline that repeats the page title.
enum TextSimilarity {
  static func similarity(_ a: String, _ b: String) -> Double {
    let tokensA = Set(tokens(a))
    let tokensB = tokens(b)
    guard !tokensA.isEmpty, !tokensB.isEmpty else { return 0 }
    let unique = tokensB.filter { !tokensA.contains($0) }
    let whole = tokensB.joined(separator: " ").count
    guard whole > 0 else { return 0 }
    return 1 - Double(unique.joined(separator: " ").count) / Double(whole)
  }

  /// Splits on JavaScript's `\W+` (anything but ASCII letters, digits and `_`).
  static func tokens(_ text: String) -> [String] {
    var tokens: [String] = []
    var current = ""
    for scalar in text.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" {
        current.unicodeScalars.append(scalar)
      } else if !current.isEmpty {
        tokens.append(current)
        current = ""
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }
}
