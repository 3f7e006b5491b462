/// A node of Sayso's own small HTML tree, built from libxml2's parse so that extraction can be plain Swift.
///
/// Nodes link like the DOM (parent, first/last child, siblings) so that removal and sibling steps are O(1).
/// Links are `unowned(unsafe)`: the owning `DOMTree` keeps every node alive until extraction is over.
/// Text lives in the tree's byte buffer (a node holds a range), which keeps a page to few allocations.
final class DOMNode {
  enum NodeType: UInt8 { case element, text }

  let type: NodeType
  var tag: HTMLTag
  var className = ""
  var id = ""
  /// Lower-cased "class id": what Readability's name-based rules look at.
  var matchString: String { (className + " " + id).lowercased() }
  var href: String?
  /// The other attributes extraction reads (style, role, itemprop, meta content...).
  var attributes: [(name: String, value: String)] = []
  /// A text node's bytes in the tree's text buffer.
  var textRange: Range<Int> = 0..<0

  unowned(unsafe) var parent: DOMNode?
  unowned(unsafe) var firstChild: DOMNode?
  unowned(unsafe) var lastChild: DOMNode?
  unowned(unsafe) var nextSibling: DOMNode?
  unowned(unsafe) var previousSibling: DOMNode?

  /// Readability's score; nil until the node is a candidate.
  var contentScore: Double?
  var isDataTable = false
  /// Set while parsing: the element has attributes that hide it, or mark it as the author's.
  var hasHidingAttribute = false
  var hasAuthorAttribute = false
  var nameFlags: NameFlags = []
  /// Cached text statistics of the subtree, valid while `statsValid` (see `DOMTree.invalidate`).
  var stats = TextStats()
  var statsValid = false

  init(type: NodeType, tag: HTMLTag) {
    self.type = type
    self.tag = tag
  }

  var isElement: Bool { type == .element }

  func attribute(_ name: String) -> String? {
    switch name {
    case "class": return className.isEmpty ? nil : className
    case "id": return id.isEmpty ? nil : id
    case "href": return href
    default: return attributes.first { $0.name == name }?.value
    }
  }

  func hasAttribute(_ name: String) -> Bool { attribute(name) != nil }

  /// Sets an attribute as it arrives from the parser.
  func setAttribute(_ name: String, _ value: String) {
    switch name {
    case "class": className = value
    case "id": id = value
    case "href": href = value
    default: attributes.append((name, value))
    }
    switch name {
    case "style", "hidden", "aria-hidden": hasHidingAttribute = true
    case "rel", "itemprop": hasAuthorAttribute = true
    default: break
    }
  }

  /// Child nodes in order (text and elements).
  var childNodes: DOMChildSequence { DOMChildSequence(first: firstChild) }
  var children: [DOMNode] { childNodes.filter(\.isElement) }
  var childElementCount: Int { childNodes.reduce(0) { $0 + ($1.isElement ? 1 : 0) } }
  var firstElementChild: DOMNode? { childNodes.first(where: \.isElement) }

  var nextElementSibling: DOMNode? {
    var node = nextSibling
    while let current = node, !current.isElement { node = current.nextSibling }
    return node
  }
}

/// Iterates a node's children through the sibling links.
struct DOMChildSequence: Sequence, IteratorProtocol {
  unowned(unsafe) var node: DOMNode?

  init(first: DOMNode?) { node = first }

  mutating func next() -> DOMNode? {
    guard let current = node else { return nil }
    node = current.nextSibling
    return current
  }
}
