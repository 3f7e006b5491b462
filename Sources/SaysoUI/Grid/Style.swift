/// What a cell means; the terminal layer turns meanings into colours and attributes, so that a
/// monochrome terminal can carry the same meaning with bold, underline and reverse.
public enum StyleRole: Hashable, Sendable {
  case text
  case dim
  case title
  case heading
  /// Quoted words of the speaker in palette slot `n`.
  case quote(Int)
  /// Quoted words without a speaker (unattributed statements).
  case quoteUnattributed
  /// Quotes that are not statements: titles of works, scare quotes.
  case quoteOther
  /// A speaker's name or swatch in palette slot `n`.
  case speaker(Int)
  case gutter
  case gutterCurrent
  case border
  case paneTitle
  case status
  case statusAccent
  case hint
  case hintKey
  case popup
  case match
  /// A control character shown as `^[`: visibly not document text.
  case placeholder
  case error
  /// A code's stripe or label, in the code's 256-colour number.
  case code(Int)
  /// The span being selected.
  case selection
  /// "saved" in the status row.
  case saved
}

/// A role with the emphasis the view asks for on top of it.
public struct Style: Hashable, Sendable {
  public var role: StyleRole
  public var bold = false
  public var underline = false
  public var reverse = false
  public var italic = false

  public init(
    _ role: StyleRole, bold: Bool = false, underline: Bool = false, reverse: Bool = false,
    italic: Bool = false
  ) {
    self.role = role
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
    self.italic = italic
  }

  public static let plain = Style(.text)
}
