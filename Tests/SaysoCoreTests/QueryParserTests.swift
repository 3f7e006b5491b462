import Testing

@testable import SaysoCore

@Suite("Query language: atoms, precedence, errors with their column")
struct QueryParserTests {
  private func parse(_ text: String) throws -> Query { try QueryParser.parse(text) }

  @Test(arguments: [
    ("speaker:Obama", QueryAtom.speaker("Obama")),
    ("speaker:\"No Azure for Apartheid\"", .speaker("No Azure for Apartheid")),
    ("kind:partial", .kind(.partial)),
    ("code:economy/jobs", .code("economy/jobs")),
    ("tag:economy", .code("economy")),
    ("has:note", .hasNote),
    ("has:code", .hasCode),
    ("unattributed", .unattributed),
    ("confirmed", .confirmed),
    ("confidence<0.6", .confidence(.less, 0.6)),
    ("confidence>=0.75", .confidence(.greaterOrEqual, 0.75)),
    ("para:10-20", .paragraphs(10...20)),
    ("para:7", .paragraphs(7...7)),
    ("doc:guardian*", .document("guardian*")),
    ("climate", .text("climate")),
    ("\"climate change\"", .text("climate change")),
    ("/gen(o|e)cide/", .regex("gen(o|e)cide")),
  ])
  func atoms(text: String, atom: QueryAtom) throws {
    #expect(try parse(text) == .atom(atom))
  }

  @Test func juxtapositionBindsTighterThanOr() throws {
    let a = Query.atom(.text("a"))
    let b = Query.atom(.text("b"))
    let c = Query.atom(.text("c"))
    #expect(try parse("a b or c") == .or(.and(a, b), c))
    #expect(try parse("a and b | c") == .or(.and(a, b), c))
    #expect(try parse("a (b or c)") == .and(a, .or(b, c)))
    #expect(try parse("-a b") == .and(.not(a), b))
    #expect(try parse("not (a or b)") == .not(.or(a, b)))
    #expect(try parse("!has:note") == .not(.atom(.hasNote)))
    #expect(
      try parse("speaker:Obama -kind:partial") == .and(.atom(.speaker("Obama")), .not(.atom(.kind(.partial))))
    )
  }

  @Test(arguments: [
    ("", 1, "empty"),
    ("kind:shouted", 6, "not a kind"),
    ("colour:red", 1, "not a field"),
    ("(a or b", 1, "never closed"),
    ("a )", 3, "without its ("),
    ("\"open phrase", 1, "never closed"),
    ("a or", 5, "after or"),
    ("confidence<2", 12, "from 0 to 1"),
    ("para:20-10", 6, "paragraph number"),
    ("has:", 5, "value after"),
    ("/(a+)+b/", 6, "run forever"),
    ("/[unclosed/", 1, "not a regular expression"),
  ])
  func errorsSayWhereAndWhat(text: String, column: Int, words: String) {
    do {
      _ = try parse(text)
      Issue.record("\(text) parsed")
    } catch let error as QueryError {
      #expect(error.column == column, "\(text): \(error)")
      #expect(error.message.contains(words), "\(text): \(error)")
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test func hostileInputNeverCrashesOrHangs() {
    let inputs = [
      String(repeating: "(", count: 5_000), String(repeating: "not ", count: 2_000) + "a",
      String(repeating: "a or ", count: 2_000) + "b", "\u{0}\u{1B}[31m", "speaker:\"\\", "/\\/", "-", "!",
      "|",
    ]
    for input in inputs { _ = try? parse(input) }
  }
}
