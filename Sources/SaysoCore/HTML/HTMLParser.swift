@preconcurrency import CLibXML2

/// Parses HTML with libxml2's forgiving HTML parser (no network, no messages on stderr), receiving SAX
/// events straight into a `DOMTree`: libxml2 builds no tree of its own, which halves the cost of a page.
/// This is the only place in Sayso that touches libxml2's parser.
///
/// Scripts, styles and templates are dropped while building; JSON-LD scripts are kept aside for metadata.
final class HTMLParser {
  private let bytes: [UInt8]

  init(_ page: [UInt8]) {
    bytes = HTMLPrefilter.strip(page)
  }

  /// A fresh tree of the page (called again when extraction retries with looser rules).
  func makeTree() -> (tree: DOMTree, jsonLD: [String]) {
    let builder = DOMBuilder()
    var handler = xmlSAXHandler()
    handler.initialized = 1
    handler.startElement = { context, name, attributes in
      DOMBuilder.from(context).start(name, attributes)
    }
    handler.endElement = { context, name in
      DOMBuilder.from(context).end(name)
    }
    handler.characters = { context, characters, length in
      DOMBuilder.from(context).characters(characters, Int(length))
    }
    handler.cdataBlock = handler.characters
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue)
    if let context = htmlNewParserCtxt() {
      let ownHandler = context.pointee.sax
      withUnsafeMutablePointer(to: &handler) { pointer in
        context.pointee.sax = pointer
        context.pointee.userData = Unmanaged.passUnretained(builder).toOpaque()
        bytes.withUnsafeBufferPointer { buffer in
          buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            let document = htmlCtxtReadMemory(
              context, $0, Int32(clamping: buffer.count), nil, "UTF-8", options)
            if let document { xmlFreeDoc(document) }
          }
        }
        context.pointee.sax = ownHandler
        context.pointee.userData = nil
      }
      htmlFreeParserCtxt(context)
    }
    builder.tree.ensureBody()
    return (builder.tree, builder.jsonLD)
  }
}

/// Receives libxml2's SAX events and grows the tree.
private final class DOMBuilder {
  let tree = DOMTree()
  var jsonLD: [String] = []
  private var open: [DOMNode] = []
  /// The parser's interned name of each open element: an end event names the same pointer.
  private var openNames: [UnsafePointer<xmlChar>?] = []
  /// A direct-mapped cache from interned name pointers to tags, so most tags cost no hashing.
  private var tagCache = [(UnsafePointer<xmlChar>?, HTMLTag)](repeating: (nil, .other), count: 256)
  /// Depth inside an element whose content is dropped (scripts, styles, SVG...).
  private var droppedDepth = 0
  /// Elements opened past `maximumDepth`, placed beside each other instead of inside each other.
  private var flattenedDepth = 0

  /// Deeper nesting is flattened: real pages stay under ~60 levels, and Readability's rules cost
  /// O(depth) per element, so 100,000 nested elements would otherwise take quadratic time.
  static let maximumDepth = 256
  private var capturingJSONLD: [UInt8]?

  /// Attributes extraction reads; the rest are not copied.
  private static let keptAttributes: [String] = [
    "class", "id", "style", "hidden", "aria-hidden", "aria-modal", "role", "rel", "itemprop", "itemtype",
    "itemscope", "href", "name", "property", "content", "datetime", "type", "lang", "summary", "datatable",
    "colspan", "rowspan",
  ]
  private static let keptAttributeBytes: [[UInt8]] = keptAttributes.map { Array($0.utf8) + [0] }

  /// The kept attribute a C name is, compared byte by byte (no `String` for the many attributes dropped).
  static func keptAttribute(_ name: UnsafePointer<UInt8>) -> String? {
    for (i, bytes) in keptAttributeBytes.enumerated() where bytes[0] == name[0] {
      var j = 1
      while j < bytes.count && bytes[j] == name[j] { j += 1 }
      if j == bytes.count { return keptAttributes[i] }
    }
    return nil
  }
  /// Elements whose content is never article text.
  private static let droppedElements: HTMLTagSet = [
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "video", "audio",
    "select",
  ]
  /// Of those, the ones kept as empty elements (they count as embeds and inputs for the heuristics).
  private static let keptEmpty: HTMLTagSet = ["iframe", "object", "video", "audio", "select"]

