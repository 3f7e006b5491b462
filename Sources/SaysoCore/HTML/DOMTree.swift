/// Owns every node of a parsed page and performs the tree edits extraction needs.
///
/// Each edit marks the cached text statistics of the edited node's ancestors stale. Invariant: a node
/// with valid statistics has a subtree of valid statistics, so recomputation visits only what changed.
final class DOMTree {
  private(set) var nodes: [DOMNode] = []
  /// The text of every text node, back to back.
  private(set) var textBuffer: [UInt8] = []
  let root: DOMNode

  init() {
    root = DOMNode(type: .element, tag: .document)
    nodes.append(root)
  }

  func makeElement(_ tag: HTMLTag) -> DOMNode {
    let node = DOMNode(type: .element, tag: tag)
    nodes.append(node)
    return node
  }

  /// A text node holding a copy of `count` bytes.
  func makeText(_ bytes: UnsafePointer<UInt8>, count: Int) -> DOMNode {
    let node = DOMNode(type: .text, tag: .other)
    let start = textBuffer.count
    textBuffer.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    node.textRange = start..<textBuffer.count
    nodes.append(node)
    return node
  }

  /// Adds text under `parent` while building, extending the last text node when libxml2 delivers a text in
  /// several pieces.
  func appendText(_ bytes: UnsafePointer<UInt8>, count: Int, to parent: DOMNode) {
    if let last = parent.lastChild, last.type == .text, last.textRange.upperBound == textBuffer.count {
      textBuffer.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
      last.textRange = last.textRange.lowerBound..<textBuffer.count
      return
    }
    appendBuilding(makeText(bytes, count: count), to: parent)
  }

  /// Calls `body` with a text node's bytes.
  func withText<R>(_ node: DOMNode, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    textBuffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[node.textRange])) }
  }

  func text(_ node: DOMNode) -> String { withText(node) { String(decoding: $0, as: UTF8.self) } }

  /// A text node with nothing but white space.
  func isBlankText(_ node: DOMNode) -> Bool {
    node.type == .text && withText(node) { TextStats.of($0).length == 0 }
  }

  /// Marks `node` and its ancestors stale, stopping at the first one already stale (its ancestors are too).
  func invalidate(from node: DOMNode?) {
    var current = node
    while let here = current, here.statsValid {
      here.statsValid = false
      current = here.parent
    }
  }

  /// Detaches a node (and its subtree) from its parent.
  func remove(_ node: DOMNode) {
    guard let parent = node.parent else { return }
    if let previous = node.previousSibling {
      previous.nextSibling = node.nextSibling
    } else {
      parent.firstChild = node.nextSibling
    }
    if let next = node.nextSibling {
      next.previousSibling = node.previousSibling
    } else {
      parent.lastChild = node.previousSibling
    }
    node.parent = nil
    node.nextSibling = nil
    node.previousSibling = nil
    invalidate(from: parent)
  }

  /// Moves `child` (from wherever it is) to the end of `parent`'s children.
  func append(_ child: DOMNode, to parent: DOMNode) {
    remove(child)
    child.parent = parent
    child.previousSibling = parent.lastChild
    if let last = parent.lastChild { last.nextSibling = child } else { parent.firstChild = child }
    parent.lastChild = child
    invalidate(from: parent)
  }

  /// Puts `node` where `old` is; `old` is detached.
  func replace(_ old: DOMNode, with node: DOMNode) {
    guard let parent = old.parent, old !== node else { return }
    remove(node)
    node.parent = parent
    node.previousSibling = old.previousSibling
    node.nextSibling = old.nextSibling
    if let previous = old.previousSibling { previous.nextSibling = node } else { parent.firstChild = node }
    if let next = old.nextSibling { next.previousSibling = node } else { parent.lastChild = node }
    old.parent = nil
    old.previousSibling = nil
    old.nextSibling = nil
    invalidate(from: parent)
  }

  /// Inserts `node` before `reference` under the same parent.
  func insert(_ node: DOMNode, before reference: DOMNode) {
    guard let parent = reference.parent else { return }
    remove(node)
    node.parent = parent
    node.nextSibling = reference
    node.previousSibling = reference.previousSibling
    if let previous = reference.previousSibling {
      previous.nextSibling = node
    } else {
      parent.firstChild = node
    }
    reference.previousSibling = node
    invalidate(from: parent)
  }

  /// Renames an element in place (Readability's `_setNodeTag`; the score and children stay).
  func rename(_ node: DOMNode, to tag: HTMLTag) {
    if node.tag == .a || tag == .a { invalidate(from: node) }
    node.tag = tag
  }

  /// Elements below `node` (not `node` itself) in document order whose tag is in `tags`.
  func descendants(of node: DOMNode, tags: HTMLTagSet) -> [DOMNode] {
    var found: [DOMNode] = []
    walk(node) { if $0 !== node && $0.isElement && tags.contains($0.tag) { found.append($0) } }
    return found
  }

  /// The first element below `node` whose tag is in `tags`, stopping there.
  func firstDescendant(of node: DOMNode, tags: HTMLTagSet) -> DOMNode? {
    var found: DOMNode?
    walkWhile(node) { current in
      if current !== node && current.isElement && tags.contains(current.tag) {
        found = current
        return false
      }
      return true
    }
    return found
  }

  /// Visits `node` and its subtree in document order, without recursion (pages can nest deeply).
  func walk(_ node: DOMNode, _ visit: (DOMNode) -> Void) {
    walkWhile(node) { here in
      visit(here)
      return true
    }
  }

  /// Visits in document order until `visit` returns false.
  func walkWhile(_ node: DOMNode, _ visit: (DOMNode) -> Bool) {
    var current: DOMNode? = node
    while let here = current {
      if !visit(here) { return }
      if let child = here.firstChild {
        current = child
        continue
      }
      var climb: DOMNode? = here
      current = nil
      while let up = climb, up !== node {
        if let next = up.nextSibling {
          current = next
          break
        }
        climb = up.parent
      }
    }
  }

  /// Readability's `_getNextNode`: depth-first order over elements, optionally skipping `node`'s subtree.
  func nextElement(after node: DOMNode, skippingChildren: Bool = false) -> DOMNode? {
    if !skippingChildren, let child = node.firstElementChild { return child }
    if let sibling = node.nextElementSibling { return sibling }
    var up = node.parent
    while let current = up {
      if let sibling = current.nextElementSibling { return sibling }
      up = current.parent
    }
    return nil
  }

  func hasAncestor(
    _ node: DOMNode, tag: HTMLTag, maxDepth: Int = 3, where filter: ((DOMNode) -> Bool)? = nil
  ) -> Bool {
    var depth = 0
    var up = node.parent
    while let current = up {
      if maxDepth > 0 && depth > maxDepth { return false }
      if current.tag == tag && (filter?(current) ?? true) { return true }
      up = current.parent
      depth += 1
    }
    return false
  }

  func ancestors(of node: DOMNode, maxDepth: Int = 0) -> [DOMNode] {
    var list: [DOMNode] = []
    var up = node.parent
    while let current = up {
      list.append(current)
      if maxDepth > 0 && list.count == maxDepth { break }
      up = current.parent
    }
    return list
  }
}
