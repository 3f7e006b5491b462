/// Finds a page's main article, after Mozilla Readability (Apache-2.0), re-expressed over `DOMTree`.
///
/// Readability scores paragraph-like elements by their text (length, commas) and credits their
/// ancestors; the best-scoring ancestor, with its worthy siblings, is the article. If the result is
/// too short, it retries with looser rules (keep unlikely-named blocks, ignore class names, keep
/// everything conditionally cleaned) and returns the longest attempt.
final class Readability {
  struct Flags: OptionSet {
    let rawValue: Int
    static let stripUnlikelys = Flags(rawValue: 1)
    static let weightClasses = Flags(rawValue: 2)
    static let cleanConditionally = Flags(rawValue: 4)
    static let all: Flags = [.stripUnlikelys, .weightClasses, .cleanConditionally]
  }

  /// Below this many characters an extraction is retried with looser rules.
  static let characterThreshold = 500
  static let topCandidateCount = 5

  let parser: HTMLParser
  let articleTitle: String
  var flags = Flags.all
  /// The byline found in the page's own elements (rel=author, class "byline"...), removed from the text.
  var articleByline: String?

  init(parser: HTMLParser, articleTitle: String) {
    self.parser = parser
    self.articleTitle = articleTitle
  }

  /// The article's container in a fresh tree, or nil when the page has no text at all.
  func grabArticle(firstTree: DOMTree? = nil) -> (tree: DOMTree, article: DOMNode)? {
    var attempts: [(tree: DOMTree, article: DOMNode, length: Int)] = []
    var unused = firstTree
    while true {
      let tree = unused ?? parser.makeTree().tree
      unused = nil
      replaceBreakRuns(tree)
      guard let page = tree.body else { return nil }
      let article = grab(tree, page: page)
      let length = tree.textLength(article)
      if length >= Readability.characterThreshold { return (tree, article) }
      attempts.append((tree, article, length))
      if flags.contains(.stripUnlikelys) {
        flags.remove(.stripUnlikelys)
      } else if flags.contains(.weightClasses) {
        flags.remove(.weightClasses)
      } else if flags.contains(.cleanConditionally) {
        flags.remove(.cleanConditionally)
      } else {
        var best = attempts[0]
        for attempt in attempts.dropFirst() where attempt.length > best.length { best = attempt }
        return best.length > 0 ? (best.tree, best.article) : nil
      }
    }
  }

  private func grab(_ tree: DOMTree, page: DOMNode) -> DOMNode {
    let elementsToScore = collectElementsToScore(tree)
    let candidates = scoreCandidates(tree, elementsToScore)
    let (topCandidate, created) = chooseTopCandidate(tree, page: page, candidates: candidates)
    let article = gatherSiblings(tree, topCandidate: topCandidate)
    prepareArticle(tree, article)
    _ = created
    return article
  }

  /// Readability's `_getClassWeight`: -25/+25 for negative/positive words in the class and in the id.
  func classWeight(_ node: DOMNode) -> Double {
    guard flags.contains(.weightClasses) else { return 0 }
    let flags = NameFlags.of(node)
    var weight = 0.0
    if flags.contains(.classNegative) { weight -= 25 }
    if flags.contains(.classPositive) { weight += 25 }
    if flags.contains(.idNegative) { weight -= 25 }
    if flags.contains(.idPositive) { weight += 25 }
    return weight
  }

  private static let plusThree: HTMLTagSet = ["pre", "td", "blockquote"]
  private static let minusThree: HTMLTagSet = ["address", "ol", "ul", "dl", "dd", "dt", "li", "form"]
  private static let minusFive: HTMLTagSet = ["h1", "h2", "h3", "h4", "h5", "h6", "th"]

  /// Readability's `_initializeNode`: a starting score by tag, plus the class weight.
  func initialize(_ node: DOMNode) {
    var score = 0.0
    if node.tag == .div {
      score += 5
    } else if Readability.plusThree.contains(node.tag) {
      score += 3
    } else if Readability.minusThree.contains(node.tag) {
      score -= 3
    } else if Readability.minusFive.contains(node.tag) {
      score -= 5
    }
    node.contentScore = score + classWeight(node)
  }

  /// Two `<br>`s in a row (white space between them ignored) start a new paragraph: Readability's `_replaceBrs`.
  private func replaceBreakRuns(_ tree: DOMTree) {
    guard let body = tree.body else { return }
    for br in tree.descendants(of: body, tags: [.br]) where br.parent != nil {
      var next = br.nextSibling
      var replaced = false
      while let candidate = Readability.skipWhitespace(tree, next), candidate.tag == .br {
        replaced = true
        next = candidate.nextSibling
        tree.remove(candidate)
      }
      guard replaced else { continue }
      let paragraph = tree.makeElement(.p)
      tree.replace(br, with: paragraph)
      next = paragraph.nextSibling
      while let sibling = next {
        if sibling.tag == .br, let after = Readability.skipWhitespace(tree, sibling.nextSibling),
          after.tag == .br
        {
          break
        }
        if !isPhrasingContent(sibling) { break }
        next = sibling.nextSibling
        tree.append(sibling, to: paragraph)
      }
      while let last = paragraph.lastChild, Readability.isWhitespace(tree, last) { tree.remove(last) }
      if let parent = paragraph.parent, parent.tag == .p { tree.rename(parent, to: .div) }
    }
  }

  /// Skips white-space-only text nodes (Readability's `_nextNode`).
  static func skipWhitespace(_ tree: DOMTree, _ node: DOMNode?) -> DOMNode? {
    var current = node
    while let here = current, tree.isBlankText(here) {
      current = here.nextSibling
    }
    return current
  }

  static func isWhitespace(_ tree: DOMTree, _ node: DOMNode) -> Bool {
    node.type == .text ? tree.textLength(node) == 0 : node.tag == .br
  }

  /// Text, phrasing elements, and links/edits that hold only phrasing content.
  func isPhrasingContent(_ node: DOMNode) -> Bool {
    var stack = [node]
    while let current = stack.popLast() {
      if current.type == .text || ReadabilityPatterns.phrasingElements.contains(current.tag) { continue }
      guard current.tag == .a || current.tag == .del || current.tag == .ins else { return false }
      stack.append(contentsOf: current.childNodes)
    }
    return true
  }
}