  static func from(_ context: UnsafeMutableRawPointer?) -> DOMBuilder {
    // The context is always the builder passed as userData in makeTree.
    Unmanaged<DOMBuilder>.fromOpaque(context!).takeUnretainedValue()  // swift-format-ignore: NeverForceUnwrap
  }

  private var parent: DOMNode { open.last ?? tree.root }

  func start(_ rawName: UnsafePointer<xmlChar>?, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?)
  {
    if droppedDepth > 0 {
      droppedDepth += 1
      return
    }
    let tag = self.tag(rawName)
    let element = tree.makeElement(tag)
    var pairs = attributes
    while let nameField = pairs?.pointee {
      // libxml2's HTML parser hands names over in lower case already.
      if let name = DOMBuilder.keptAttribute(nameField) {
        let valueField = pairs?.advanced(by: 1).pointee
        element.setAttribute(name, valueField.map { String(cString: $0) } ?? "")
      }
      pairs = pairs?.advanced(by: 2)
    }
    if DOMBuilder.droppedElements.contains(tag) {
      droppedDepth = 1
      if DOMBuilder.keptEmpty.contains(tag) { tree.appendBuilding(element, to: parent) }
      if tag == .script, element.attribute("type")?.lowercased().containsBytes("ld+json") == true {
        capturingJSONLD = []
      }
      return
    }
    tree.appendBuilding(element, to: parent)
    if open.count >= DOMBuilder.maximumDepth {
      flattenedDepth += 1
    } else {
      open.append(element)
      openNames.append(rawName)
    }
  }

  private func tag(_ name: UnsafePointer<xmlChar>?) -> HTMLTag {
    guard let name else { return .other }
    let slot = Int(truncatingIfNeeded: UInt(bitPattern: name) >> 4) & 255
    if tagCache[slot].0 == name { return tagCache[slot].1 }
    let tag = HTMLTag(cName: name)
    tagCache[slot] = (name, tag)
    return tag
  }

  func end(_ rawName: UnsafePointer<xmlChar>?) {
    if droppedDepth > 0 {
      droppedDepth -= 1
      if droppedDepth == 0, let json = capturingJSONLD {
        jsonLD.append(String(decoding: json, as: UTF8.self))
        capturingJSONLD = nil
      }
      return
    }
    if flattenedDepth > 0 {
      flattenedDepth -= 1
      return
    }
    if let last = openNames.last, last == rawName {
      open.removeLast()
      openNames.removeLast()
      return
    }
    let tag = self.tag(rawName)
    if let index = open.lastIndex(where: { $0.tag == tag }) {
      open.removeSubrange(index...)
      openNames.removeSubrange(index...)
    }
  }

  func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int) {
    guard let characters, length > 0 else { return }
    if droppedDepth > 0 {
      capturingJSONLD?.append(contentsOf: UnsafeBufferPointer(start: characters, count: length))
      return
    }
    tree.appendText(characters, count: length, to: parent)
  }
}

extension DOMTree {
  /// Appends while building: no detaching, no cache invalidation.
  func appendBuilding(_ child: DOMNode, to parent: DOMNode) {
    child.parent = parent
    child.previousSibling = parent.lastChild
    if let last = parent.lastChild { last.nextSibling = child } else { parent.firstChild = child }
    parent.lastChild = child
  }

  var documentElement: DOMNode? { root.firstElementChild }

  var body: DOMNode? {
    documentElement?.children.first { $0.tag == .body }
  }

  var head: DOMNode? {
    documentElement?.children.first { $0.tag == .head }
  }

  /// Makes sure `<html><body>` exist (a page of frames or bare text may have neither).
  func ensureBody() {
    let html: DOMNode
    if let existing = documentElement, existing.tag == .html {
      html = existing
    } else {
      html = makeElement(.html)
      for child in Array(root.childNodes) { appendBuilding(child, to: html) }
      root.firstChild = nil
      root.lastChild = nil
      appendBuilding(html, to: root)
    }
    if body == nil { appendBuilding(makeElement(.body), to: html) }
  }
}
