/// What Readability's class/id word lists say about one element, computed once per element.
///
/// The lists are matched as substrings of the lower-cased class and id. One scan per string tests every
/// list at once (patterns are indexed by their first byte), and the answer is cached on the node.
struct NameFlags: OptionSet {
  let rawValue: UInt16
  static let unlikely = NameFlags(rawValue: 1 << 0)
  static let maybeCandidate = NameFlags(rawValue: 1 << 1)
  static let byline = NameFlags(rawValue: 1 << 2)
  static let share = NameFlags(rawValue: 1 << 3)
  static let classPositive = NameFlags(rawValue: 1 << 4)
  static let classNegative = NameFlags(rawValue: 1 << 5)
  static let idPositive = NameFlags(rawValue: 1 << 6)
  static let idNegative = NameFlags(rawValue: 1 << 7)
  static let computed = NameFlags(rawValue: 1 << 15)

  private static let positive = NameFlags(rawValue: 1 << 8)
  private static let negative = NameFlags(rawValue: 1 << 9)
  private static let shareWord = NameFlags(rawValue: 1 << 10)

  private static let nameMatcher = PatternMatcher([
    (ReadabilityPatterns.unlikelyCandidates, .unlikely),
    (ReadabilityPatterns.maybeCandidate, .maybeCandidate),
    (ReadabilityPatterns.byline, .byline), (NamePattern(substrings: ["share"], tokens: []), .shareWord),
  ])
  private static let weightMatcher = PatternMatcher([
    (ReadabilityPatterns.positive, .positive), (ReadabilityPatterns.negative, .negative),
  ])

  static func of(_ node: DOMNode) -> NameFlags {
    if node.nameFlags.contains(.computed) { return node.nameFlags }
    var flags: NameFlags = [.computed]
    if !node.className.isEmpty || !node.id.isEmpty {
      let match = node.matchString
      let found = nameMatcher.matches(match)
      flags.formUnion(found.intersection([.unlikely, .maybeCandidate, .byline]))
      if found.contains(.shareWord) && ReadabilityPatterns.isShareName(match) {
        flags.insert(.share)
      }
    }
    if !node.className.isEmpty {
      let found = weightMatcher.matches(node.className.lowercased())
      if found.contains(.positive) { flags.insert(.classPositive) }
      if found.contains(.negative) { flags.insert(.classNegative) }
    }
    if !node.id.isEmpty {
      let found = weightMatcher.matches(node.id.lowercased())
      if found.contains(.positive) { flags.insert(.idPositive) }
      if found.contains(.negative) { flags.insert(.idNegative) }
    }
    node.nameFlags = flags
    return flags
  }
}

/// Several word lists matched in one pass over a string.
private struct PatternMatcher {
  /// All pattern bytes back to back; pattern k is `bytes[starts[k]..<starts[k + 1]]`.
  private var bytes: [UInt8] = []
  private var starts: [Int] = [0]
  private var flags: [NameFlags] = []
  /// Patterns by first byte: `candidates[firstIndex[b]..<firstIndex[b + 1]]`.
  private var candidates: [Int] = []
  private var firstIndex = [Int](repeating: 0, count: 257)
  private var tokens: [(String, NameFlags)] = []

  init(_ lists: [(NamePattern, NameFlags)]) {
    var byFirst = [[Int]](repeating: [], count: 256)
    for (list, flag) in lists {
      for pattern in list.substrings {
        let utf8 = Array(pattern.utf8)
        byFirst[Int(utf8[0])].append(flags.count)
        bytes += utf8
        starts.append(bytes.count)
        flags.append(flag)
      }
      tokens += list.tokens.map { ($0, flag) }
    }
    for (byte, list) in byFirst.enumerated() {
      firstIndex[byte] = candidates.count
      candidates += list
    }
    firstIndex[256] = candidates.count
  }

  func matches(_ text: String) -> NameFlags {
    var found: NameFlags = []
    var copy = text
    copy.withUTF8 { haystack in
      bytes.withUnsafeBufferPointer { patterns in
        starts.withUnsafeBufferPointer { starts in
          flags.withUnsafeBufferPointer { flags in
            candidates.withUnsafeBufferPointer { candidates in
              firstIndex.withUnsafeBufferPointer { firstIndex in
                let n = haystack.count
                for i in 0..<n {
                  let first = Int(haystack[i])
                  var c = firstIndex[first]
                  let last = firstIndex[first + 1]
                  while c < last {
                    let k = candidates[c]
                    c += 1
                    let start = starts[k]
                    let length = starts[k + 1] - start
                    if i + length > n || found.contains(flags[k]) { continue }
                    var j = 1
                    while j < length && haystack[i + j] == patterns[start + j] { j += 1 }
                    if j == length { found.insert(flags[k]) }
                  }
                }
              }
            }
          }
        }
      }
    }
    for (token, flag) in tokens where !found.contains(flag) {
      if text.split(separator: " ").contains(where: { $0 == token }) { found.insert(flag) }
    }
    return found
  }
}
