import Testing

@testable import SaysoCore

/// Fiction: lines of dialogue without tags alternate between the two people talking, until a tag, an
/// action beat or a name called out says otherwise.
@Suite("Fiction dialogue")
struct DialogueTests {
  static let scene = MarkedText(
    """
    Elizabeth found her sister in the garden.

    “[[Have you heard the news?]]” {{Jane}} asked.

    “[[Which news?]]” said {{Elizabeth}}.

    “[[Mr. Bingley is coming back to Netherfield.]]”

    “[[Then we shall see him at church on Sunday.]]”

    “[[I hope so.]]”

    {{Elizabeth}} laughed. “[[You hope so very much, I think.]]”

    “[[Lizzy, you are unkind]],” said {{Jane}}.
    """)

  @Test func untaggedLinesAlternate() throws {
    let (_, analysis) = try DialogueTests.scene.analyze(genre: .fiction)
    let names = DialogueTests.scene.quotes.map { analysis.speakerName(at: $0) }
    #expect(names == ["Jane", "Elizabeth", "Jane", "Elizabeth", "Jane", "Elizabeth", "Jane"])
  }

  @Test func theTurnRuleSaysSo() throws {
    let (_, analysis) = try DialogueTests.scene.analyze(genre: .fiction)
    let rules = DialogueTests.scene.quotes.map { analysis.quote(at: $0)?.attribution?.rule }
    #expect(rules[2] == .turnTaking && rules[3] == .turnTaking && rules[4] == .turnTaking)
    #expect(rules[5] == .actionBeat)
    #expect(rules[0] == .cueAfter && rules[1] == .cueAfter && rules[6] == .cueAfter)
  }

  @Test func aNameCalledOutIsNotTheSpeaker() throws {
    let marked = MarkedText(
      """
      Harry and Ron sat by the fire long after the others had gone up.

      “[[We could try the library]],” said {{Ron}}.

      “[[Ron, the library is closed at night.]]”
      """)
    let (_, analysis) = try marked.analyze(genre: .fiction)
    #expect(analysis.speakerName(at: marked.quotes[1]) == "Harry")
  }

  @Test func theNarratorIsCalledByTheNameOthersUseNotByAnExclamation() throws {
    let marked = MarkedText(
      """
      Polina was waiting for me in the hall. She greeted me with her usual Ah of reproach.

      “[[Where have you been?]]” asked {{Polina}}.

      “[[At the tables]],” {{I}} replied.

      “[[Ah! You have lost again, Alexis Ivanovitch.]]”

      “[[I have]],” {{I}} said.

      “[[Ah! Then go home, Alexis Ivanovitch.]]”

      “[[Very well]],” {{I}} said.

      “[[Ah! Good night.]]”

      “[[Good night]],” {{I}} said.
      """)
    let (_, analysis) = try marked.analyze(genre: .fiction)
    #expect(analysis.speakerName(at: marked.quotes[1]) == "Alexis Ivanovitch")
    #expect(analysis.speakerName(at: marked.quotes[5]) == "Alexis Ivanovitch")
    #expect(analysis.speakerName(at: marked.quotes[2]) == "Polina")
  }

  /// Mary asks, Jane answers, then Tom comes in: the opening of the next two scenes.
  static func snowScene(_ rest: String) -> MarkedText {
    MarkedText(
      """
      The snow had not stopped since noon.

      “[[Is the carriage ready?]]” asked {{Mary}}.

      “[[Not yet]],” said {{Jane}}.

      Tom came in from the yard and shut the door behind him.

      \(rest)
      """)
  }

  @Test func aTagAfterTheExchangeSaysWhoTheOtherWas() throws {
    // Read forward, line 4 would go to Mary, who spoke before Jane; the tag on line 6 says Tom is the
    // one Jane is talking to.
    let marked = DialogueTests.snowScene(
      """
      “[[You must be frozen]],” said {{Jane}}.

      “[[I am half dead with cold.]]”

      “[[Sit by the fire, then.]]”

      “[[Thank you, I will]],” said {{Tom}}.
      """)
    let (_, analysis) = try marked.analyze(genre: .fiction)
    let names = marked.quotes.map { analysis.speakerName(at: $0) }
    #expect(names == ["Mary", "Jane", "Jane", "Tom", "Jane", "Tom"])
  }

  @Test func anUntaggedLineAfterNarrationIsItsSubjects() throws {
    // Turn order would give the line to Mary, who spoke before Jane; the narration is about Tom.
    let marked = DialogueTests.snowScene("“[[It is bitterly cold out there.]]”")
    let (_, analysis) = try marked.analyze(genre: .fiction)
    #expect(analysis.speakerName(at: marked.quotes[2]) == "Tom")
    #expect(analysis.quote(at: marked.quotes[2])?.attribution?.rule == .actionBeat)
  }

  @Test func newsDoesNotTakeTurns() throws {
    let (_, analysis) = try DialogueTests.scene.analyze(genre: .news)
    let rules = DialogueTests.scene.quotes.map { analysis.quote(at: $0)?.attribution?.rule }
    #expect(!rules.contains(.turnTaking))
  }
}
