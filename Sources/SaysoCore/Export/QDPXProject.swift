import Foundation

/// REFI-QDA (QDA-XML 1.0) `project.qde` for NVivo, ATLAS.ti, MAXQDA and QualCoder: each document a
/// `TextSource` whose plain text travels in the archive (`sources/GUID.txt`); each quote a
/// `PlainTextSelection` coded with its speaker (codes under `Speaker`) and with the researcher's codes;
/// codes and notes on paragraphs and spans as selections too; notes as `Note`s referred to by
/// selection. Positions are code points. GUIDs are derived from content, so re-exporting is stable.
public enum QDPXProject {
  public struct Archive: Sendable {
    /// `project.qde`.
    public var project: String
    /// `sources/GUID.txt` → text.
    public var sources: [String: String]
  }

  public static func archive(_ sources: [ExportSource], name: String = "Sayso export") -> Archive {
    var xml = XMLText()
    let coders = Set(sources.flatMap { $0.annotations.map(\.coder) }).union(["sayso"]).sorted()
    let userGUID = Dictionary(uniqueKeysWithValues: coders.map { ($0, guid("user", $0)) })
    let created = sources.flatMap { $0.annotations.map(\.created) }.min() ?? Date(timeIntervalSince1970: 0)
    xml.open(
      "Project",
      [
        ("xmlns", "urn:QDA-XML:project:1.0"), ("name", name), ("origin", "Sayso"),
        ("creatingUserGUID", userGUID["sayso"]!), ("creationDateTime", ExportTime.text(created)),
      ])
    xml.open("Users", [])
    for coder in coders { xml.empty("User", [("guid", userGUID[coder]!), ("name", coder)]) }
    xml.close("Users")
    // The codebook: the researcher's codes by path, then a Speaker code with one child per speaker.
    let codePaths = Set(sources.flatMap { $0.codes.map(\.name) })
    let speakers = Set(
      sources.flatMap { source in source.quotes.compactMap { source.analysis.speaker(of: $0)?.name } })
    xml.open("CodeBook", [])
    xml.open("Codes", [])
    writeCodes(&xml, tree: CodeTree(paths: codePaths), prefix: "")
    xml.open("Code", [("guid", guid("code", "Speaker")), ("name", "Speaker"), ("isCodable", "false")])
    for speaker in speakers.sorted() {
      xml.empty(
        "Code", [("guid", guid("code", "Speaker/" + speaker)), ("name", speaker), ("isCodable", "true")])
    }
    xml.close("Code")
    xml.close("Codes")
    xml.close("CodeBook")
    var files: [String: String] = [:]
    var notes: [(guid: String, text: String, coder: String, created: Date)] = []
    xml.open("Sources", [])
    for source in sources {
      let sourceGUID = guid("source", source.document.text.sha256)
      files["sources/\(sourceGUID).txt"] = source.document.text.string
      xml.open(
        "TextSource",
        [
          ("guid", sourceGUID), ("name", source.document.metadata.title ?? source.path),
          ("plainTextPath", "internal://\(sourceGUID).txt"), ("creatingUser", userGUID["sayso"]!),
        ])
      for quote in source.quotes {
        let (codes, quoteNotes) = source.marks(of: quote)
        var refs = source.analysis.speaker(of: quote).map { [guid("code", "Speaker/" + $0.name)] } ?? []
        refs += codes.map { guid("code", $0) }
        let noteGUIDs = quoteNotes.map { guid("note", source.id + "q\(quote.id)" + $0) }
        for (text, id) in zip(quoteNotes, noteGUIDs) { notes.append((id, text, "sayso", created)) }
        selection(
          &xml, id: guid("quote", source.id + "q\(quote.id)"), range: quote.range, name: "q\(quote.id)",
          codes: refs,
          notes: noteGUIDs, user: userGUID["sayso"]!)
      }
      for annotation in source.codings where annotation.targetKind != .quote {
        var codes: [String] = []
        var noteRefs: [String] = []
        switch annotation.body {
        case .code(let id): codes = [guid("code", source.codePath(id))]
        case .note(let text):
          let id = guid("note", annotation.id)
          notes.append((id, text, annotation.coder, annotation.created))
          noteRefs = [id]
        default: continue
        }
        selection(
          &xml, id: guid("selection", annotation.id), range: annotation.anchor.range, name: nil, codes: codes,
          notes: noteRefs, user: userGUID[annotation.coder]!)
      }
      xml.close("TextSource")
    }
    xml.close("Sources")
    if !notes.isEmpty {
      xml.open("Notes", [])
      for note in notes {
        xml.open("Note", [("guid", note.guid), ("name", "Note"), ("creatingUser", userGUID[note.coder]!)])
        xml.element("PlainTextContent", note.text)
        xml.close("Note")
      }
      xml.close("Notes")
    }
    xml.close("Project")
    return Archive(project: xml.text, sources: files)
  }

