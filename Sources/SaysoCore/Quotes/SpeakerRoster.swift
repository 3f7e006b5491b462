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

    var isPlace: Bool { kind != .person && first == nil && placeMentions * 2 >= max(1, mentions.count) }
  }

  private(set) var entities: [Entity] = []
  /// Entity mentions in document order (outside quotes), for recency.
  private var timeline = Timeline()
  private var unnamedByHead: [String: Int] = [:]
  /// Lookups kept up to date as names are added, so matching a name costs the candidates it has, not
  /// the whole document's entity list (a novel has thousands of name mentions).
  private var index = RosterIndex()
  private var parsedNames: [String: ParsedName] = [:]
  private let lexicon = Lexicon.shared

  /// The entity a proper name refers to: an existing one whose names agree, else a new one.
  @discardableResult
  func entity(named rawName: String, at range: Range<Int>, kind: SpeakerKind?, gender: Gender) -> Int {
    let parsed = parse(rawName)
    let (name, first, surname) = (parsed.name, parsed.first, parsed.surname)
    let gender = gender != .unknown ? gender : parsed.titleGender
    let index =
      match(
        first: first, surname: surname, gender: gender, kind: kind, lowered: parsed.lowered,
        title: parsed.title)
      ?? newEntity()
    let form = addForm(name, lowered: parsed.lowered, leading: parsed.leading, to: index)
    entities[index].formCounts[form] += 1
    if entities[index].first == nil, let first {
      entities[index].first = first
      self.index.firstNames[first, default: []].append(index)
    }
    if entities[index].surname == nil, let surname {
      entities[index].surname = surname
      self.index.surnames[surname, default: []].append(index)
    }
    if entities[index].gender == .unknown { entities[index].gender = gender }
    if entities[index].kind == nil || entities[index].kind == .unnamed {
      entities[index].kind = kind ?? entities[index].kind
    }
    entities[index].mentions.append(range)
    record(range.lowerBound, index)
    return index
  }

  private func newEntity() -> Int {
    entities.append(Entity())
    index.latest.append(nil)
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
    index.leadingWords[entity, default: []].insert(leading)
    return entities[entity].forms.count - 1
  }

  /// The first word of a lower-cased name without its dot ("dr. jones" → "dr").
  static func leadingWord(_ lowered: String) -> String {
    String(lowered.split(separator: " ").first ?? "").trimmingAny(of: ".")
  }

  private func record(_ position: Int, _ entity: Int) {
    index.sequence += 1
    if (index.latest[entity]?.position ?? Int.min) <= position {
      index.latest[entity] = (position, index.sequence)
    }
    timeline.insert(position, entity)
  }

  /// The existing entity a name refers to, without adding one (for names used to address someone).
  func find(named rawName: String, gender: Gender = .unknown) -> Int? {
    let parsed = parse(rawName)
    return match(
      first: parsed.first, surname: parsed.surname,
      gender: gender != .unknown ? gender : parsed.titleGender, kind: .person, lowered: parsed.lowered,
      title: parsed.title)
  }

  /// A name as written, read into its parts: "Mrs.  Jane Doe's" → name "Mrs. Jane Doe's", first "jane",
  /// surname "doe", gender female. Names recur all through a text, so each reading is kept.
  private func parse(_ rawName: String) -> ParsedName {
    if let known = parsedNames[rawName] { return known }
    if let known = ParsedNameCache.shared.parsed(rawName) {
      parsedNames[rawName] = known
      return known
    }
    // Work on the lower-cased name as substrings: a news article names a hundred different people and
    // places, and a string per word made parsing one of the costliest steps of attribution.
    let name = SpeakerRoster.singleSpaced(rawName)
    let lowered = TextCase.lowercased(name)
    let words = lowered.split(separator: " ")
    var bare = words[...]
    var titleGender = Gender.unknown
    let table = WordFeatureTable.shared
    while let first = bare.first, bare.count > 1 {
      let features = table.features(WordFeatureTable.hash(first.utf8))
      guard features.contains(.honorific) else { break }
      if features.titleGender != .unknown { titleGender = features.titleGender }
      bare = bare.dropFirst()
    }
    let parsed = ParsedName(
      name: name, lowered: lowered, leading: String(words.first ?? "").trimmingAny(of: "."),
      first: bare.count > 1 ? bare.first.map(String.init) : nil,
      surname: bare.last.map { SpeakerRoster.withoutPossessive(String($0)) }, titleGender: titleGender,
      title: bare.count < words.count ? String(words[0]).trimmingAny(of: ".") : nil)
    parsedNames[rawName] = parsed
    ParsedNameCache.shared.keep(parsed, for: rawName)
    return parsed
  }

  /// The name with every run of spaces, tabs and line breaks made one space (usually: the name itself).
  static func singleSpaced(_ raw: String) -> String {
    var previousSpace = true
    for byte in raw.utf8 {
      let space = byte == 0x20 || byte == 0x0A || byte == 0x09
      if space && (previousSpace || byte != 0x20) {
        return raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
      }
      previousSpace = space
    }
    return previousSpace && !raw.isEmpty
      ? raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ") : raw
  }

  struct ParsedName: Sendable {
    var name: String
    var lowered: String
    /// First word of `lowered` without its dot: the title, if the name has one.
    var leading: String
    var first: String?
    var surname: String?
    var titleGender: Gender
    /// The title the name is written with ("mrs", "dr"), if any.
    var title: String?
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
    func compatible(_ index: Int) -> Bool {
      let known = entities[index].gender
      if gender != .unknown && known != .unknown && gender != known { return false }
      if let kind, let other = entities[index].kind, (kind == .person) != (other == .person),
        other != .unnamed
      {
        return false
      }
      return !titlesClash(title, index)
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
    // A first name alone ("Emma") names the one person with that first name.
    return index.byRecency((index.firstNames[surname] ?? []).filter(compatible)).first
  }

  /// The most recent entity before `position` that a pronoun can refer to.
  func resolve(pronoun: String, gender: Gender, before position: Int, excluding excluded: [Int] = []) -> Int?
  {
    let wantsPerson = ["he", "she", "him", "her", "i", "you"].contains(pronoun)
    var found: Int?
    var looked = 0
    // A pronoun's referent is among the last few thousand mentions; a bounded walk keeps a text with no
    // compatible referent at all from reading its whole history for each pronoun.
    timeline.backward(before: position) { event in
      looked += 1
      guard looked <= 4000 else { return false }
      guard !excluded.contains(event.entity) else { return true }
      // Fields read in place: copying an entity (forms, mentions) for each event cost more than the test.
      let kind = entities[event.entity].kind
      if wantsPerson {
        if let kind, kind != .person { return true }
        if entities[event.entity].isPlace { return true }
        let known = entities[event.entity].gender
        if gender != .unknown && known != .unknown && known != gender { return true }
      } else {
        if pronoun == "it", kind == .person { return true }
        if pronoun == "they" || pronoun == "we", kind == .person { return true }
      }
      found = event.entity
      return false
    }
    return found
  }

  /// The most recent entity a description ("the company", "the spokeswoman") fits: one already given that
  /// description, or for organisations and groups the most recent organisation (or unknown name).
  func resolve(description head: String, kind: SpeakerKind?, before position: Int) -> Int? {
    let titles = SpeakerRoster.titleForms[head] ?? [head]
    // Descriptions refer back a few pages at most: "the doctor" of chapter 40 is not chapter 3's.
    var found: Int?
    var fallback: Int?
    timeline.backward(before: position) { event in
      guard position - event.position < 6000 else { return false }
      if entities[event.entity].descriptions.contains(head) {
        found = event.entity
        return false
      }
      // "the doctor" is "Dr. Losberne", "the general" is "General Smith".
      if let leading = index.leadingWords[event.entity], titles.contains(where: leading.contains) {
        found = event.entity
        return false
      }
      let known = entities[event.entity].kind
      if kind == .organisation || kind == .group {
        // A name known to be an organisation wins over a nearer name of unknown kind ("Palestinians").
        if known == .organisation || known == .group {
          found = event.entity
          return false
        }
        // Among names of unknown kind, the most prominent: "the company" is what the text is about.
        if known == nil && entities[event.entity].first == nil,
          fallback.map({ salience(event.entity) > salience($0) }) ?? true
        {
          fallback = event.entity
        }
      }
      return true
    }
    return found ?? fallback
  }

  /// Titles that tell members of one family apart: "Mrs. Bates" is not "Miss Bates", her daughter.
  static let familyTitles: Set<String> = ["mr", "mrs", "miss", "master"]

  /// Whether an entity is only ever written with a family title other than `title`.
  private func titlesClash(_ title: String?, _ entity: Int) -> Bool {
    guard let title, SpeakerRoster.familyTitles.contains(title) else { return false }
    let others = (index.leadingWords[entity] ?? []).intersection(SpeakerRoster.familyTitles)
    return !others.isEmpty && !others.contains(title)
  }

  /// How prominent an entity is so far: how often it opened a sentence, then how often it was named.
  private func salience(_ entity: Int) -> (Int, Int) {
    (entities[entity].subjectMentions, entities[entity].mentions.count)
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

  func notePlace(_ entity: Int) { entities[entity].placeMentions += 1 }

  func noteSubject(_ entity: Int) { entities[entity].subjectMentions += 1 }

  /// Gives an entity known only by a description (the narrator, "I") the name others call it.
  func name(_ entity: Int, _ name: String) {
    let form = addForm(name, to: entity)
    entities[entity].formCounts[form] = Int.max / 2
    entities[entity].kind = .person
  }

  /// The fullest proper name: the longest form without a title if it has a first name, else the form with
  /// the title ("Mr. Hanson"), else whatever was seen.
  func canonicalName(_ index: Int) -> String {
    let entity = entities[index]
    // Uses per form: the fullest name the text writes, not one made up by leaving out its title.
    var counts: [String: Int] = [:]
    for (form, count) in zip(entity.forms, entity.formCounts) { counts[form, default: 0] += count }
    func count(_ form: String) -> Int { counts[form] ?? 0 }
    func byUse(_ a: String, _ b: String) -> Bool {
      count(a) != count(b) ? count(a) < count(b) : (a.count, b) < (b.count, a)
    }
    // A form with a first name ("Hillary Clinton", "Jane Doe"), the most used; else a titled form ("Mr.
    // Weston"), the most used; else whatever was written most.
    let withFirstName = counts.keys.filter { form in
      let words = form.split(separator: " ")
      return words.count >= 2 && lexicon.honorifics[words[0].lowercased()] == nil
        && words[0].first?.isUppercase == true
    }
    if let best = withFirstName.max(by: byUse) { return best }
    let titled = entity.forms.filter { $0.split(separator: " ").count >= 2 }
    if let best = titled.max(by: byUse) { return best }
    return entity.forms.max(by: byUse) ?? ""
  }

  /// Titles a description can stand for.
  static let titleForms: [String: [String]] = [
    "doctor": ["doctor", "dr"], "professor": ["professor", "prof"], "general": ["general", "gen"],
    "senator": ["senator", "sen"], "governor": ["governor", "gov"], "president": ["president", "pres"],
    "captain": ["captain", "capt"], "colonel": ["colonel", "col"], "reverend": ["reverend", "rev"],
    "representative": ["representative", "rep"], "secretary": ["secretary"], "judge": ["judge"],
    "mayor": ["mayor"], "minister": ["minister"], "king": ["king"], "queen": ["queen"], "prince": ["prince"],
    "princess": ["princess"], "duke": ["duke"], "duchess": ["duchess"], "major": ["major", "maj"],
    "lieutenant": ["lieutenant", "lt"], "sergeant": ["sergeant", "sgt"], "inspector": ["inspector"],
    "chancellor": ["chancellor"], "count": ["count"], "countess": ["countess"], "baron": ["baron"],
  ]

  /// "The minister" opening a sentence is "the minister" in a list of speakers.
  static func lowercasingDeterminer(_ description: String) -> String {
    guard let first = description.split(separator: " ").first,
      ["The", "A", "An", "Some", "Two", "Three", "Several", "Many", "Other"].contains(first)
    else { return description }
    return first.lowercased() + description.dropFirst(first.count)
  }

  static func withoutPossessive(_ word: String) -> String {
    word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
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
