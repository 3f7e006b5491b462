import Foundation

/// Keeps regular expressions from running away. NSRegularExpression backtracks, so a nested
/// quantifier (`(a+)+`, `(\w*)*b`) can take exponential time on a short line; such patterns are
/// refused when the query is read, and every match runs on one paragraph at a time.
enum RegexCheck {
  /// In UTF-16 units, as Foundation counts: a longer pattern makes corelibs Foundation's
  /// `_CFRegularExpressionCreate` leak its copy of the pattern (found by the fuzzer; 257 units leak).
  static let maximumLength = 256

  static func validate(_ pattern: String, column: Int) throws {
    guard pattern.utf16.count <= maximumLength else {
      throw QueryError(column: column, message: "a regex of at most \(maximumLength) characters")
    }
    if let offending = nestedQuantifier(pattern) {
      throw QueryError(
        column: column + offending + 1,
        message: "a repeated group that itself repeats can run forever; rewrite it without the outer * + or {"
      )
    }
    guard compiled(pattern) != nil else {
      throw QueryError(column: column, message: "not a regular expression (\(pattern))")
    }
  }

  /// The pattern compiled as queries match it (case-insensitive); nil when it does not compile or is past
  /// `maximumLength`, which is checked here so that no path hands Foundation a pattern it would leak.
  static func compiled(_ pattern: String) -> NSRegularExpression? {
    guard pattern.utf16.count <= maximumLength else { return nil }
    return try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
  }

  /// The offset of a quantifier applied to a group that contains a quantifier, if any.
  static func nestedQuantifier(_ pattern: String) -> Int? {
    let scalars = Array(pattern)
    var stack: [Bool] = []  // per open group: does it contain a quantifier?
    var i = 0
    var inClass = false
    while i < scalars.count {
      let c = scalars[i]
      if c == "\\" {
        i += 2
        continue
      }
      if inClass {
        if c == "]" { inClass = false }
        i += 1
        continue
      }
      switch c {
      case "[": inClass = true
      case "(": stack.append(false)
      case ")":
        let quantified = stack.popLast() ?? false
        if quantified, i + 1 < scalars.count, "*+{".contains(scalars[i + 1]) { return i + 1 }
        if quantified, !stack.isEmpty { stack[stack.count - 1] = true }
      case "*", "+", "{", "?":
        if c != "?", !stack.isEmpty { stack[stack.count - 1] = true }
      default: break
      }
      i += 1
    }
    return nil
  }
}
