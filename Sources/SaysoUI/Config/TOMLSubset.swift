/// A value in the config file.
public enum TOMLValue: Equatable, Sendable {
  case string(String)
  case integer(Int)
  case boolean(Bool)
  case array([TOMLValue])
}

/// One `key = value` of the config file, with the table it is in and its line (for messages).
public struct TOMLEntry: Equatable, Sendable {
  public var table: [String]
  public var key: String
  public var value: TOMLValue
  public var line: Int
}

public struct TOMLError: Error, Equatable, CustomStringConvertible {
  public var line: Int
  public var message: String
  public var description: String { "line \(line): \(message)" }
}

/// Reads the part of TOML a config file needs — tables, bare or quoted keys, strings, integers,
/// booleans, arrays over several lines, comments — keeping each entry's line number, so that a
/// problem is reported where the user wrote it.
public enum TOMLSubset {
  public static func parse(_ text: String) throws -> [TOMLEntry] {
    var entries: [TOMLEntry] = []
    var table: [String] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var index = 0
    while index < lines.count {
      let number = index + 1
      var line = lines[index]
      index += 1
      var reader = Reader(stripComment(line))
      reader.skipSpaces()
      if reader.atEnd { continue }
      if reader.peek == "[" {
        reader.advance()
        let path = try reader.keyPath(line: number, until: "]")
        guard reader.take("]") else { throw TOMLError(line: number, message: "a table header ends with ]") }
        reader.skipSpaces()
        guard reader.atEnd else {
          throw TOMLError(line: number, message: "nothing may follow a table header")
        }
        table = path
        continue
      }
      let key = try reader.keyPath(line: number, until: "=")
      guard key.count == 1, let name = key.first else {
        throw TOMLError(line: number, message: "dotted keys are not supported here; use a [table]")
      }
      guard reader.take("=") else { throw TOMLError(line: number, message: "expected = after \(name)") }
      // An array may go on over the next lines until its brackets balance.
      while Reader.openBrackets(in: reader.rest) > 0, index < lines.count {
        line = stripComment(lines[index])
        index += 1
        reader = Reader(reader.rest + " " + line)
      }
      let value = try reader.value(line: number)
      reader.skipSpaces()
      guard reader.atEnd else {
        throw TOMLError(line: number, message: "unexpected text after the value of \(name)")
      }
      entries.append(TOMLEntry(table: table, key: name, value: value, line: number))
    }
    return entries
  }

  /// The line without a `#` comment (a `#` inside a string stays).
  static func stripComment(_ line: String) -> String {
    var quote: Character?
    var escaped = false
    var result = ""
    for character in line {
      if let open = quote {
        if escaped {
          escaped = false
        } else if character == "\\" && open == "\"" {
          escaped = true
        } else if character == open {
          quote = nil
        }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == "#" {
        break
      }
      result.append(character)
    }
    return result
  }
}

/// A cursor over one logical line of the config file.
struct Reader {
  private let characters: [Character]
  private var position = 0

  init(_ text: String) { characters = Array(text) }

  var atEnd: Bool { position >= characters.count }
  var peek: Character? { atEnd ? nil : characters[position] }
  var rest: String { String(characters[position...]) }

  mutating func advance() { position += 1 }

  mutating func skipSpaces() { while let c = peek, c == " " || c == "\t" || c == "\r" { advance() } }

  mutating func take(_ c: Character) -> Bool {
    skipSpaces()
    guard peek == c else { return false }
    advance()
    return true
  }

  /// `a`, `keys.normal`, `"quoted key"` up to the `terminator`.
  mutating func keyPath(line: Int, until terminator: Character) throws -> [String] {
    var parts: [String] = []
    while true {
      skipSpaces()
      if peek == "\"" || peek == "'" {
        parts.append(try string(line: line))
      } else {
        var name = ""
        while let c = peek, c.isLetter || c.isNumber || c == "-" || c == "_" {
          name.append(c)
          advance()
        }
        guard !name.isEmpty else { throw TOMLError(line: line, message: "expected a name") }
        parts.append(name)
      }
      skipSpaces()
      if peek == "." {
        advance()
        continue
      }
      guard peek == terminator else { throw TOMLError(line: line, message: "expected \(terminator)") }
      return parts
    }
  }

  mutating func value(line: Int) throws -> TOMLValue {
    skipSpaces()
    switch peek {
    case "\"", "'": return .string(try string(line: line))
    case "[":
      advance()
      var items: [TOMLValue] = []
      while true {
        skipSpaces()
        if take("]") { return .array(items) }
        items.append(try value(line: line))
        skipSpaces()
        if take(",") { continue }
        guard take("]") else { throw TOMLError(line: line, message: "expected , or ] in an array") }
        return .array(items)
      }
    default:
      var word = ""
      while let c = peek, c.isLetter || c.isNumber || c == "-" || c == "+" || c == "_" {
        word.append(c)
        advance()
      }
      if word == "true" { return .boolean(true) }
      if word == "false" { return .boolean(false) }
      if let number = Int(word.replacingUnderscores) { return .integer(number) }
      throw TOMLError(
        line: line,
        message: word.isEmpty ? "expected a value" : "\(word) is not a value (strings need quotes)")
    }
  }

  mutating func string(line: Int) throws -> String {
    guard let quote = peek else { throw TOMLError(line: line, message: "expected a string") }
    advance()
    var result = ""
    while let c = peek {
      advance()
      if c == quote { return result }
      if c == "\\" && quote == "\"", let next = peek {
        advance()
        switch next {
        case "n": result.append("\n")
        case "t": result.append("\t")
        case "\\": result.append("\\")
        case "\"": result.append("\"")
        default: throw TOMLError(line: line, message: "unknown escape \\\(next)")
        }
        continue
      }
      result.append(c)
    }
    throw TOMLError(line: line, message: "a string is not closed")
  }

  /// Unbalanced `[` outside strings: the array goes on.
  static func openBrackets(in text: String) -> Int {
    var depth = 0
    var quote: Character?
    for c in text {
      if let open = quote {
        if c == open { quote = nil }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == "[" {
        depth += 1
      } else if c == "]" {
        depth -= 1
      }
    }
    return depth
  }
}

extension String {
  fileprivate var replacingUnderscores: String { filter { $0 != "_" } }
}
