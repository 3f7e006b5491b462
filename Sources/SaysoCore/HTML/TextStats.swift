/// Text measures of a subtree, as Readability computes them on `textContent` with white space collapsed.
struct TextStats {
  /// Length in scalars with every white-space run counted as one character (not yet trimmed).
  var collapsedLength = 0
  var leadingSpace = false
  var trailingSpace = false
  /// Commas of any script (Readability's comma class), and ASCII commas alone.
  var commas = 0
  var asciiCommas = 0
  /// Text inside links, in trimmed characters, weighted 0.3 for in-page `#anchor` links.
  var linkLength = 0.0

  /// Length of the trimmed, collapsed text: what `_getInnerText(node).length` returns.
  var length: Int {
    guard collapsedLength > 0 else { return 0 }
    return max(0, collapsedLength - (leadingSpace ? 1 : 0) - (trailingSpace ? 1 : 0))
  }

  /// Appends the measures of the following sibling content.
  mutating func append(_ other: TextStats) {
    guard other.collapsedLength > 0 else { return }
    if collapsedLength == 0 {
      leadingSpace = other.leadingSpace
    }
    collapsedLength +=
      other.collapsedLength - (trailingSpace && other.leadingSpace && collapsedLength > 0 ? 1 : 0)
    trailingSpace = other.trailingSpace
    commas += other.commas
    asciiCommas += other.asciiCommas
    linkLength += other.linkLength
  }

  /// Measures UTF-8 text in one pass: scalars counted by lead bytes, white space and commas by value.
  static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> TextStats {
    var stats = TextStats()
    var inSpace = false
    let n = bytes.count
    var i = 0
    while i < n {
      let lead = bytes[i]
      var scalar = UInt32(lead)
      var width = 1
      if lead >= 0xC0 {
        width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard i + width <= n else { break }
        scalar = UInt32(lead) & (0xFF >> (width + 1))
        for k in 1..<width { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
      }
      i += width
      if Unicode.Scalar(scalar)?.isSpace == true {
        if !inSpace {
          stats.collapsedLength += 1
          inSpace = true
          if stats.collapsedLength == 1 { stats.leadingSpace = true }
        }
        continue
      }
      stats.collapsedLength += 1
      inSpace = false
      switch scalar {
      case 0x2C:
        stats.commas += 1
        stats.asciiCommas += 1
      case 0x060C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C:
        stats.commas += 1
      default: break
      }
    }
    stats.trailingSpace = inSpace
    return stats
  }
}

extension DOMTree {
  /// Text measures of a node's subtree, recomputed only for nodes changed since the last call.
  func stats(_ node: DOMNode) -> TextStats {
    if node.statsValid { return node.stats }
    // Post-order without recursion: children's stats before their parent's.
    var stack: [(DOMNode, Bool)] = [(node, false)]
    while let (current, childrenDone) = stack.popLast() {
      if current.statsValid { continue }
      if current.type == .text {
        current.stats = withText(current) { TextStats.of($0) }
        current.statsValid = true
        continue
      }
      if !childrenDone {
        stack.append((current, true))
        for child in current.childNodes where !child.statsValid { stack.append((child, false)) }
        continue
      }
      var total = TextStats()
      for child in current.childNodes { total.append(child.stats) }
      if current.tag == .a {
        let href = current.href ?? ""
        let weight = href.count > 1 && href.hasPrefix("#") ? 0.3 : 1.0
        total.linkLength = Double(total.length) * weight
      }
      current.stats = total
      current.statsValid = true
    }
    return node.stats
  }

  func textLength(_ node: DOMNode) -> Int { stats(node).length }

  /// Share of a node's text that sits inside links.
  func linkDensity(_ node: DOMNode) -> Double {
    let stats = stats(node)
    return stats.length == 0 ? 0 : stats.linkLength / Double(stats.length)
  }

  /// The node's text content, trimmed, with white-space runs collapsed to one space.
  func innerText(_ node: DOMNode) -> String {
    var out: [UInt8] = []
    var pendingSpace = false
    walk(node) { current in
      guard current.type == .text else { return }
      withText(current) { bytes in
        SpaceCollapser.append(bytes, to: &out, pendingSpace: &pendingSpace)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The node's text content exactly as written.
  func rawText(_ node: DOMNode) -> String {
    var out: [UInt8] = []
    walk(node) { current in
      if current.type == .text { withText(current) { out.append(contentsOf: $0) } }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

/// Appends UTF-8 text with white-space runs collapsed to one space and no leading space.
enum SpaceCollapser {
  static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], pendingSpace: inout Bool) {
    var i = 0
    let n = bytes.count
    while i < n {
      let width = spaceWidth(bytes, i)
      if width > 0 {
        pendingSpace = !out.isEmpty
        i += width
        continue
      }
      if pendingSpace { out.append(0x20) }
      pendingSpace = false
      out.append(bytes[i])
      i += 1
    }
  }

  /// Bytes taken by a white-space character at `i` (0 when it is not white space). No-break spaces
  /// count as white space, as in JavaScript's `\s`.
  @inline(__always)
  static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let byte = bytes[i]
    if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
    let n = bytes.count
    if byte == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 || bytes[i + 1] == 0x85 { return 2 }
    if byte == 0xE2, i + 2 < n, bytes[i + 1] == 0x80,
      (0x80...0x8A).contains(bytes[i + 2]) || bytes[i + 2] == 0xA8
        || bytes[i + 2] == 0xA9 || bytes[i + 2] == 0xAF
    {
      return 3
    }
    if byte == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return 3 }
    return 0
  }
}
