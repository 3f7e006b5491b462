/// Guesses a file's format from its extension, then from its first bytes.
enum FormatSniffer {
  static func format(path: String?, bytes: [UInt8]) -> SourceFormat {
    if let path, let dot = path.lastIndex(of: "."), !path[dot...].contains("/") {
      switch path[path.index(after: dot)...].lowercased() {
      case "html", "htm", "xhtml", "shtml": return .html
      case "md", "markdown", "mdown", "mkd", "mdtext": return .markdown
      case "txt", "text": return .text
      default: break
      }
    }
    return looksLikeHTML(bytes) ? .html : .text
  }

  /// A document whose first tag is `<!doctype html`, `<html`, `<head` or `<body`.
  static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
    let head = bytes.prefix(2048)
    guard let first = head.firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }), head[first] == 0x3C
    else { return false }
    let lowered = String(decoding: head[first...].prefix(1024), as: UTF8.self).lowercased()
    return ["<!doctype html", "<html", "<head", "<body"].contains { lowered.hasPrefix($0) }
      || ((lowered.hasPrefix("<!--") || lowered.hasPrefix("<?xml")) && lowered.contains("<html"))
  }
}
