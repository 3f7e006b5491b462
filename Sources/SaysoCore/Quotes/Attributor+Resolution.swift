extension Attributor {
  /// The roster entity a speaker phrase refers to: a name, a pronoun, a description, or an unnamed source.
  func resolve(_ mention: Mention, at position: Int) -> Int? {
    if let pronoun = mention.pronoun {
      let entity =
        (fiction ? conversation.resolve(pronoun: pronoun, gender: mention.gender, roster: roster) : nil)
        ?? roster.resolve(pronoun: pronoun, gender: mention.gender, before: position)
        ?? roster.unnamed(
          mention.text, head: pronoun, kind: mention.kind ?? .person, gender: mention.gender,
          at: mention.range)
      roster.note(entity, at: mention.range, gender: mention.gender)
      return entity
    }
    if let name = mention.name {
      let entity = roster.entity(
        named: name, at: mention.nameRange ?? mention.range, kind: mention.kind, gender: mention.gender)
      if let head = mention.head,
        Lexicon.shared.roleNouns[head] != nil || Lexicon.shared.organisationWords[head] != nil
      {
        roster.note(entity, at: mention.range, description: head)
      }
      return entity
    }
    guard let head = mention.head else { return nil }
    if let entity = roster.resolve(description: head, kind: mention.kind, before: position) {
      roster.note(entity, at: mention.range, description: head)
      return entity
    }
    return roster.unnamed(
      mention.text, head: head, kind: mention.kind ?? .unnamed, gender: mention.gender, at: mention.range)
  }
}
