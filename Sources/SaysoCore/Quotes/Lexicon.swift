/// The word lists attribution uses, read once from the data files compiled into the binary
/// (`Resources/lexicons`), so that a copied binary still has them.
///
/// A class: the readers that hold it (`MentionReader`, `CueFinder`, the roster) are made and dropped by
/// the hundred thousand, and as a struct of seven tables each copy retained and released all seven, on
/// memory every thread shares.
final class Lexicon: Sendable {
  enum VerbForm: Sendable { case base, thirdPerson, past, participle, gerund }

  /// Inflected reporting verb -> (base form, which form).
  let speechVerbs: [String: (base: String, form: VerbForm)]
  /// Title -> gender it implies.
  let honorifics: [String: Gender]
  /// Role noun -> gender it implies ("spokeswoman" -> female).
  let roleNouns: [String: Gender]
  /// Nouns that make a phrase an organisation, a group or an unnamed source.
  let organisationWords: [String: SpeakerKind]
  /// Base forms of the reporting verbs that take a reported clause (reported speech without marks).
  let clauseVerbs: Set<String>
  let femaleNames: Set<String>
  let maleNames: Set<String>

  static let shared = Lexicon()

  private init() {
    speechVerbs = Lexicon.verbs(Lexicon.lines(PackageResources.speech_verbs_txt))
    clauseVerbs = Set(Lexicon.lines(PackageResources.clause_verbs_txt))
    var honorifics: [String: Gender] = [:]
    for line in Lexicon.lines(PackageResources.honorifics_txt) {
      let fields = line.split(separator: " ")
      guard fields.count == 2 else { continue }
      honorifics[String(fields[0])] = Lexicon.gender(fields[1])
    }
    self.honorifics = honorifics
    var roles: [String: Gender] = [:]
    for line in Lexicon.lines(PackageResources.role_nouns_txt) {
      let fields = line.split(separator: " ")
      guard fields.count == 2 else { continue }
      roles[fields[0].lowercased()] = Lexicon.gender(fields[1])
    }
    roleNouns = roles
    var organisations: [String: SpeakerKind] = [:]
    for line in Lexicon.lines(PackageResources.organisation_words_txt) {
      let fields = line.split(separator: " ")
      guard fields.count == 2 else { continue }
      switch fields[1] {
      case "o": organisations[String(fields[0])] = .organisation
      case "g": organisations[String(fields[0])] = .group
      case "s": organisations[String(fields[0])] = .unnamed
      default: organisations[String(fields[0])] = .person
      }
    }
    organisationWords = organisations
    femaleNames = Set(
      Lexicon.lines(PackageResources.first_names_female_txt).flatMap {
        $0.split(separator: " ").map(String.init)
      })
    maleNames = Set(
      Lexicon.lines(PackageResources.first_names_male_txt).flatMap {
        $0.split(separator: " ").map(String.init)
      })
  }

  /// Non-empty lines without `#` comments.
  private static func lines(_ bytes: [UInt8]) -> [String] {
    String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
      let text = line.trimmingAny(of: " \t\r")
      return text.isEmpty || text.hasPrefix("#") ? nil : text
    }
  }

  private static func gender(_ field: Substring) -> Gender {
    field == "m" ? .male : field == "f" ? .female : .unknown
  }

  /// Every form of each verb: irregular past and participle from the file, -s, -ed and -ing by rule.
  private static func verbs(_ lines: [String]) -> [String: (base: String, form: VerbForm)] {
    var table: [String: (base: String, form: VerbForm)] = [:]
    for line in lines {
      let fields = line.split(separator: " ").map(String.init)
      guard let base = fields.first else { continue }
      let past = fields.count > 1 ? fields[1] : regularPast(base)
      let participle = fields.count > 2 ? fields[2] : past
      table[base] = table[base] ?? (base, .base)
      table[thirdPerson(base)] = (base, .thirdPerson)
      table[past] = (base, .past)
      if table[participle] == nil { table[participle] = (base, .participle) }
      table[gerund(base)] = (base, .gerund)
    }
    return table
  }

  private static func thirdPerson(_ base: String) -> String {
    if base.hasSuffix("y"), let before = base.dropLast().last, !"aeiou".contains(before) {
      return base.dropLast() + "ies"
    }
    if ["s", "x", "z", "ch", "sh", "o"].contains(where: base.hasSuffix) { return base + "es" }
    return base + "s"
  }

  private static func regularPast(_ base: String) -> String {
    if base.hasSuffix("e") { return base + "d" }
    if base.hasSuffix("y"), let before = base.dropLast().last, !"aeiou".contains(before) {
      return base.dropLast() + "ied"
    }
    return base + "ed"
  }

  private static func gerund(_ base: String) -> String {
    if base.hasSuffix("ie") { return base.dropLast(2) + "ying" }
    if base.hasSuffix("e") && !base.hasSuffix("ee") && base.count > 2 { return base.dropLast() + "ing" }
    return base + "ing"
  }

  func genderOfFirstName(_ lower: String) -> Gender {
    if femaleNames.contains(lower) { return .female }
    if maleNames.contains(lower) { return .male }
    return .unknown
  }

  /// Reporting verbs that are at least as often nouns; only their past forms are cues.
  static let nounLikeVerbs: Set<String> = [
    "counter", "report", "question", "charge", "post", "order", "list", "detail", "figure", "signal", "paint",
    "frame", "cast", "term", "label", "attack", "challenge", "hail", "brand", "text", "email", "message",
    "wire",
    "cable", "telegraph", "sign", "read", "note", "state", "return", "offer", "answer", "demand", "promise",
    "comment", "claim", "cry", "call", "sob", "sigh", "laugh", "smile", "groan", "moan", "snap", "storm",
    "thunder", "roar", "cheer", "hiss", "howl", "nag", "purr", "rage", "rave", "snort", "sniff", "trill",
    "twitter",
    "tweet", "joke", "pledge", "vow", "warn", "plead", "guess", "bet", "estimate", "forecast", "suppose",
    "hope",
    "fear", "worry", "feel", "think", "outline", "highlight", "underline", "tout", "mention", "point", "hint",
    "dispute", "correct", "expand", "cite", "quote", "go", "break", "burst", "put", "chime", "pipe", "begin",
    "sing", "credit", "blast", "slam", "dub",
  ]

  static let pronouns: [String: (kind: SpeakerKind, gender: Gender)] = [
    "he": (.person, .male), "she": (.person, .female), "him": (.person, .male), "her": (.person, .female),
    "they": (.group, .unknown), "it": (.organisation, .unknown), "i": (.person, .unknown),
    "we": (.group, .unknown), "you": (.person, .unknown),
  ]
}
