/// The people and organisations a document mentions, merged across their mentions ("Jane Doe", "Ms. Doe",
/// "Doe"), with the recency order that pronouns and descriptions ("she", "the company") resolve against.
final class SpeakerRoster {
  struct Entity {
    var forms: [String] = []
    var first: String?
    var surname: String?
    var kind: SpeakerKind?
    var gender: Gender = .unknown
    var mentions: [Range<Int>] = []
    var descriptions: [String] = []
    var quoteCount = 0
    /// How often each form was written, for choosing the canonical name.
    var formCounts: [Int] = []
    /// Written after "in", "at", "from"...: a place, which "he" or "she" never refers to.
    var placeMentions = 0
    /// Mentions that open a sentence: the text's subjects, which "the company" most likely means.
    var subjectMentions = 0
    /// Whether the text shows this is a person, not a place or thing named like one: a title, a known
    /// first name, a speech tag with the name, or "he" or "she" for it in its own sentence. A name with
    /// none of these ("Beaune", "Thames") is a poor referent for "he said".
    var isKnownPerson = false

    var isPlace: Bool { kind != .person && first == nil && placeMentions * 2 >= max(1, mentions.count) }
  }

  /// How often a name is written before it is surely someone the text talks about, not the narrator that
  /// others call by it.
  static let thirdPersonMentions = 10

  private(set) var entities: [Entity] = []
  /// Entity mentions in document order (outside quotes), for recency.
  private(set) var timeline = Timeline()
  private var unnamedByHead: [String: Int] = [:]
  /// Lookups kept up to date as names are added, so matching a name costs the candidates it has, not
  /// the whole document's entity list (a novel has thousands of name mentions).
  let index = RosterIndex()
  private let lexicon = Lexicon.shared

  /// The entity a proper name refers to: an existing one whose names agree, else a new one.
  @discardableResult
  func entity(named rawName: String, at range: Range<Int>, kind: SpeakerKind?, gender: Gender) -> Int {
    entity(parsed: ParsedNameCache.shared.reading(rawName), at: range, kind: kind, gender: gender)
  }

  /// `entity(named:)` for a name already read (the name spotter keeps each run's reading).
  @discardableResult
  func entity(
    parsed: ParsedName, at range: Range<Int>, kind: SpeakerKind?, gender: Gender, isSubject: Bool = false
  ) -> Int {
    let (name, first, surname) = (parsed.name, parsed.first, parsed.surname)
    let gender = gender != .unknown ? gender : parsed.titleGender
    let index =
      match(
        first: first, surname: surname, gender: gender, kind: kind, lowered: parsed.lowered,
        title: parsed.title)
      ?? newEntity()
    let form = addForm(name, lowered: parsed.lowered, leading: parsed.leading, to: index)
    let lookups = self.index
    // One access to the entity for all of its updates (each `entities[index].x = …` is an access of its
    // own, checked at run time).
    func update(_ entity: inout Entity) {
      entity.formCounts[form] += 1
      if entity.first == nil, let first {
        entity.first = first
        lookups.firstNames[first, default: []].append(index)
      }
      if entity.surname == nil, let surname {
        entity.surname = surname
        lookups.surnames[surname, default: []].append(index)
      }
      if entity.gender == .unknown { entity.gender = gender }
      if gender != .unknown || kind == .person { entity.isKnownPerson = true }
      if entity.kind == nil || entity.kind == .unnamed { entity.kind = kind ?? entity.kind }
      // (Most names are written a few times: room for four from the first, not regrown at two and four.)
      if entity.mentions.isEmpty { entity.mentions.reserveCapacity(4) }
      entity.mentions.append(range)
      if isSubject { entity.subjectMentions += 1 }
    }
    update(&entities[index])
    record(range.lowerBound, index, isSubject: isSubject)
    return index
  }

  private func newEntity() -> Int {
    entities.append(Entity())
    index.latest.append(nil)
    index.familyTitles.append(0)
    return entities.count - 1
  }

  /// The index of `form` among the entity's forms, adding it if new.
  @discardableResult
  private func addForm(_ form: String, lowered: String? = nil, leading: String? = nil, to entity: Int) -> Int
  {
    if let known = entities[entity].forms.firstIndex(of: form) { return known }
    let lowered = lowered ?? form.lowercased()
    entities[entity].forms.append(form)
    entities[entity].formCounts.append(0)
    index.forms[lowered, default: []].append(entity)
    let leading = leading ?? SpeakerRoster.leadingWord(lowered)
    index.familyTitles[entity] |= SpeakerRoster.familyTitleBit(leading)
    func list(_ entities: inout [Int]) { if entities.last != entity { entities.append(entity) } }
    list(&index.entitiesByLeadingWord[leading, default: []])
    return entities[entity].forms.count - 1
  }

