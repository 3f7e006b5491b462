extension Attributor {
  /// A person of a gender the description allows: a participant of the conversation in fiction, else the
  /// most recent person named.
  func recentPerson(gender: Gender, before position: Int) -> Int? {
    if fiction {
      let participants = conversation.speakers.prefix(3).filter { index in
        let entity = roster.entities[index]
        return (entity.kind == nil || entity.kind == .person)
          && (gender == .unknown || entity.gender == gender)
      }
      return participants.first { $0 != conversation.lastSpeaker } ?? participants.first
    }
    return nil
  }

  /// The roster entity a speaker phrase refers to: a name, a pronoun, a description, or an unnamed source.
  func resolve(_ mention: Mention, at position: Int) -> Int? {
    if let pronoun = mention.pronoun {
      if pronoun == "i" {
        // A speech tag outside the quotes in the first person: the narrator.
        let entity =
          narrator ?? roster.unnamed("I", head: "i", kind: .person, gender: .unknown, at: mention.range)
        narrator = entity
        roster.note(entity, at: mention.range)
        return entity
      }
      // "he" and "she" are never the first-person narrator, nor someone the line calls by name.
      let excluded = currentAddressed + (narrator.map { [$0] } ?? [])
      let entity =
        roster.subject(
          pronoun: pronoun, gender: mention.gender, from: subjectFloor, before: position, excluding: excluded)
        ?? (fiction
          ? conversation.resolve(
            pronoun: pronoun, gender: mention.gender, roster: roster, excluding: excluded)
          : nil)
        ?? roster.resolve(pronoun: pronoun, gender: mention.gender, before: position, excluding: excluded)
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
    // "said the girl", "the old lady replied": a definite description of a person refers back to someone
    // of that gender in the conversation (fiction) or just named (news).
    if mention.text.lowercased().hasPrefix("the "),
      mention.kind == .person || Lexicon.shared.roleNouns[head] != nil, mention.gender != .unknown,
      let entity = recentPerson(gender: mention.gender, before: position)
    {
      roster.note(entity, at: mention.range, description: head, gender: mention.gender)
      return entity
    }
    return roster.unnamed(
      mention.text, head: head, kind: mention.kind ?? .unnamed, gender: mention.gender, at: mention.range)
  }
}
