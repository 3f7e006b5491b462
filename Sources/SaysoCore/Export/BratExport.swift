import Foundation

/// brat standoff, after the PolNeAR convention: each quote's `Content`, its `Source` (the mention of
/// the speaker) and its cue as the trigger of an `Attribution` event; attributes for the quote's kind
/// and status; a normalisation line with the canonical speaker; codes and notes as `Code` and `Note`
/// spans whose `AnnotatorNotes` say what they are (`code quote:q4 economy/jobs`), which import reads.
/// Offsets are code points, as brat counts them; a span over a line break becomes fragments.
public enum BratExport {
  public static func ann(_ source: ExportSource) -> String {
    var writer = Writer(text: source.document.text)
    for quote in source.quotes {
      let content = writer.span("Content", quote.parts.map(\.range))
      writer.line("A\(writer.nextAttribute())\tKind \(content) \(quote.kind.rawValue)")
      writer.line("A\(writer.nextAttribute())\tStatus \(content) \(source.status(of: quote))")
      guard let attribution = quote.attribution, let speaker = source.analysis.speaker(of: quote) else {
        continue
      }
      let mention = attribution.mention.map { writer.span("Source", [$0]) }
      if let cue = attribution.cue {
        let trigger = writer.span("Attribution", [cue])
        let sourceRole = mention.map { " Source:\($0)" } ?? ""
        writer.line("E\(writer.nextEvent())\tAttribution:\(trigger)\(sourceRole) Content:\(content)")
      } else if let mention {
        writer.line("R\(writer.nextRelation())\tAttributedTo Arg1:\(content) Arg2:\(mention)")
      }
      writer.line(
        "N\(writer.nextNormalization())\tReference \(mention ?? content) Sayso:s\(attribution.speaker)\t\(flat(speaker.name))"
      )
    }
    for quote in source.rejectedQuotes {
      let content = writer.span("Content", quote.parts.map(\.range))
      writer.line("A\(writer.nextAttribute())\tKind \(content) \(quote.kind.rawValue)")
      writer.line("A\(writer.nextAttribute())\tStatus \(content) rejected")
    }
    for annotation in source.codings {
      let place = annotation.targetKind.rawValue + (annotation.quoteID.map { ":q\($0)" } ?? "")
      switch annotation.body {
      case .code(let id):
        let span = writer.span("Code", [annotation.anchor.range])
        writer.line(
          "#\(writer.nextNote())\tAnnotatorNotes \(span)\tcode \(place) \(flat(source.codePath(id)))")
      case .note(let text):
        let span = writer.span("Note", [annotation.anchor.range])
        writer.line("#\(writer.nextNote())\tAnnotatorNotes \(span)\tnote \(place) \(flat(text))")
      case .speaker, .review: break
      }
    }
    return writer.output
  }

  /// The `annotation.conf` that lets brat open the files.
  public static let configuration = """
    [entities]
    Content
    Source
    Code
    Note

    [relations]
    AttributedTo\tArg1:Content, Arg2:Source
    <OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>

    [events]
    Attribution\tSource?:Source, Content:Content

    [attributes]
    Kind\tArg:Content, Value:direct|partial|block|indirect|title|scare
    Status\tArg:Content, Value:found|confirmed|corrected|added|rejected

    """

  /// The `tools.conf` declaring the normalisation database of speakers.
  public static let tools = """
    [normalization]
    Sayso\t<URL>:https://sayso.invalid/, <URLBASE>:https://sayso.invalid/speaker/%s

    """

  /// A line of `.ann` holds no line breaks or tabs: they are written as \\n and \\t.
  static func flat(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
      .replacingOccurrences(of: "\t", with: "\\t")
  }

