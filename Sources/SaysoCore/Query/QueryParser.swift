import Foundation

/// Reads the query language. Juxtaposition and `and` bind tighter than `or` (or `|`); `not`, `-` and
/// `!` negate what follows; parentheses group. Errors carry the column where reading stopped.
public struct QueryParser {
  private let characters: [Character]
  private var position = 0
  /// Parentheses and negations deep: bounded, so that a hostile query cannot exhaust the stack.
  private var depth = 0
  static let maximumDepth = 64
  /// Terms in one query: enough for any real filter, few enough that evaluating is never deep.
  private var terms = 0
  static let maximumTerms = 256

  public static func parse(_ text: String) throws -> Query {
    var parser = QueryParser(characters: Array(text))
    parser.skipSpaces()
    guard !parser.atEnd else {
      throw QueryError(column: 1, message: "an empty query; write a word, speaker:NAME, kind:…")
    }
    let query = try parser.disjunction()
    parser.skipSpaces()
    if !parser.atEnd {
      throw QueryError(
        column: parser.position + 1,
        message: parser.peek == ")" ? "a ) without its (" : "expected and, or or the end")
    }
    return query
  }

  private init(characters: [Character]) {
    self.characters = characters
  }

  private var atEnd: Bool { position >= characters.count }
  private var peek: Character? { atEnd ? nil : characters[position] }

  private mutating func skipSpaces() {
    while let c = peek, c.isWhitespace { position += 1 }
  }

  /// The next bare word (up to a space or a parenthesis), without consuming it.
  private func word() -> String {
    var end = position
    while end < characters.count, !characters[end].isWhitespace, characters[end] != "(",
      characters[end] != ")"
    {
      end += 1
    }
    return String(characters[position..<end])
  }

  private mutating func disjunction() throws -> Query {
    var left = try conjunction()
    while true {
      skipSpaces()
      if peek == "|" {
        position += 1
      } else if word().lowercased() == "or" {
        position += 2
      } else {
        return left
      }
      skipSpaces()
      guard !atEnd else { throw QueryError(column: position + 1, message: "expected something after or") }
      left = .or(left, try conjunction())
    }
  }

  private mutating func conjunction() throws -> Query {
    var left = try unary()
    while true {
      skipSpaces()
      guard let c = peek, c != ")", c != "|", word().lowercased() != "or" else { return left }
      if word().lowercased() == "and" {
        position += 3
        skipSpaces()
        guard !atEnd else { throw QueryError(column: position + 1, message: "expected something after and") }
      }
      left = .and(left, try unary())
    }
  }

  private mutating func unary() throws -> Query {
    skipSpaces()
    depth += 1
    defer { depth -= 1 }
    guard depth <= QueryParser.maximumDepth else {
      throw QueryError(column: position + 1, message: "nested more than \(QueryParser.maximumDepth) deep")
    }
    if peek == "-" || peek == "!" {
      position += 1
      return .not(try unary())
    }
    if word().lowercased() == "not" {
      position += 3
      skipSpaces()
      guard !atEnd else { throw QueryError(column: position + 1, message: "expected something after not") }
      return .not(try unary())
    }
    return try primary()
  }

  private mutating func primary() throws -> Query {
    skipSpaces()
    terms += 1
    guard terms <= QueryParser.maximumTerms else {
      throw QueryError(column: position + 1, message: "at most \(QueryParser.maximumTerms) terms in a query")
    }
    guard let c = peek else {
      throw QueryError(column: position + 1, message: "expected a word, a field or (")
    }
    if c == "(" {
      let open = position
      position += 1
      let inner = try disjunction()
      skipSpaces()
      guard peek == ")" else { throw QueryError(column: open + 1, message: "this ( is never closed") }
      position += 1
      return inner
    }
    if c == ")" { throw QueryError(column: position + 1, message: "a ) without its (") }
    if c == "\"" { return .atom(.text(try quoted())) }
    if c == "/" { return .atom(.regex(try regex())) }
    return .atom(try term())
  }

