/// Who is talking in a run of dialogue (fiction): the last speakers in order, so that an untagged line
/// goes to the other participant and "he said" prefers a participant of that gender.
struct Conversation {
  /// Distinct recent speakers, most recent first.
  private(set) var speakers: [Int] = []
  /// The paragraph of the last quote, to tell a continuing exchange from a new one.
  private(set) var lastQuotedParagraph: Int?
  private var narrationSince = 0

  mutating func quoted(_ paragraph: Int, speakers found: [Int], addressed: [Int]) {
    // Three paragraphs of narration end a scene: its speakers are no longer the ones talking.
    if narrationSince >= 3 { speakers.removeAll() }
    lastAddressed = addressed.filter { !found.contains($0) }
    if let last = found.last {
      speakers.removeAll { $0 == last }
      speakers.insert(last, at: 0)
      if speakers.count > 4 { speakers.removeLast() }
    }
    lastQuotedParagraph = paragraph
    narrationSince = 0
  }

  mutating func narration(_ paragraph: Int) { narrationSince += 1 }

  /// A chapter or section heading ends the scene.
  mutating func sceneBreak() {
    speakers.removeAll()
    lastAddressed = []
    lastQuotedParagraph = nil
  }

  /// Who the last line called by name: usually the one who answers.
  private(set) var lastAddressed: [Int] = []

  /// Whether the paragraph before this one was dialogue (the exchange is still going on).
  func continues(at paragraph: Int) -> Bool {
    guard let last = lastQuotedParagraph else { return false }
    return paragraph - last == 1 || (paragraph - last <= 3 && narrationSince <= 1)
  }

  /// The participant who spoke before the last speaker: the turn after the last speaker's.
  var nextTurn: Int? { speakers.count >= 2 ? speakers[1] : nil }
  var lastSpeaker: Int? { speakers.first }

  /// A pronoun in a speech tag refers to a participant of that gender, preferring the one whose turn it is.
  func resolve(
    pronoun: String, gender: Gender, roster: SpeakerRoster, excluding addressed: [Int] = []
  ) -> Int? {
    guard pronoun == "he" || pronoun == "she" else { return nil }
    let participants = speakers.prefix(3).filter {
      roster.entities[$0].gender == gender && !addressed.contains($0)
    }
    if participants.count == 1 { return participants[0] }
    if participants.count > 1 { return participants.first { $0 != lastSpeaker } }
    return nil
  }
}
