/// The lookups `SpeakerRoster` matches names with: entities by written form, surname and first name, and
/// each entity's latest mention, so that "the most recent Bennet" is a sort of a few candidates instead of
/// a walk through every mention in the document.
///
/// A class: the roster holds it, and a struct of four dictionaries read through the roster's property was
/// copied (each dictionary retained and released) on every lookup.
final class RosterIndex {
  /// Lowercased written form ("mr. bennet") → entities written so.
  var forms: [String: [Int]] = [:]
  var surnames: [String: [Int]] = [:]
  var firstNames: [String: [Int]] = [:]
  /// First word of a form without its dot ("dr", "general") → the entities with such a form (an entity
  /// may be listed more than once), for descriptions that stand for titles: "the doctor" finds the
  /// entities written "Dr. …" without looking at every entity it passes.
  var entitiesByLeadingWord: [String: [Int]] = [:]
  /// Per entity: the family titles its forms start with (bits of `SpeakerRoster.familyTitleBit`), to tell
  /// "Mrs. Bates" from "Miss Bates".
  var familyTitles: [UInt8] = []
  /// Per entity: the position of its latest mention and the order it was recorded in (a later record at
  /// the same position is more recent); nil until it is first mentioned.
  var latest: [(position: Int, sequence: Int)?] = []
  var sequence = 0

  /// Room for the names of an article from the start: the tables grew by doubling, rehashing every name
  /// each time, in every document.
  init() {
    forms.reserveCapacity(64)
    surnames.reserveCapacity(32)
    firstNames.reserveCapacity(32)
    entitiesByLeadingWord.reserveCapacity(64)
  }

  /// Candidates, most recently mentioned first; entities never mentioned come last, oldest first.
  func byRecency(_ candidates: [Int]) -> [Int] {
    guard candidates.count > 1 else { return candidates }
    let latest = latest
    return candidates.sorted { a, b in
      switch (latest[a], latest[b]) {
      case (let x?, let y?):
        return x.position != y.position ? x.position > y.position : x.sequence > y.sequence
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return a < b
      }
    }
  }

  func mostRecent(_ candidates: [Int]) -> Int? { byRecency(candidates).first }
}
