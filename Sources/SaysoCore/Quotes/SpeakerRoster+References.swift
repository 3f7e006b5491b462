/// How pronouns ("she", "they") and descriptions ("the company", "the doctor") find the entity they refer
/// to: the most recent compatible one on the roster's timeline.
extension SpeakerRoster {
  /// The most recent entity before `position` that a pronoun can refer to.
  func resolve(pronoun: String, gender: Gender, before position: Int, excluding excluded: [Int] = []) -> Int?
  {
    var found: Int?
    var fallback: (entity: Int, looked: Int)?
    var looked = 0
    let personal = SpeakerRoster.personPronouns.contains(pronoun)
    // A pronoun's referent is among the last few thousand mentions; a bounded walk keeps a text with no
    // compatible referent at all from reading its whole history for each pronoun.
    timeline.backward(before: position) { event in
      looked += 1
      guard looked <= 4000 else { return false }
      guard fits(event.entity, pronoun: pronoun, gender: gender, excluding: excluded) else { return true }
      if !personal || entities[event.entity].isKnownPerson {
        found = event.entity
        return false
      }
      // A name not known to be a person is the referent only if no known person was named just before.
      if fallback == nil { fallback = (event.entity, looked) }
      return looked - (fallback?.looked ?? looked) < SpeakerRoster.knownPersonReach
    }
    return found ?? fallback?.entity
  }

  /// The latest compatible name that opened a narration sentence at or after `floor`: "Mr. Bennet raised
  /// his eyes from his book. “…,” said he." The subject of the sentences just read is who a speech tag's
  /// pronoun most likely means, more than a name met later in the sentence ("…looking at Lord Henry").
  func subject(
    pronoun: String, gender: Gender, from floor: Int, before position: Int, excluding excluded: [Int] = []
  ) -> Int? {
    var found: Int?
    var looked = 0
    timeline.backward(before: position) { event in
      looked += 1
      // Bounded: in one huge paragraph the floor is far away, and this runs for every pronoun.
      guard event.position >= floor, looked <= 200 else { return false }
      guard event.isSubject, fits(event.entity, pronoun: pronoun, gender: gender, excluding: excluded),
        entities[event.entity].isKnownPerson || !SpeakerRoster.personPronouns.contains(pronoun)
      else { return true }
      found = event.entity
      return false
    }
    return found
  }

  /// Whether `entity` can be what a pronoun of `gender` refers to.
  private func fits(_ entity: Int, pronoun: String, gender: Gender, excluding excluded: [Int]) -> Bool {
    guard !excluded.contains(entity) else { return false }
    // Fields read in place: copying an entity (forms, mentions) for each event cost more than the test.
    let kind = entities[entity].kind
    if SpeakerRoster.personPronouns.contains(pronoun) {
      if let kind, kind != .person { return false }
      if entities[entity].isPlace { return false }
      let known = entities[entity].gender
      if gender != .unknown && known != .unknown && known != gender { return false }
    } else {
      if pronoun == "it", kind == .person { return false }
      if pronoun == "they" || pronoun == "we", kind == .person { return false }
    }
    return true
  }

  static let personPronouns: Set<String> = ["he", "she", "him", "her", "i", "you"]

  /// How many mentions further back a known person is still preferred to a nearer name of unknown kind.
  static let knownPersonReach = 40

  /// The most recent entity a description ("the company", "the spokeswoman") fits: one already given that
  /// description, or for organisations and groups the most recent organisation (or unknown name).
  func resolve(description head: String, kind: SpeakerKind?, before position: Int) -> Int? {
    let titles = SpeakerRoster.titleForms[head] ?? [head]
    // The entities written with one of these titles ("Dr. Losberne" for "the doctor"), found once.
    var titled = Set<Int>()
    for title in titles { titled.formUnion(index.entitiesByLeadingWord[title] ?? []) }
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
      if titled.contains(event.entity) {
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

  /// How prominent an entity is so far: how often it opened a sentence, then how often it was named.
  func salience(_ entity: Int) -> (Int, Int) {
    (entities[entity].subjectMentions, entities[entity].mentions.count)
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
}
