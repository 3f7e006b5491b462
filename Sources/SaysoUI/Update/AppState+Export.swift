import Foundation
import SaysoCore

extension AppState {
  /// `:export FORMAT [PATH]`: the open document with the researcher's work, as `sayso export` writes it
  /// (csv, jsonl, markdown, w3c, or brat into a folder). The path defaults to the document's name with
  /// the format's extension, in the current folder.
  mutating func exportDocument(_ arguments: String) {
    let (format, given) = Self.split(arguments)
    let extensions = [
      "csv": "csv", "jsonl": "jsonl", "markdown": "md", "md": "md", "w3c": "jsonld", "brat": "",
    ]
    guard let suffix = extensions[format.lowercased()] else {
      message = StatusMessage("Usage: :export csv|jsonl|markdown|w3c|brat [PATH]", isError: true)
      return
    }
    let base = (model.name as NSString).deletingPathExtension
    let path = given.isEmpty ? (suffix.isEmpty ? base + "-brat" : base + "." + suffix) : given
    let source = ExportSource(
      path: model.name, document: model.document, analysis: foundAnalysis, annotations: annotations.items,
      codes: annotations.codes)
    do {
      try source.verify()
    } catch {
      message = StatusMessage("Export stopped: \(error)", isError: true)
      return
    }
    var files: [String: String] = [:]
    switch format.lowercased() {
    case "csv": files[path] = TidyTable.csv(header: TidyTable.header, rows: TidyTable.rows(source))
    case "jsonl": files[path] = JSONLExport.lines(source).map { $0 + "\n" }.joined()
    case "markdown", "md": files[path] = MarkdownReport.text([source])
    case "w3c": files[path] = W3CExport.document([source])
    default:
      files[path + "/" + base + ".txt"] = model.document.text.string
      files[path + "/" + base + ".ann"] = BratExport.ann(source)
      files[path + "/annotation.conf"] = BratExport.configuration
      files[path + "/tools.conf"] = BratExport.tools
    }
    effects.append(.writeFiles(files))
  }
}
