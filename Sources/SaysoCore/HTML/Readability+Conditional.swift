extension Readability {
  /// Readability's `_cleanConditionally`: removes blocks of a tag that look like navigation, ads or
  /// widgets (few commas, many links, images or inputs), keeping data tables and code.
  func cleanConditionally(_ tree: DOMTree, _ root: DOMNode, _ tag: HTMLTag) {
    guard flags.contains(.cleanConditionally) else { return }
    for node in tree.descendants(of: root, tags: [tag]).reversed() where node.parent != nil {
      if shouldRemoveConditionally(tree, node, tag) { tree.remove(node) }
    }
  }

  private func shouldRemoveConditionally(_ tree: DOMTree, _ node: DOMNode, _ tag: HTMLTag) -> Bool {
    let textLength = tree.textLength(node)
    var isList = tag == .ul || tag == .ol
    if !isList {
      let listLength = tree.descendants(of: node, tags: ["ul", "ol"]).reduce(0) { $0 + tree.textLength($1) }
      isList = textLength > 0 && Double(listLength) / Double(textLength) > 0.9
    }
    if tag == .table && node.isDataTable { return false }
    if tree.hasAncestor(node, tag: .table, maxDepth: -1, where: { $0.isDataTable }) { return false }
    if tree.hasAncestor(node, tag: .code_) { return false }
    if tree.descendants(of: node, tags: ["table"]).contains(where: \.isDataTable) { return false }
    let weight = classWeight(node)
    if weight < 0 { return true }
    guard tree.stats(node).asciiCommas < 10 else { return false }
    let counts = ElementCounts(tree, node)
    if counts.embedsAreVideo { return false }
    // Ad and loading placeholders are one short word: build the text only for short blocks.
    if textLength <= 20 && ReadabilityPatterns.isAdOrLoadingText(tree.innerText(node)) { return true }
    let linkDensity = tree.linkDensity(node)
    let headingDensity = textDensity(tree, node, tags: ReadabilityPatterns.headings)
    let textDensity = textDensity(
      tree, node, tags: ReadabilityPatterns.divToParagraphElements.union(["span", "li", "td"]))
    let isFigureChild = tree.hasAncestor(node, tag: .figure)
    let p = Double(counts.paragraphs)
    let img = Double(counts.images)
    var remove = false
    if !isFigureChild && counts.images > 1 && p / img < 0.5 { remove = true }
    if !isList && counts.listItems - 100 > counts.paragraphs { remove = true }
    if Double(counts.inputs) > (p / 3).rounded(.down) { remove = true }
    if !isList && !isFigureChild && headingDensity < 0.9 && textLength < 25
      && (counts.images == 0 || counts.images > 2)
      && linkDensity > 0
    {
      remove = true
    }
    if !isList && weight < 25 && linkDensity > 0.2 { remove = true }
    if weight >= 25 && linkDensity > 0.5 { remove = true }
    if (counts.embeds == 1 && textLength < 75) || counts.embeds > 1 { remove = true }
    if counts.images == 0 && textDensity == 0 { remove = true }
    if isList && remove {
      if node.children.contains(where: { $0.childElementCount > 1 }) { return true }
      if counts.images == tree.descendants(of: node, tags: ["li"]).count { return false }
    }
    return remove
  }

  /// Share of a node's text inside descendants with the given tags.
  private func textDensity(_ tree: DOMTree, _ node: DOMNode, tags: HTMLTagSet) -> Double {
    let length = tree.textLength(node)
    guard length > 0 else { return 0 }
    let inside = tree.descendants(of: node, tags: tags).reduce(0) { $0 + tree.textLength($1) }
    return Double(inside) / Double(length)
  }
}

/// Counts of the elements `_cleanConditionally` weighs, in one walk.
private struct ElementCounts {
  static let input = HTMLTag("input"), object = HTMLTag("object"), embed = HTMLTag("embed"),
    iframe = HTMLTag("iframe")

  var paragraphs = 0
  var images = 0
  var listItems = 0
  var inputs = 0
  var embeds = 0
  var embedsAreVideo = false

  init(_ tree: DOMTree, _ node: DOMNode) {
    tree.walk(node) { current in
      guard current !== node, current.isElement else { return }
      switch current.tag {
      case .p: paragraphs += 1
      case .img: images += 1
      case .li: listItems += 1
      case ElementCounts.input: inputs += 1
      case ElementCounts.object, ElementCounts.embed, ElementCounts.iframe: embeds += 1
      default: break
      }
    }
  }
}
