/// Entity mentions in document order, for "the most recent person before here".
///
/// Mentions mostly arrive in order, but not always: a paragraph's names are read before its speech tags'
/// pronouns, which lie earlier. A flat array would shift its whole tail for each such insertion, which
/// in one very long paragraph is quadratic; chunks of bounded size keep every insertion cheap.
struct Timeline {
  struct Event {
    var position: Int
    var entity: Int
    /// A name opening its sentence in narration: the sentence's subject, which a following "he said"
    /// most likely means.
    var isSubject = false
  }

  private var chunks: [[Event]] = [[]]
  private static let chunkLimit = 512

  /// Adds an event after any others at the same position.
  mutating func insert(_ position: Int, _ entity: Int, isSubject: Bool = false) {
    let event = Event(position: position, entity: entity, isSubject: isSubject)
    var chunk = chunks.count - 1
    if chunks[chunk].last.map({ $0.position <= position }) ?? true {
      chunks[chunk].append(event)
    } else {
      chunk = chunkIndex(after: position)
      chunks[chunk].insert(event, at: Timeline.firstIndex(in: chunks[chunk]) { $0 > position })
    }
    if chunks[chunk].count > Timeline.chunkLimit {
      let half = chunks[chunk].count / 2
      let tail = Array(chunks[chunk][half...])
      chunks[chunk].removeSubrange(half...)
      chunks.insert(tail, at: chunk + 1)
    }
  }

  /// Events before `position`, the latest first; stop by returning false from `body`.
  func backward(before position: Int, _ body: (Event) -> Bool) {
    var chunk = chunkIndex(after: position - 1)
    var slot = min(Timeline.firstIndex(in: chunks[chunk]) { $0 >= position }, chunks[chunk].count)
    while true {
      while slot > 0 {
        slot -= 1
        if !body(chunks[chunk][slot]) { return }
      }
      guard chunk > 0 else { return }
      chunk -= 1
      slot = chunks[chunk].count
    }
  }

  /// The chunk an event at `position` + epsilon belongs in: the first whose last event lies after it.
  private func chunkIndex(after position: Int) -> Int {
    var low = 0
    var high = chunks.count - 1
    while low < high {
      let middle = (low + high) / 2
      if let last = chunks[middle].last, last.position <= position { low = middle + 1 } else { high = middle }
    }
    return low
  }

  private static func firstIndex(in events: [Event], where isAfter: (Int) -> Bool) -> Int {
    var low = 0
    var high = events.count
    while low < high {
      let middle = (low + high) / 2
      if isAfter(events[middle].position) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