  static func unflat(_ text: String) -> String {
    var result = ""
    var escaped = false
    for character in text {
      if escaped {
        result.append(character == "n" ? "\n" : character == "t" ? "\t" : character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        result.append(character)
      }
    }
    return result
  }

  struct Writer {
    let text: SourceText
    var output = ""
    private var counters: [Character: Int] = [:]

    init(text: SourceText) { self.text = text }

    mutating func line(_ line: String) { output += line + "\n" }

    private mutating func next(_ kind: Character) -> Int {
      counters[kind, default: 0] += 1
      return counters[kind]!
    }

    mutating func nextAttribute() -> Int { next("A") }
    mutating func nextEvent() -> Int { next("E") }
    mutating func nextRelation() -> Int { next("R") }
    mutating func nextNormalization() -> Int { next("N") }
    mutating func nextNote() -> Int { next("#") }

    /// A text-bound annotation over `ranges`, split at line breaks; returns its id (`T3`).
    mutating func span(_ type: String, _ ranges: [Range<Int>]) -> String {
      var fragments: [Range<Int>] = []
      for range in ranges {
        let scalars = Array(text.substring(range).unicodeScalars)
        var start = 0
        for (i, scalar) in scalars.enumerated() where scalar == "\n" {
          if i > start { fragments.append((range.lowerBound + start)..<(range.lowerBound + i)) }
          start = i + 1
        }
        if scalars.count > start { fragments.append((range.lowerBound + start)..<range.upperBound) }
      }
      if fragments.isEmpty, let first = ranges.first { fragments = [first] }
      let id = "T\(next("T"))"
      let offsets = fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
      let words = fragments.map { text.substring($0) }.joined(separator: " ")
      line("\(id)\t\(type) \(offsets)\t\(words.replacingOccurrences(of: "\t", with: " "))")
      return id
    }
  }
}

extension BratExport {
  /// The codes and notes of a `.ann` file (as `BratExport` writes them) for the document whose text
  /// is `text`; quotes are Sayso's own and are found again by analysis, not imported.
  /// The researcher's verdicts on quotes in a `.ann`: for each `Content` span, its status and the
  /// canonical speaker its normalisation names. The importer matches them to the quotes it finds.
  /// Spans that run backwards or past the end of the text (`scalarCount` scalars) are not verdicts.
  public static func verdicts(
    _ ann: String, scalarCount: Int
  ) -> [(range: Range<Int>, status: String, speaker: String?)] {
    var contents: [String: Range<Int>] = [:]
    var statuses: [String: String] = [:]
    var sources: [String: String] = [:]  // content id -> source or content id carrying the name
    var names: [String: String] = [:]
    for line in ann.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 2, let id = fields.first else { continue }
      let words = fields[1].split(separator: " ").map(String.init)
      if id.hasPrefix("T"), words.first == "Content" {
        let numbers = words.dropFirst().joined(separator: " ").split(whereSeparator: {
          $0 == " " || $0 == ";"
        })
        .compactMap { Int($0) }
        if let first = numbers.first, let last = numbers.last, first >= 0, last >= first, last <= scalarCount
        {
          contents[id] = first..<last
        }
      } else if id.hasPrefix("A"), words.count == 3, words[0] == "Status" {
        statuses[words[1]] = words[2]
      } else if id.hasPrefix("E") || id.hasPrefix("R") {
        let roles = Dictionary(
          words.compactMap { role -> (String, String)? in
            let parts = role.split(separator: ":").map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
          }, uniquingKeysWith: { a, _ in a })
        if let content = roles["Content"] ?? roles["Arg1"], let source = roles["Source"] ?? roles["Arg2"] {
          sources[content] = source
        }
      } else if id.hasPrefix("N"), words.count >= 2, fields.count >= 3 {
        names[words[1]] = unflat(fields[2])
      }
    }
    return contents.keys.sorted { contents[$0]!.lowerBound < contents[$1]!.lowerBound }.map { id in
      (contents[id]!, statuses[id] ?? "found", names[sources[id] ?? id] ?? names[id])
    }
  }

  public static func read(
    _ ann: String, text: SourceText, path: String, coder: String
  ) throws -> [ImportedAnnotation] {
    var spans: [String: (type: String, range: Range<Int>)] = [:]
    var found: [ImportedAnnotation] = []
    for (number, line) in ann.split(separator: "\n").enumerated() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard let id = fields.first else { continue }
      if id.hasPrefix("T"), fields.count >= 2 {
        let head = fields[1].split(separator: " ", maxSplits: 1).map(String.init)
        guard head.count == 2 else {
          throw ExportError.format("line \(number + 1): a span needs a type and offsets")
        }
        let numbers = head[1].split(whereSeparator: { $0 == " " || $0 == ";" }).compactMap { Int($0) }
        guard let first = numbers.first, let last = numbers.last, first >= 0, last >= first,
          last <= text.scalarCount
        else {
          throw ExportError.format("line \(number + 1): offsets outside the text")
        }
        spans[id] = (head[0], first..<last)
      } else if id.hasPrefix("#"), fields.count >= 3 {
        let target = fields[1].split(separator: " ").last.map(String.init) ?? ""
        guard let span = spans[target], span.type == "Code" || span.type == "Note" else { continue }
        let parts = fields[2].split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false).map(
          String.init)
        guard parts.count == 3 else {
          throw ExportError.format("line \(number + 1): expected `code|note TARGET VALUE`")
        }
        let placeParts = parts[1].split(separator: ":")
        let kind = TargetKind(rawValue: String(placeParts.first ?? "")) ?? .span
        let quoteID = placeParts.count == 2 ? Int(placeParts[1].dropFirst()) : nil
        let value = unflat(parts[2])
        let body = try ImportedAnnotation.body(parts[0], value: value, place: "line \(number + 1)")
        let anchor = TextAnchor(range: span.range, in: text)
        // brat keeps no ids: one is derived from what the annotation is, so importing twice adds nothing.
        let id = BratExport.stableID(path: text.sha256, anchor: anchor, kind: parts[0], value: value)
        found.append(
          ImportedAnnotation(
            documentPath: path, sha256: text.sha256,
            annotation: Annotation(
              id: id, documentID: 0, targetKind: kind, quoteID: quoteID, anchor: anchor, body: body,
              coder: coder,
              created: Date()),
            codePath: parts[0] == "code" ? value : nil))
      }
    }
    return found
  }

  /// A UUID-shaped id from an annotation's content (FNV-1a over its parts).
  public static func stableID(path: String, anchor: TextAnchor, kind: String, value: String) -> String {
    var a: UInt64 = 0xcbf2_9ce4_8422_2325
    var b: UInt64 = 0x8422_2325_cbf2_9ce4
    for byte in "\(path)|\(anchor.start)|\(anchor.end)|\(kind)|\(value)".utf8 {
      a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
      b = (b ^ UInt64(byte)) &* 0x1000_0000_01b3
    }
    let hex = String(format: "%016llX%016llX", a, b)
    let c = Array(hex)
    return
      "\(String(c[0..<8]))-\(String(c[8..<12]))-\(String(c[12..<16]))-\(String(c[16..<20]))-\(String(c[20..<32]))"
  }
}
