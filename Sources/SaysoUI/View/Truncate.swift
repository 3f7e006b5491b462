/// Shortening text to a number of columns with an ellipsis, by display width.
enum Truncate {
  static func to(_ width: Int, _ text: String) -> String {
    guard width > 0 else { return "" }
    guard DisplayWidth.of(text) > width else { return text }
    var result = ""
    var used = 0
    for character in text {
      let w = DisplayWidth.of(String(character))
      if used + w > width - 1 { break }
      result.append(character)
      used += w
    }
    return result + "…"
  }

  /// `text` padded with spaces (or cut) to exactly `width` columns.
  static func pad(_ text: String, _ width: Int) -> String {
    let cut = to(width, text)
    return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
  }
}
