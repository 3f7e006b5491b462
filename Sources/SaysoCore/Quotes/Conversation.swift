/// Who is talking in a run of dialogue (fiction): the last speakers in order, so that an untagged line
/// goes to the other participant and "he said" prefers a participant of that gender.
struct Conversation {
  /// Distinct recent speakers, most recent first.
  private(set) var speakers: [Int] = []
  /// The paragraph of the last quote, to tell a continuing exchange from a new one.
  private(set) var lastQuotedParagraph: Int?
  private var narrationSince = 0

  mutating func quoted(_ paragraph: Int, speakers found: [Int]) {
    if let last = found.last {
      speakers.removeAll { $0 == last }
      speakers.insert(last, at: 0)
      if speakers.count > 4 { speakers.removeLast() }
    }
    lastQuotedParagraph = paragraph
    narrationSince = 0
  }

  mutating func narration(_ paragraph: Int) { narrationSince += 1 }

  /// Whether the paragraph before this one was dialogue (the exchange is still going on).
  func continues(at paragraph: Int) -> Bool {
    guard let last = lastQuotedParagraph else { return false }
    return paragraph - last == 1 || (paragraph - last <= 3 && narrationSince <= 1)
  }

  /// The participant who spoke before the last speaker: the turn after the last speaker's.
  var nextTurn: Int? { speakers.count >= 2 ? speakers[1] : nil }
  var lastSpeaker: Int? { speakers.first }

  /// A pronoun in a speech tag refers to a participant of that gender, preferring the one whose turn it is.
  func resolve(pronoun: String, gender: Gender, roster: SpeakerRoster) -> Int? {
    guard pronoun == "he" || pronoun == "she" else { return nil }
    let participants = speakers.prefix(3).filter { roster.entities[$0].gender == gender }
    if participants.count == 1 { return participants[0] }
    if participants.count > 1 { return participants.first { $0 != lastSpeaker } }
    return nil
  }
}