  /// A phrase in double quotes (`\"` inside one is a quote mark).
  private mutating func quoted() throws -> String {
    let open = position
    position += 1
    var text = ""
    while let c = peek {
      position += 1
      if c == "\\", let next = peek {
        text.append(next)
        position += 1
      } else if c == "\"" {
        return text
      } else {
        text.append(c)
      }
    }
    throw QueryError(column: open + 1, message: "this \" is never closed")
  }

  private mutating func regex() throws -> String {
    let open = position
    position += 1
    var pattern = ""
    while let c = peek {
      position += 1
      if c == "\\", let next = peek {
        pattern += next == "/" ? "/" : "\\" + String(next)
        position += 1
      } else if c == "/" {
        try RegexCheck.validate(pattern, column: open + 1)
        return pattern
      } else {
        pattern.append(c)
      }
    }
    throw QueryError(column: open + 1, message: "this /regex/ is never closed with /")
  }

  /// `field:value`, `confidence<0.6`, a keyword or a bare word.
  private mutating func term() throws -> QueryAtom {
    let start = position
    let text = word()
    let lower = text.lowercased()
    for prefix in ["confidence", "conf"] where lower.hasPrefix(prefix) && lower.count > prefix.count {
      let rest = String(lower.dropFirst(prefix.count))
      if let op = [Comparison.lessOrEqual, .greaterOrEqual, .less, .greater, .equal].first(where: {
        rest.hasPrefix($0.rawValue)
      }) {
        guard let value = Double(rest.dropFirst(op.rawValue.count)), (0...1).contains(value) else {
          throw QueryError(
            column: start + prefix.count + op.rawValue.count + 1, message: "expected a number from 0 to 1")
        }
        position += text.count
        return .confidence(op, value)
      }
    }
    if lower == "unattributed" || lower == "confirmed" {
      position += text.count
      return lower == "confirmed" ? .confirmed : .unattributed
    }
    guard let colon = text.firstIndex(of: ":") else {
      position += text.count
      return .text(text)
    }
    let field = String(text[..<colon]).lowercased()
    position += text.distance(from: text.startIndex, to: colon) + 1
    let valueColumn = position + 1
    let value: String
    if peek == "\"" {
      value = try quoted()
    } else {
      value = word()
      position += value.count
    }
    guard !value.isEmpty else {
      throw QueryError(column: valueColumn, message: "expected a value after \(field):")
    }
    return try QueryParser.atom(field: field, value: value, column: start + 1, valueColumn: valueColumn)
  }

  static let fields = "speaker, kind, code (or tag), has, para, doc, confidence"

  private static func atom(field: String, value: String, column: Int, valueColumn: Int) throws -> QueryAtom {
    switch field {
    case "speaker", "by": return .speaker(value)
    case "code", "tag": return .code(value.trimmingCharacters(in: CharacterSet(charactersIn: "/")))
    case "kind":
      guard let kind = QuoteKind(rawValue: value.lowercased()) else {
        let kinds = QuoteKind.allCases.map(\.rawValue).joined(separator: ", ")
        throw QueryError(column: valueColumn, message: "\(value) is not a kind; kinds are \(kinds)")
      }
      return .kind(kind)
    case "has":
      switch value.lowercased() {
      case "note", "notes": return .hasNote
      case "code", "codes", "tag", "tags": return .hasCode
      default: throw QueryError(column: valueColumn, message: "has: takes note or code")
      }
    case "para", "paragraph", "p":
      let parts = value.split(separator: "-", maxSplits: 1).map { Int($0) }
      guard let first = parts.first ?? nil, first >= 1, let last = parts.count == 2 ? parts[1] : first,
        last >= first
      else {
        throw QueryError(column: valueColumn, message: "expected a paragraph number or a range like 10-20")
      }
      return .paragraphs(first...last)
    case "doc", "document", "file": return .document(value)
    case "confidence", "conf":
      throw QueryError(column: valueColumn - 1, message: "write confidence<0.6 (or >, <=, >=, =)")
    default:
      throw QueryError(column: column, message: "\(field) is not a field; fields are \(fields)")
    }
  }
}
