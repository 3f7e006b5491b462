import Foundation

/// JSON lines: each quote (`"type":"quote"`, with its speaker, mention, cue, rule, status, codes and
/// notes) and each annotation (`"type":"annotation"`, the researcher's own records, which `sayso
/// import` reads back), both with the two selectors: offsets, and the exact text with its context.
public enum JSONLExport {
  public static func lines(_ source: ExportSource) -> [String] {
    var lines: [String] = []
    for quote in source.quotes {
      var object = header(source, type: "quote")
      let (codes, notes) = source.marks(of: quote)
      let speaker = source.analysis.speaker(of: quote)
      object.string("id", "q\(quote.id)")
      object.string("kind", quote.kind.rawValue)
      object.int("paragraph", quote.paragraph)
      selectors(&object, range: quote.range, source: source)
      object.string("speaker", speaker?.name)
      object.string("speaker_id", quote.attribution.map { "s\($0.speaker)" })
      object.string("speaker_mention", source.speakerMention(of: quote))
      object.string("cue", quote.attribution?.cue.map { source.document.text.substring($0) })
      object.string("rule", quote.attribution?.rule.rawValue)
      object.double("confidence", quote.attribution?.confidence, digits: 2)
      object.string("status", source.status(of: quote))
      object.strings("codes", codes)
      object.strings("notes", notes)
      lines.append(String(decoding: object.finished(), as: UTF8.self))
    }
    for annotation in source.annotations.sorted(by: {
      ($0.anchor.start, $0.created) < ($1.anchor.start, $1.created)
    }) {
      lines.append(String(decoding: record(annotation, source: source).finished(), as: UTF8.self))
    }
    return lines
  }

  static func record(_ annotation: Annotation, source: ExportSource) -> JSONObjectWriter {
    var object = header(source, type: "annotation")
    object.string("id", annotation.id)
    object.string("target", annotation.targetKind.rawValue)
    object.string("quote", annotation.quoteID.map { "q\($0)" })
    object.int("start", annotation.anchor.start)
    object.int("end", annotation.anchor.end)
    object.string("exact", annotation.anchor.exact)
    object.string("prefix", annotation.anchor.prefix)
    object.string("suffix", annotation.anchor.suffix)
    switch annotation.body {
    case .code(let id):
      object.string("body", "code")
      object.string("value", source.codePath(id))
    case .note(let text):
      object.string("body", "note")
      object.string("value", text)
    case .speaker(let name):
      object.string("body", "speaker")
      object.string("value", name)
    case .review(let review):
      object.string("body", "review")
      object.string("value", review.rawValue)
    }
    object.string("coder", annotation.coder)
    object.string("created", ExportTime.text(annotation.created))
    object.bool("orphan", annotation.isOrphan)
    return object
  }

  static func header(_ source: ExportSource, type: String) -> JSONObjectWriter {
    var object = JSONObjectWriter()
    object.string("type", type)
    object.string("document", source.path)
    object.string("sha256", source.document.text.sha256)
    return object
  }

  static func selectors(_ object: inout JSONObjectWriter, range: Range<Int>, source: ExportSource) {
    let anchor = TextAnchor(range: range, in: source.document.text)
    object.int("start", range.lowerBound)
    object.int("end", range.upperBound)
    object.string("text", anchor.exact)
    object.string("prefix", anchor.prefix)
    object.string("suffix", anchor.suffix)
  }
}

extension ImportedAnnotation {
  /// A body from an export's kind (`code`, `note`, `speaker`, `review`) and value; codes get their id
  /// when the importing workspace resolves the path.
  static func body(_ kind: String, value: String, place: String) throws -> AnnotationBody {
    switch kind {
    case "code": return .code(0)
    case "note": return .note(value)
    case "speaker": return .speaker(value)
    case "review":
      guard let review = QuoteReview(rawValue: value) else {
        throw ExportError.format("\(place): review \(value)")
      }
      return .review(review)
    default: throw ExportError.format("\(place): \(kind) is not a kind of annotation Sayso writes")
    }
  }
}

/// What an import found in a file: annotations (with code paths still to resolve into the codebook)
/// for documents named by path and text hash.
public struct ImportedAnnotation: Sendable, Equatable {
  public var documentPath: String
  public var sha256: String?
  public var annotation: Annotation
  /// For code bodies: the code's path (the id is given by the workspace that imports it).
  public var codePath: String?

  public init(documentPath: String, sha256: String?, annotation: Annotation, codePath: String?) {
    self.documentPath = documentPath
    self.sha256 = sha256
    self.annotation = annotation
    self.codePath = codePath
  }
}

extension JSONLExport {
  /// Reads the `"type":"annotation"` lines of a JSONL export; quote lines are Sayso's own findings and
  /// are not imported. A malformed line fails with its number.
  public static func read(_ text: String) throws -> [ImportedAnnotation] {
    var found: [ImportedAnnotation] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.isEmpty {
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        throw ExportError.format("line \(number + 1): not a JSON object")
      }
      guard object["type"] as? String == "annotation" else { continue }
      guard let id = object["id"] as? String, let path = object["document"] as? String,
        let start = object["start"] as? Int, let end = object["end"] as? Int,
        let exact = object["exact"] as? String,
        let bodyKind = object["body"] as? String, let value = object["value"] as? String,
        let target = (object["target"] as? String).flatMap(TargetKind.init(rawValue:))
      else {
        throw ExportError.format(
          "line \(number + 1): an annotation needs id, document, start, end, exact, body, value")
      }
      let body = try ImportedAnnotation.body(bodyKind, value: value, place: "line \(number + 1)")
      let created = (object["created"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date()
      let quoteID = (object["quote"] as? String).flatMap { Int($0.dropFirst()) }
      let annotation = Annotation(
        id: id, documentID: 0, targetKind: target, quoteID: quoteID,
        anchor: TextAnchor(
          start: start, end: end, exact: exact, prefix: object["prefix"] as? String ?? "",
          suffix: object["suffix"] as? String ?? ""),
        body: body, coder: object["coder"] as? String ?? "import", created: created)
      found.append(
        ImportedAnnotation(
          documentPath: path, sha256: object["sha256"] as? String, annotation: annotation,
          codePath: bodyKind == "code" ? value : nil))
    }
    return found
  }
}
