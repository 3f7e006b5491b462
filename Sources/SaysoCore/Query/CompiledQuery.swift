import Foundation

/// A query with its item-independent parts worked out for one context.
indirect enum CompiledQuery {
  case atom(CompiledAtom)
  case and(CompiledQuery, CompiledQuery)
  case or(CompiledQuery, CompiledQuery)
  case not(CompiledQuery)

  init(_ query: Query, context: QueryContext) {
    switch query {
    case .atom(let atom): self = .atom(CompiledAtom(atom, context: context))
    case .and(let a, let b):
      self = .and(CompiledQuery(a, context: context), CompiledQuery(b, context: context))
    case .or(let a, let b): self = .or(CompiledQuery(a, context: context), CompiledQuery(b, context: context))
    case .not(let a): self = .not(CompiledQuery(a, context: context))
    }
  }
}

enum CompiledAtom {
  case speakers(Set<Int>)
  case kind(QuoteKind)
  case codes(Set<Int64>)
  case hasNote, hasCode, unattributed, confirmed
  case confidence(Comparison, Double)
  case paragraphs(ClosedRange<Int>)
  case document(Bool)
  case text(String)
  case regex(NSRegularExpression)

  init(_ atom: QueryAtom, context: QueryContext) {
    switch atom {
    case .speaker(let name):
      self = .speakers(
        Set(context.analysis.speakers.filter { CompiledAtom.speaker($0, isCalled: name) }.map(\.id)))
    case .kind(let kind): self = .kind(kind)
    case .code(let path):
      let lower = path.lowercased()
      self = .codes(
        Set(
          context.codes.filter {
            $0.name.lowercased() == lower || $0.name.lowercased().hasPrefix(lower + "/")
          }.map(\.id)))
    case .hasNote: self = .hasNote
    case .hasCode: self = .hasCode
    case .unattributed: self = .unattributed
    case .confirmed: self = .confirmed
    case .confidence(let op, let value): self = .confidence(op, value)
    case .paragraphs(let range): self = .paragraphs(range)
    case .document(let pattern): self = .document(CompiledAtom.name(context.name, matches: pattern))
    case .text(let text): self = .text(text.lowercased())
    case .regex(let pattern):
      // Validated when parsed; a pattern built some other way that does not compile matches nothing.
      self = RegexCheck.compiled(pattern).map { .regex($0) } ?? .codes([])
    }
  }

  /// "Obama" is "Barack Obama", "Mr Obama" and the alias "Obama"; "no azure" is not "No Azure for
  /// Apartheid" unless its words are whole words of the name.
  static func speaker(_ speaker: Speaker, isCalled query: String) -> Bool {
    let wanted = words(query)
    guard !wanted.isEmpty else { return false }
    for name in [speaker.name] + speaker.aliases {
      let have = words(name)
      if have == wanted { return true }
      if have.count > wanted.count {
        for start in 0...(have.count - wanted.count)
        where Array(have[start..<(start + wanted.count)]) == wanted {
          return true
        }
      }
    }
    return false
  }

  static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }

  /// Case-insensitive containment, `*` standing for any run of characters.
  static func name(_ name: String, matches pattern: String) -> Bool {
    let pieces = pattern.lowercased().split(separator: "*", omittingEmptySubsequences: true)
    var rest = name.lowercased()[...]
    for piece in pieces {
      guard let found = rest.textRange(of: piece) else { return false }
      rest = rest[found.upperBound...]
    }
    return true
  }
}
