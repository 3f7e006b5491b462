/// Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled, and a
/// field a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets
/// a leading apostrophe so that opening an export never executes document text.
public struct CSVWriter {
  private(set) public var text = ""

  public init() {}

  public mutating func row(_ fields: [String?]) {
    text += fields.map { CSVWriter.field($0 ?? "") }.joined(separator: ",")
    text += "\r\n"
  }

  public static func field(_ value: String) -> String {
    var value = value
    if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      value = "'" + value
    }
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
