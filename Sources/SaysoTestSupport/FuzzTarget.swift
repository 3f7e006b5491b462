import Foundation
import SaysoCore

/// The parts of Sayso that read untrusted bytes, each as one fuzz target: `sayso-fuzz` runs them under
/// libFuzzer (scripts/fuzz), and the regression tests replay every input a fuzzer ever crashed on
/// (Tests/Fixtures/fuzz/TARGET/) through the same function.
///
/// A target must never crash, hang or leak whatever the bytes; errors it throws are the expected
/// answer to bad input and are ignored.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// Decoding + paragraph splitting of plain text.
  case text
  /// Decoding + Markdown blocks and front matter.
  case markdown
  /// Decoding + libxml2 parsing + readability extraction + metadata.
  case html
  /// Quote detection and attribution on plain text, down to the exported records.
  case quotes
  /// The filter language: parsing, then evaluation against the sample article.
  case query
  /// Sayso's JSONL annotation export read back.
  case jsonl
  /// W3C Web Annotation JSON-LD read back.
  case w3c
  /// A brat standoff `.ann` against a text: the input is the text, a NUL byte, then the `.ann`.
  case brat

  /// Runs the target on one input.
  public func run(_ bytes: [UInt8]) {
    switch self {
    case .text: _ = try? Ingest.document(bytes: bytes, options: IngestOptions(format: .text))
    case .markdown: _ = try? Ingest.document(bytes: bytes, options: IngestOptions(format: .markdown))
    case .html: _ = try? Ingest.document(bytes: bytes, options: IngestOptions(format: .html))
    case .quotes: quotes(bytes)
    case .query: query(bytes)
    case .jsonl: _ = try? JSONLExport.read(String(decoding: bytes, as: UTF8.self))
    case .w3c: _ = try? W3CExport.read(String(decoding: bytes, as: UTF8.self))
    case .brat: brat(bytes)
    }
  }

  private func quotes(_ bytes: [UInt8]) {
    guard let document = try? Ingest.document(bytes: bytes, options: IngestOptions(format: .text)) else {
      return
    }
    // Each input starts from nothing: names read for an earlier input are forgotten, so a crash
    // replays from its input alone.
    QuoteAnalyzer.forgetSharedReadings()
    let analysis = QuoteAnalyzer().analyze(document)
    let records = QuoteRecord.records(analysis, in: document, kinds: Set(QuoteKind.allCases))
    // Every range handed out must lie inside the text: exports and the screen cut text with them.
    for record in records {
      precondition(record.range.upperBound <= document.text.scalarCount, "quote outside the text")
    }
  }

  private func query(_ bytes: [UInt8]) {
    guard let query = try? QueryParser.parse(String(decoding: bytes, as: UTF8.self)) else { return }
    let evaluator = QueryEvaluator(query, context: FuzzTarget.sampleContext)
    _ = evaluator.matchingQuotes()
    _ = evaluator.matchingParagraphs()
  }

  private func brat(_ bytes: [UInt8]) {
    let split = bytes.firstIndex(of: 0) ?? bytes.endIndex
    guard
      let document = try? Ingest.document(
        bytes: Array(bytes[..<split]), options: IngestOptions(format: .text))
    else { return }
    let ann = String(decoding: bytes[min(split + 1, bytes.endIndex)...], as: UTF8.self)
    _ = try? BratExport.read(ann, text: document.text, path: "fuzz.txt", coder: "fuzz")
    _ = BratExport.verdicts(ann, scalarCount: document.text.scalarCount)
  }

  /// The sample article with its analysis: what queries are evaluated against.
  static let sampleContext: QueryContext = {
    let document = (try? SampleDocument.load()) ?? Document.empty
    let analysis = QuoteAnalyzer().analyze(document)
    return QueryContext(document: document, name: SampleDocument.fileName, analysis: analysis)
  }()
}
