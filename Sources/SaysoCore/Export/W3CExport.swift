import Foundation

/// W3C Web Annotation (JSON-LD): an `AnnotationCollection` whose items target the document with a
/// `TextPositionSelector` (code points) and a `TextQuoteSelector`. Quotes are annotations whose body
/// identifies the speaker; codes tag, notes comment. Sayso's findings have `urn:sayso:` ids; the
/// researcher's annotations keep their `urn:uuid:` ids, which `sayso import` reads back.
public enum W3CExport {
  public static let generator = "https://github.com/sayso (Sayso)"

  public static func document(_ sources: [ExportSource]) -> String {
    var items: [[String: Any]] = []
    for source in sources {
      let documentID = "urn:sha256:" + source.document.text.sha256
      for quote in source.quotes {
        var bodies: [[String: Any]] = []
        if let speaker = source.analysis.speaker(of: quote) {
          bodies.append(["type": "TextualBody", "purpose": "identifying", "value": speaker.name])
        }
        bodies.append([
          "type": "TextualBody", "purpose": "classifying", "value": "quote:" + quote.kind.rawValue,
        ])
        items.append([
          "id": "urn:sayso:\(source.id):q\(quote.id)", "type": "Annotation", "motivation": "identifying",
          "body": bodies, "target": target(documentID, source: source, range: quote.range),
          "generator": generator, "sayso:status": source.status(of: quote),
          "sayso:confidence": quote.attribution?.confidence ?? 0,
          "sayso:rule": quote.attribution?.rule.rawValue ?? "",
        ])
      }
      for annotation in source.annotations.sorted(by: {
        ($0.anchor.start, $0.created) < ($1.anchor.start, $1.created)
      }) {
        let (motivation, purpose, value): (String, String, String)
        switch annotation.body {
        case .code(let id): (motivation, purpose, value) = ("tagging", "tagging", source.codePath(id))
        case .note(let text): (motivation, purpose, value) = ("commenting", "commenting", text)
        case .speaker(let name): (motivation, purpose, value) = ("identifying", "identifying", name)
        case .review(let review): (motivation, purpose, value) = ("assessing", "assessing", review.rawValue)
        }
        var item: [String: Any] = [
          "id": "urn:uuid:" + annotation.id, "type": "Annotation", "motivation": motivation,
          "body": ["type": "TextualBody", "purpose": purpose, "value": value],
          "target": target(documentID, source: source, anchor: annotation.anchor),
          "creator": ["type": "Person", "nickname": annotation.coder],
          "created": ExportTime.text(annotation.created), "generator": generator,
          "sayso:target": annotation.targetKind.rawValue,
        ]
        if let quote = annotation.quoteID { item["sayso:quote"] = "q\(quote)" }
        if annotation.isOrphan { item["sayso:orphan"] = true }
        items.append(item)
      }
    }
    let collection: [String: Any] = [
      "@context": ["http://www.w3.org/ns/anno.jsonld", ["sayso": "urn:sayso:terms:"]],
      "type": "AnnotationCollection", "label": "Sayso export", "total": items.count,
      "first": ["type": "AnnotationPage", "items": items],
    ]
    let data =
      (try? JSONSerialization.data(
        withJSONObject: collection, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
      ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  static func target(_ id: String, source: ExportSource, range: Range<Int>) -> [String: Any] {
    target(id, source: source, anchor: TextAnchor(range: range, in: source.document.text))
  }

  static func target(_ id: String, source: ExportSource, anchor: TextAnchor) -> [String: Any] {
    [
      "source": id, "sayso:path": source.path,
      "selector": [
        ["type": "TextPositionSelector", "start": anchor.start, "end": anchor.end],
        [
          "type": "TextQuoteSelector", "exact": anchor.exact, "prefix": anchor.prefix,
          "suffix": anchor.suffix,
        ],
      ],
    ]
  }

  /// The researcher's annotations (`urn:uuid:` items) of a W3C export.
  public static func read(_ text: String) throws -> [ImportedAnnotation] {
    guard let root = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
      throw ExportError.format("not a JSON-LD document")
    }
    let items =
      ((root["first"] as? [String: Any])?["items"] as? [[String: Any]]) ?? (root["items"] as? [[String: Any]])
      ?? []
    var found: [ImportedAnnotation] = []
    for (number, item) in items.enumerated() {
      guard let id = item["id"] as? String, id.hasPrefix("urn:uuid:") else { continue }
      guard let body = item["body"] as? [String: Any], let value = body["value"] as? String,
        let purpose = body["purpose"] as? String, let target = item["target"] as? [String: Any],
        let selectors = target["selector"] as? [[String: Any]]
      else {
        throw ExportError.format("item \(number + 1): needs a body with a value and a target with selectors")
      }
      let position = selectors.first { $0["type"] as? String == "TextPositionSelector" }
      let quote = selectors.first { $0["type"] as? String == "TextQuoteSelector" }
      guard let start = position?["start"] as? Int, let end = position?["end"] as? Int,
        let exact = quote?["exact"] as? String
      else {
        throw ExportError.format("item \(number + 1): needs a TextPositionSelector and a TextQuoteSelector")
      }
      let kinds = [
        "tagging": "code", "classifying": "code", "commenting": "note", "identifying": "speaker",
        "assessing": "review",
      ]
      let annotationBody = try ImportedAnnotation.body(
        kinds[purpose] ?? purpose, value: value, place: "item \(number + 1)")
      let kind = (item["sayso:target"] as? String).flatMap(TargetKind.init(rawValue:)) ?? .span
      let coder = ((item["creator"] as? [String: Any])?["nickname"] as? String) ?? "import"
      let created = (item["created"] as? String).flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date()
      let annotation = Annotation(
        id: String(id.dropFirst("urn:uuid:".count)), documentID: 0, targetKind: kind,
        quoteID: (item["sayso:quote"] as? String).flatMap { Int($0.dropFirst()) },
        anchor: TextAnchor(
          start: start, end: end, exact: exact, prefix: quote?["prefix"] as? String ?? "",
          suffix: quote?["suffix"] as? String ?? ""),
        body: annotationBody, coder: coder, created: created)
      let source = target["source"] as? String
      found.append(
        ImportedAnnotation(
          documentPath: target["sayso:path"] as? String ?? "",
          sha256: source.flatMap { $0.hasPrefix("urn:sha256:") ? String($0.dropFirst(11)) : nil },
          annotation: annotation,
          codePath: purpose == "tagging" || purpose == "classifying" ? value : nil))
    }
    return found
  }
}
