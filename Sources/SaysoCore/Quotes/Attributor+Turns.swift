extension Attributor {
  /// Fiction: untagged lines between two tagged ones, read again from both ends.
  ///
  /// Turn-taking reads forward: an untagged line goes to whoever spoke before the last speaker. When
  /// that earlier speaker is stale (someone from before, or a line given to the wrong person), every
  /// line of the exchange after it is wrong in turn. A tag after the exchange says who the other
  /// participant is: with A tagged before, B tagged after and an even number of untagged lines between,
  /// strict alternation gives B, A, B, A… and the chain is rewritten so. An odd number (A … A) fits
  /// alternation already and is left as read.
  func anchorTurnChains() {
    guard fiction else { return }
    let quoted = states.keys.sorted()
    var k = 0
    while k < quoted.count {
      guard let before = taggedSpeaker(quoted[k]) else {
        k += 1
        continue
      }
      var chain: [Int] = []
      var next = k + 1
      while next < quoted.count, quoted[next] == quoted[next - 1] + 1, isTurnTaken(quoted[next]) {
        chain.append(quoted[next])
        next += 1
      }
      k = next  // the paragraph after the chain may anchor the next one
      guard !chain.isEmpty, chain.count.isMultiple(of: 2), next < quoted.count,
        quoted[next] == quoted[next - 1] + 1,
        let after = taggedSpeaker(quoted[next]), after != before
      else { continue }
      for (position, index) in chain.enumerated() {
        reassign(index, to: position.isMultiple(of: 2) ? after : before)
      }
    }
  }

  /// The one speaker of a paragraph whose quotes a cue (or an action beat) attributes.
  private func taggedSpeaker(_ index: Int) -> Int? {
    guard let assignments = states[index]?.assignments, !assignments.isEmpty else { return nil }
    let entities = Set(assignments.compactMap { $0?.entity })
    guard entities.count == 1, let entity = entities.first,
      assignments.contains(where: { $0.map { Attributor.tagRules.contains($0.rule) } ?? false })
    else { return nil }
    return entity
  }

  /// Rules that read a speaker from the paragraph itself, as opposed to from the lines around it.
  static let tagRules: Set<AttributionRule> = [.cueAfter, .cueBefore, .cueInside, .cueSentence, .actionBeat]

  private func isTurnTaken(_ index: Int) -> Bool {
    guard let assignments = states[index]?.assignments, !assignments.isEmpty else { return false }
    return assignments.allSatisfy { $0?.rule == .turnTaking }
  }

  private func reassign(_ index: Int, to entity: Int) {
    guard var state = states[index] else { return }
    for k in state.assignments.indices {
      guard let old = state.assignments[k], old.entity != entity else { continue }
      roster.moveQuote(from: old.entity, to: entity)
      state.assignments[k]?.entity = entity
    }
    states[index] = state
  }
}
