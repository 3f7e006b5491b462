/// Readability's `_getArticleTitle`: cuts a site name off the `<title>` ("Headline | Site", "Site: Headline"),
/// but keeps the whole title when the cut would leave too few words.
struct ArticleTitle {
  let original: String
  let headings: () -> [String]
  let singleH1: () -> String?

  private static let separators: Set<Character> = ["|", "-", "–", "—", "\\", "/", ">", "»"]
  private static let hierarchical: Set<Character> = ["\\", "/", ">", "»"]

  func resolve() -> String {
    let originalTitle = original.trimmingWhitespace
    var title = originalTitle
    var hadHierarchicalSeparators = false
    let spaced = separatorPositions(in: originalTitle)
    if !spaced.isEmpty {
      hadHierarchicalSeparators = spaced.contains { ArticleTitle.hierarchical.contains($0.separator) }
      if let last = spaced.last { title = String(originalTitle[..<last.index]) }
      if wordCount(title) < 3 {
        // Drop everything up to the first separator instead (Readability: /^[^|\-\\\/>»]*[|\-\\\/>»]/).
        if let first = originalTitle.firstIndex(where: { ArticleTitle.separators.contains($0) }) {
          title = String(originalTitle[originalTitle.index(after: first)...])
        }
      }
    } else if title.containsBytes(": ") {
      let trimmed = title.trimmingWhitespace
      if !headings().contains(where: { $0.trimmingWhitespace == trimmed }) {
        if let colon = originalTitle.lastIndex(of: ":") {
          title = String(originalTitle[originalTitle.index(after: colon)...])
        }
        if wordCount(title) < 3, let first = originalTitle.firstIndex(of: ":") {
          title = String(originalTitle[originalTitle.index(after: first)...])
        } else if let first = originalTitle.firstIndex(of: ":"),
          wordCount(String(originalTitle[..<first])) > 5
        {
          title = originalTitle
        }
      }
    } else if title.count > 150 || title.count < 15, let heading = singleH1() {
      title = heading
    }
    title = collapseWhitespace(title.trimmingWhitespace)
    let count = wordCount(title)
    let withoutSeparators = String(originalTitle.filter { !ArticleTitle.separators.contains($0) })
    if count <= 4 && (!hadHierarchicalSeparators || count != wordCount(withoutSeparators) - 1) {
      title = originalTitle
    }
    return title
  }

  /// Positions of " X " where X is a separator (`/ [\|\-\\\/>»] /`).
  private func separatorPositions(in text: String) -> [(index: String.Index, separator: Character)] {
    var found: [(String.Index, Character)] = []
    var i = text.startIndex
    while i < text.endIndex {
      let character = text[i]
      if character == " " {
        let next = text.index(after: i)
        if next < text.endIndex, ArticleTitle.separators.contains(text[next]) {
          let after = text.index(after: next)
          if after < text.endIndex, text[after] == " " {
            found.append((i, text[next]))
            i = after
            continue
          }
        }
      }
      i = text.index(after: i)
    }
    return found
  }

  /// JavaScript's `str.split(/\s+/).length`: one more than the number of white-space runs.
  private func wordCount(_ text: String) -> Int {
    var runs = 0
    var inRun = false
    for character in text {
      if character.isWhitespace {
        if !inRun { runs += 1 }
        inRun = true
      } else {
        inRun = false
      }
    }
    return runs + 1
  }

  private func collapseWhitespace(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
