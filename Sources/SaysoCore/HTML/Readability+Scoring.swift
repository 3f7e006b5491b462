extension Readability {
  /// Scores each paragraph-like element by its text and credits its ancestors (parent fully, grandparent
  /// half, further ancestors a third per level); returns the credited ancestors in order of discovery.
  func scoreCandidates(_ tree: DOMTree, _ elements: [DOMNode]) -> [DOMNode] {
    var candidates: [DOMNode] = []
    for element in elements {
      guard let parent = element.parent, parent !== tree.root else { continue }
      let stats = tree.stats(element)
      guard stats.length >= 25 else { continue }
      let ancestors = tree.ancestors(of: element, maxDepth: 5)
      guard !ancestors.isEmpty else { continue }
      let score = 1 + Double(stats.commas + 1) + Double(min(stats.length / 100, 3))
      for (level, ancestor) in ancestors.enumerated() {
        guard let up = ancestor.parent, up !== tree.root else { continue }
        if ancestor.contentScore == nil {
          initialize(ancestor)
          candidates.append(ancestor)
        }
        let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
        ancestor.contentScore = (ancestor.contentScore ?? 0) + score / divider
      }
    }
    return candidates
  }

  /// The best candidate after link-density scaling, moved up to a shared ancestor when several
  /// near-best candidates sit under it, or up while the parent scores better.
  func chooseTopCandidate(_ tree: DOMTree, page: DOMNode, candidates: [DOMNode]) -> (DOMNode, Bool) {
    var top: [DOMNode] = []
    for candidate in candidates {
      let scaled = (candidate.contentScore ?? 0) * (1 - tree.linkDensity(candidate))
      candidate.contentScore = scaled
      if let slot = (0..<Readability.topCandidateCount).first(where: {
        $0 >= top.count || scaled > (top[$0].contentScore ?? 0)
      }) {
        top.insert(candidate, at: slot)
        if top.count > Readability.topCandidateCount { top.removeLast() }
      }
    }
    guard var topCandidate = top.first, topCandidate.tag != .body else {
      let container = tree.makeElement(.div)
      for child in Array(page.childNodes) { tree.append(child, to: container) }
      tree.append(container, to: page)
      initialize(container)
      return (container, true)
    }
    let topScore = topCandidate.contentScore ?? 0
    let alternatives = top.dropFirst().filter {
      ($0.contentScore ?? 0) / max(topScore, .leastNonzeroMagnitude) >= 0.75
    }
    .map { tree.ancestors(of: $0) }
    if alternatives.count >= 3 {
      var parent = topCandidate.parent
      while let current = parent, current.tag != .body, current !== tree.root {
        let containing = alternatives.filter { list in list.contains { $0 === current } }.count
        if containing >= 3 {
          topCandidate = current
          break
        }
        parent = current.parent
      }
    }
    if topCandidate.contentScore == nil { initialize(topCandidate) }
    var parent = topCandidate.parent
    var lastScore = topCandidate.contentScore ?? 0
    let threshold = lastScore / 3
    while let current = parent, current.tag != .body, current !== tree.root {
      guard let parentScore = current.contentScore else {
        parent = current.parent
        continue
      }
      if parentScore < threshold { break }
      if parentScore > lastScore {
        topCandidate = current
        break
      }
      lastScore = parentScore
      parent = current.parent
    }
    parent = topCandidate.parent
    while let current = parent, current.tag != .body, current !== tree.root, current.childElementCount == 1 {
      topCandidate = current
      parent = current.parent
    }
    if topCandidate.contentScore == nil { initialize(topCandidate) }
    return (topCandidate, false)
  }

  /// The top candidate plus those siblings that score close to it or read like prose paragraphs.
  func gatherSiblings(_ tree: DOMTree, topCandidate: DOMNode) -> DOMNode {
    let article = tree.makeElement(.div)
    let topScore = topCandidate.contentScore ?? 0
    let threshold = max(10, topScore * 0.2)
    guard let parent = topCandidate.parent else {
      tree.append(topCandidate, to: article)
      return article
    }
    for sibling in parent.children {
      var append = sibling === topCandidate
      if !append {
        var bonus = 0.0
        if sibling.className == topCandidate.className && !topCandidate.className.isEmpty {
          bonus += topScore * 0.2
        }
        if let score = sibling.contentScore, score + bonus >= threshold {
          append = true
        } else if sibling.tag == .p {
          let density = tree.linkDensity(sibling)
          let length = tree.textLength(sibling)
          if length > 80 && density < 0.25 {
            append = true
          } else if length < 80 && length > 0 && density == 0
            && Readability.hasSentenceEnd(tree.innerText(sibling))
          {
            append = true
          }
        }
      }
      if append {
        if !ReadabilityPatterns.alterToDivExceptions.contains(sibling.tag) { tree.rename(sibling, to: .div) }
        tree.append(sibling, to: article)
      }
    }
    return article
  }

  /// `/\.( |$)/`: a full stop followed by a space or the end.
  static func hasSentenceEnd(_ text: String) -> Bool {
    text.hasSuffix(".") || text.containsBytes(". ")
  }
}
