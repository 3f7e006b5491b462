import CLibXML2
import Foundation

/// Validates an XML document against an XML Schema with libxml2 (which Sayso links for HTML), so a
/// REFI-QDA export is checked against the standard's own schema.
public enum XMLSchemaCheck {
  /// The problems libxml2 reports; empty when the document is valid.
  public static func problems(xml: String, schemaPath: String) -> [String] {
    guard let parserContext = xmlSchemaNewParserCtxt(schemaPath) else {
      return ["cannot read the schema \(schemaPath)"]
    }
    defer { xmlSchemaFreeParserCtxt(parserContext) }
    guard let schema = xmlSchemaParse(parserContext) else { return ["cannot parse the schema \(schemaPath)"] }
    defer { xmlSchemaFree(schema) }
    guard let validation = xmlSchemaNewValidCtxt(schema) else { return ["cannot validate"] }
    defer { xmlSchemaFreeValidCtxt(validation) }
    let bytes = Array(xml.utf8)
    guard
      let document = bytes.withUnsafeBufferPointer({ buffer in
        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          xmlReadMemory($0, Int32(buffer.count), "project.qde", "utf-8", Int32(XML_PARSE_NONET.rawValue))
        }
      })
    else { return ["not well-formed XML"] }
    defer { xmlFreeDoc(document) }
    let result = xmlSchemaValidateDoc(validation, document)
    guard result != 0 else { return [] }
    var problems: [String] = []
    if let error = xmlGetLastError(), let message = error.pointee.message {
      problems.append(
        "line \(error.pointee.line): "
          + String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return problems.isEmpty ? ["invalid (libxml2 code \(result))"] : problems
  }
}