  private func record(_ position: Int, _ entity: Int, isSubject: Bool = false) {
    index.sequence += 1
    if (index.latest[entity]?.position ?? Int.min) <= position {
      index.latest[entity] = (position, index.sequence)
    }
    timeline.insert(position, entity, isSubject: isSubject)
  }

  /// The existing entity a name refers to, without adding one (for names used to address someone).
  func find(named rawName: String, gender: Gender = .unknown) -> Int? {
    let parsed = ParsedNameCache.shared.reading(rawName)
    return match(
      first: parsed.first, surname: parsed.surname,
      gender: gender != .unknown ? gender : parsed.titleGender, kind: .person, lowered: parsed.lowered,
      title: parsed.title)
  }

  /// An existing entity a name refers to. A name with a first name joins the entity with that first name
  /// (or a barely used titled one: "Mr. Obama" before "Barack Obama"); a name without one ("Mrs. Bennet",
  /// "Trump") joins a titled entity of that surname, or the only (or by far most mentioned) person with it.
  /// Families share surnames: when several people could be meant, a new entity is safer than a wrong merge.
  private func match(
    first: String?, surname: String?, gender: Gender, kind: SpeakerKind?, lowered: String, title: String?
  ) -> Int? {
    if let exact = index.mostRecent(index.forms[lowered] ?? []) { return exact }
    guard let surname else { return nil }
    let titleBit = title.map(SpeakerRoster.familyTitleBit) ?? 0
    func compatible(_ index: Int) -> Bool {
      let known = entities[index].gender
      if gender != .unknown && known != .unknown && gender != known { return false }
      if let kind, let other = entities[index].kind, (kind == .person) != (other == .person),
        other != .unnamed
      {
        return false
      }
      return !titlesClash(titleBit, index)
    }
    let sameSurname = index.byRecency((index.surnames[surname] ?? []).filter(compatible))
    if let first {
      if let named = sameSurname.first(where: { index in
        guard let known = entities[index].first else { return false }
        return known == first || first.hasPrefix(String(known.prefix(1)) + ".")
          || known.hasPrefix(String(first.prefix(1)) + ".")
      }) {
        return named
      }
      return sameSurname.first { entities[$0].first == nil && entities[$0].mentions.count < 3 }
    }
    if let titled = sameSurname.first(where: { entities[$0].first == nil }) { return titled }
    let withFirst = sameSurname.filter { entities[$0].first != nil }
    if withFirst.count == 1 { return withFirst[0] }
    if withFirst.count > 1 {
      let ranked = withFirst.sorted { entities[$0].mentions.count > entities[$1].mentions.count }
      if entities[ranked[0]].mentions.count >= 2 * entities[ranked[1]].mentions.count { return ranked[0] }
      return nil
    }
    // A first name alone ("Emma") names the one person with that first name; after a title ("Mr.
    // Paulson") the word is a surname, whatever else starts with it ("Paulson Partners").
    guard title == nil else { return nil }
    return index.byRecency((index.firstNames[surname] ?? []).filter(compatible)).first
  }

  /// Titles that tell members of one family apart ("Mrs. Bates" is not "Miss Bates", her daughter): a bit
  /// for each of mr, mrs, miss and master; 0 for any other word.
  static func familyTitleBit(_ word: String) -> UInt8 {
    // (Asked of every new form's first word: all four start with "m", which most words do not.)
    guard word.utf8.first == 0x6D else { return 0 }
    switch word {
    case "mr": return 1
    case "mrs": return 2
    case "miss": return 4
    case "master": return 8
    default: return 0
    }
  }

  /// Whether an entity is only ever written with a family title other than the one of `bit` (see
  /// `familyTitleBit`; 0 for a name without one).
  private func titlesClash(_ bit: UInt8, _ entity: Int) -> Bool {
    let others = index.familyTitles[entity]
    return bit != 0 && others != 0 && others & bit == 0
  }