  private static func selection(
    _ xml: inout XMLText, id: String, range: Range<Int>, name: String?, codes: [String], notes: [String],
    user: String
  ) {
    var attributes = [("guid", id)]
    if let name { attributes.append(("name", name)) }
    attributes += [
      ("startPosition", String(range.lowerBound)), ("endPosition", String(range.upperBound)),
      ("creatingUser", user),
    ]
    xml.open("PlainTextSelection", attributes)
    for code in codes {
      xml.open("Coding", [("guid", guid("coding", id + code)), ("creatingUser", user)])
      xml.empty("CodeRef", [("targetGUID", code)])
      xml.close("Coding")
    }
    for note in notes { xml.empty("NoteRef", [("targetGUID", note)]) }
    xml.close("PlainTextSelection")
  }

  private static func writeCodes(_ xml: inout XMLText, tree: CodeTree, prefix: String) {
    for (name, child) in tree.children.sorted(by: { $0.key < $1.key }) {
      let path = prefix.isEmpty ? name : prefix + "/" + name
      let attributes = [("guid", guid("code", path)), ("name", name), ("isCodable", "true")]
      if child.children.isEmpty {
        xml.empty("Code", attributes)
      } else {
        xml.open("Code", attributes)
        writeCodes(&xml, tree: child, prefix: path)
        xml.close("Code")
      }
    }
  }

  /// A GUID derived from a kind and a name.
  static func guid(_ kind: String, _ name: String) -> String {
    BratExport.stableID(
      path: kind, anchor: TextAnchor(start: 0, end: 0, exact: "", prefix: "", suffix: ""), kind: kind,
      value: name)
  }

  final class CodeTree {
    var children: [String: CodeTree] = [:]

    init() {}

    convenience init(paths: Set<String>) {
      self.init()
      for path in paths {
        var node = self
        for part in path.split(separator: "/").map(String.init) {
          if node.children[part] == nil { node.children[part] = CodeTree() }
          node = node.children[part]!
        }
      }
    }
  }
}

/// A small XML writer: indentation, escaped text and attributes.
struct XMLText {
  private(set) var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  private var depth = 0

  mutating func open(_ name: String, _ attributes: [(String, String)]) {
    text += indent + "<" + name + Self.attributes(attributes) + ">\n"
    depth += 1
  }

  mutating func empty(_ name: String, _ attributes: [(String, String)]) {
    text += indent + "<" + name + Self.attributes(attributes) + "/>\n"
  }

  mutating func element(_ name: String, _ content: String) {
    text += indent + "<\(name)>" + Self.escape(content) + "</\(name)>\n"
  }

  mutating func close(_ name: String) {
    depth -= 1
    text += indent + "</" + name + ">\n"
  }

  private var indent: String { String(repeating: "  ", count: depth) }

  static func attributes(_ list: [(String, String)]) -> String {
    list.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
  }

  /// Escapes markup, and drops the control characters XML 1.0 cannot carry at all.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\n": out += "&#10;"
      case "\t": out += "&#9;"
      case "\r": out += "&#13;"
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
