/// The kind of entity a speaker is, which decides what "the company", "the group" or "she" can refer to.
public enum SpeakerKind: String, Sendable, Codable, CaseIterable, Hashable {
  case person, organisation, group
  /// "sources", "officials", "a spokesperson": a source the text does not name.
  case unnamed
}

public enum Gender: String, Sendable, Codable, Hashable {
  case female, male, unknown
}

/// One speaker in a document: every way the text refers to them, merged.
public struct Speaker: Sendable, Hashable, Codable {
  public var id: Int
  /// The fullest proper name seen ("Jane Doe", not "Doe" or "Ms Doe"), or the description for unnamed sources.
  public var name: String
  public var kind: SpeakerKind
  public var gender: Gender
  /// Other names and descriptions used for this speaker ("Doe", "the spokeswoman", "the company").
  public var aliases: [String]
  /// Where the text mentions the speaker.
  public var mentions: [Range<Int>]

  public init(
    id: Int, name: String, kind: SpeakerKind, gender: Gender = .unknown, aliases: [String] = [],
    mentions: [Range<Int>] = []
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.gender = gender
    self.aliases = aliases
    self.mentions = mentions
  }
}

/// Every quote of a document and the speakers they are attributed to.
public struct QuoteAnalysis: Sendable, Hashable, Codable {
  public var quotes: [Quote]
  public var speakers: [Speaker]

  public init(quotes: [Quote], speakers: [Speaker]) {
    self.quotes = quotes
    self.speakers = speakers
  }

  public func speaker(of quote: Quote) -> Speaker? {
    quote.attribution.map { speakers[$0.speaker] }
  }
}