  /// The speaker for a description with no name ("sources", "a spokeswoman"): one per head noun.
  func unnamed(
    _ description: String, head: String, kind: SpeakerKind, gender: Gender, at range: Range<Int>
  ) -> Int {
    if let index = unnamedByHead[head] {
      entities[index].mentions.append(range)
      return index
    }
    let index = newEntity()
    addForm(SpeakerRoster.lowercasingDeterminer(description), to: index)
    entities[index].kind = kind
    entities[index].gender = gender
    entities[index].mentions = [range]
    entities[index].descriptions = [head]
    unnamedByHead[head] = index
    return index
  }

  /// Records that `entity` was referred to here (by a pronoun or description), and by what.
  func note(_ entity: Int, at range: Range<Int>, description: String? = nil, gender: Gender = .unknown) {
    entities[entity].mentions.append(range)
    if let description, !entities[entity].descriptions.contains(description) {
      entities[entity].descriptions.append(description)
      // A name of unknown kind called "the company" or "the group" is that kind of speaker.
      if entities[entity].kind == nil, let kind = lexicon.organisationWords[description],
        kind == .organisation || kind == .group
      {
        entities[entity].kind = kind
      }
    }
    if entities[entity].gender == .unknown { entities[entity].gender = gender }
    record(range.lowerBound, entity)
  }

  func noteQuote(_ entity: Int) { entities[entity].quoteCount += 1 }

  /// A quote counted for one entity belongs to another after all.
  func moveQuote(from old: Int, to new: Int) {
    entities[old].quoteCount = max(0, entities[old].quoteCount - 1)
    entities[new].quoteCount += 1
  }

  func notePlace(_ entity: Int) { entities[entity].placeMentions += 1 }

  /// The text shows `entity` is a person (see `Entity.isKnownPerson`); a pronoun of its own sentence
  /// ("Holmes put his hand…") also gives a gender not known from the name.
  func notePerson(_ entity: Int, gender: Gender = .unknown) {
    guard entities[entity].kind == nil || entities[entity].kind == .person else { return }
    entities[entity].isKnownPerson = true
    if entities[entity].gender == .unknown { entities[entity].gender = gender }
  }

  /// Gives an entity known only by a description (the narrator, "I") the name others call it.
  func name(_ entity: Int, _ name: String) {
    let form = addForm(name, to: entity)
    entities[entity].formCounts[form] = Int.max / 2
    entities[entity].kind = .person
  }

  /// The fullest proper name: the longest form without a title if it has a first name, else the form with
  /// the title ("Mr. Hanson"), else whatever was seen.
  func canonicalName(_ index: Int) -> String {
    // Uses per form (each form is kept once): the fullest name the text writes, not one made up by
    // leaving out its title. Each form's words are read once; its length in characters (which takes
    // a walk over its graphemes) only when two forms are used as often.
    struct Candidate {
      var form: String
      var uses: Int
      /// The first word, when more follow (a name of two words or more).
      var firstOfSeveral: Substring?
    }
    let candidates = zip(entities[index].forms, entities[index].formCounts).map { form, uses in
      let first = form.firstWord()
      return Candidate(form: form, uses: uses, firstOfSeveral: first?.followed == true ? first?.word : nil)
    }
    func byUse(_ a: Candidate, _ b: Candidate) -> Bool {
      a.uses != b.uses ? a.uses < b.uses : (a.form.count, b.form) < (b.form.count, a.form)
    }
    // A form with a first name ("Hillary Clinton", "Jane Doe"), the most used; else a titled form ("Mr.
    // Weston"), the most used; else whatever was written most.
    let withFirstName = candidates.filter { candidate in
      guard let first = candidate.firstOfSeveral else { return false }
      return lexicon.honorifics[first.lowercased()] == nil && first.first?.isUppercase == true
    }
    if let best = withFirstName.max(by: byUse) { return best.form }
    let titled = candidates.filter { $0.firstOfSeveral != nil }
    if let best = titled.max(by: byUse) { return best.form }
    return candidates.max(by: byUse)?.form ?? ""
  }

  /// "The minister" opening a sentence is "the minister" in a list of speakers.
  static func lowercasingDeterminer(_ description: String) -> String {
    guard let first = description.spaceSeparatedWords().first,
      ["The", "A", "An", "Some", "Two", "Three", "Several", "Many", "Other"].contains(first)
    else { return description }
    return first.lowercased() + description.dropFirst(first.count)
  }
}

extension Gender {
  var opposite: Gender {
    switch self {
    case .male: return .female
    case .female: return .male
    case .unknown: return .unknown
    }
  }
}
