extension Readability {
  /// The first pass: drops hidden, unlikely and empty blocks, turns text-only divs into paragraphs,
  /// and lists the elements whose text will be scored.
  func collectElementsToScore(_ tree: DOMTree) -> [DOMNode] {
    var elements: [DOMNode] = []
    var shouldRemoveTitleHeader = true
    // The head holds no article text (and nothing that passes as a byline): start at the body.
    var node = tree.body ?? tree.documentElement
    while let current = node {
      if !isProbablyVisible(current)
        || (current.attribute("aria-modal") == "true" && current.attribute("role") == "dialog")
        || checkByline(tree, current)
      {
        node = removeAndGetNext(tree, current)
        continue
      }
      if shouldRemoveTitleHeader && headerDuplicatesTitle(tree, current) {
        shouldRemoveTitleHeader = false
        node = removeAndGetNext(tree, current)
        continue
      }
      if flags.contains(.stripUnlikelys) && isUnlikelyCandidate(tree, current) {
        node = removeAndGetNext(tree, current)
        continue
      }
      if Readability.emptyRemovable.contains(current.tag)
        && isElementWithoutContent(tree, current)
      {
        node = removeAndGetNext(tree, current)
        continue
      }
      if ReadabilityPatterns.tagsToScore.contains(current.tag) { elements.append(current) }
      var next = current
      if current.tag == .div {
        wrapPhrasingRuns(tree, current)
        if hasSingleTag(tree, current, .p), tree.linkDensity(current) < 0.25,
          let child = current.firstElementChild
        {
          tree.replace(current, with: child)
          next = child
          elements.append(child)
        } else if !hasChildBlockElement(tree, current) {
          tree.rename(current, to: .p)
          elements.append(current)
        }
      }
      node = tree.nextElement(after: next)
    }
    return elements
  }

  private func isUnlikelyCandidate(_ tree: DOMTree, _ node: DOMNode) -> Bool {
    let flags = NameFlags.of(node)
    if flags.contains(.unlikely) && !flags.contains(.maybeCandidate)
      && !tree.hasAncestor(node, tag: .table) && !tree.hasAncestor(node, tag: .code_)
      && node.tag != .body && node.tag != .a
    {
      return true
    }
    return ReadabilityPatterns.unlikelyRoles.contains(node.attribute("role") ?? "")
  }

  func removeAndGetNext(_ tree: DOMTree, _ node: DOMNode) -> DOMNode? {
    let next = tree.nextElement(after: node, skippingChildren: true)
    tree.remove(node)
    return next
  }

  func isProbablyVisible(_ node: DOMNode) -> Bool {
    guard node.hasHidingAttribute else { return true }
    if let style = node.attribute("style") {
      let compact = style.lowercased().filter { $0 != " " }
      if compact.containsBytes("display:none") || compact.containsBytes("visibility:hidden") { return false }
    }
    if node.hasAttribute("hidden") { return false }
    if node.attribute("aria-hidden") == "true" && !node.className.contains("fallback-image") { return false }
    return true
  }

  /// Takes the first element named like a byline (or rel=author) as the byline and removes it from the text.
  private func checkByline(_ tree: DOMTree, _ node: DOMNode) -> Bool {
    guard articleByline == nil else { return false }
    let isAuthor =
      (node.hasAuthorAttribute
        && (node.attribute("rel") == "author"
          || (node.attribute("itemprop")?.containsBytes("author") ?? false)))
      || NameFlags.of(node).contains(.byline)
    guard isAuthor else { return false }
    let text = tree.rawText(node).trimmingWhitespace
    guard !text.isEmpty, text.count < 100 else { return false }
    let end = tree.nextElement(after: node, skippingChildren: true)
    var next = tree.nextElement(after: node)
    var nameNode: DOMNode?
    while let current = next, current !== end {
      if current.attribute("itemprop")?.contains("name") == true {
        nameNode = current
        break
      }
      next = tree.nextElement(after: current)
    }
    articleByline = nameNode.map { tree.rawText($0).trimmingWhitespace } ?? text
    return true
  }

  private func headerDuplicatesTitle(_ tree: DOMTree, _ node: DOMNode) -> Bool {
    guard node.tag == .h1 || node.tag == .h2 else { return false }
    return TextSimilarity.similarity(articleTitle, tree.rawText(node).trimmingWhitespace) > 0.75
  }

  func isElementWithoutContent(_ tree: DOMTree, _ node: DOMNode) -> Bool {
    guard node.isElement, tree.textLength(node) == 0 else { return false }
    let children = node.childElementCount
    return children == 0 || children == tree.descendants(of: node, tags: Readability.breaks).count
  }

  /// Exactly one element child with this tag and no text beside it.
  func hasSingleTag(_ tree: DOMTree, _ node: DOMNode, _ tag: HTMLTag) -> Bool {
    var elementCount = 0
    for child in node.childNodes {
      if child.isElement {
        elementCount += 1
        if elementCount > 1 || child.tag != tag { return false }
      } else if !tree.isBlankText(child) {
        return false
      }
    }
    return elementCount == 1
  }

  func hasChildBlockElement(_ tree: DOMTree, _ node: DOMNode) -> Bool {
    tree.firstDescendant(of: node, tags: ReadabilityPatterns.divToParagraphElements) != nil
  }

  /// Puts each run of phrasing content directly inside a div into its own paragraph.
  private func wrapPhrasingRuns(_ tree: DOMTree, _ div: DOMNode) {
    var paragraph: DOMNode?
    var child = div.firstChild
    while let current = child {
      let next = current.nextSibling
      if isPhrasingContent(current) {
        if let paragraph {
          tree.append(current, to: paragraph)
        } else if !Readability.isWhitespace(tree, current) {
          let wrapper = tree.makeElement(.p)
          tree.replace(current, with: wrapper)
          tree.append(current, to: wrapper)
          paragraph = wrapper
        }
      } else if let open = paragraph {
        while let last = open.lastChild, Readability.isWhitespace(tree, last) { tree.remove(last) }
        paragraph = nil
      }
      child = next
    }
  }
}

extension Readability {
  static let breaks: HTMLTagSet = ["br", "hr"]
  static let emptyRemovable: HTMLTagSet = ["div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"]
}

extension String {
  var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isSpace }),
      let last = scalars.lastIndex(where: { !$0.isSpace })
    else { return "" }
    return String(scalars[first...last])
  }
}
