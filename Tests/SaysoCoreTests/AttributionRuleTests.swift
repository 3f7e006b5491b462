import Testing

@testable import SaysoCore

/// One inline fixture per rule of the sieve: the quote, the mention that names its speaker, the speaker's
/// canonical name and the rule that must fire.
@Suite("Attribution rules")
struct AttributionRuleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var marked: String
    var speaker: String
    var rule: AttributionRule
    var testDescription: String { "\(rule.rawValue): \(marked.prefix(60))" }
  }

  static let cases: [Case] = [
    Case(
      marked: "“[[We will not wait for the report]],” {{Jane Doe}} said.", speaker: "Jane Doe",
      rule: .cueAfter),
    Case(
      marked: "“[[We will not wait for the report]],” said {{Jane Doe}}.", speaker: "Jane Doe",
      rule: .cueAfter),
    Case(
      marked:
        "“[[The numbers are wrong]],” {{Ross Eisenbrey, vice president of the Economic Policy Institute,}} "
        + "wrote on Tuesday.", speaker: "Ross Eisenbrey", rule: .cueAfter),
    Case(
      marked: "{{Microsoft}} said: “[[The review will be urgent and thorough.]]”", speaker: "Microsoft",
      rule: .cueBefore),
    Case(
      marked: "{{Senator Ann Reyes}} told reporters, “[[We have the votes.]]”", speaker: "Senator Ann Reyes",
      rule: .cueBefore),
    Case(
      marked: "{{Jane Doe, a spokeswoman for Acme,}} said: “[[No jobs will be lost.]]”", speaker: "Jane Doe",
      rule: .cueBefore),
    Case(
      marked: "{{The union}} added: “[[The strike goes on until Friday.]]”", speaker: "the union",
      rule: .cueBefore),
    Case(
      marked: "“[[The plan is dead]],” according to {{a senior official}}.", speaker: "a senior official",
      rule: .accordingTo),
    Case(
      marked: "According to {{Maria Lopez}}, “[[the vote was never in doubt.]]”", speaker: "Maria Lopez",
      rule: .accordingTo),
    Case(
      marked: "{{The mayor}} called the decision “[[a betrayal of every family in this city]]” on Monday.",
      speaker: "the mayor", rule: .cueSentence),
    Case(
      marked:
        "{{Microsoft}} said... the new inquiry would expand on the earlier one, adding: “[[We will share "
        + "what we find.]]”", speaker: "Microsoft", rule: .participle),
    Case(
      marked: "{{The group}} has long criticised the deal, describing it as “[[a gift to polluters]]”.",
      speaker: "the group", rule: .participle),
    Case(
      marked: "“[[Nobody asked us]],” ― {{Pamela Padilla}}", speaker: "Pamela Padilla", rule: .cueAfter),
    // A verb as often a noun ("reads") where a tag's verb stands, and a verb new to the lexicon.
    Case(
      marked: "“[[Our support is not abstract]],” {{the letter}} reads.", speaker: "the letter",
      rule: .cueAfter
    ),
    Case(marked: "“[[We are being led by fools]]” reacted {{Trump}}.", speaker: "Trump", rule: .cueAfter),
    // A tag and the source it came through: the source is who the text gives for the words.
    Case(
      marked: "“[[Delegates should vote their conscience]],” Walker said, according to {{Frankel}}.",
      speaker: "Frankel", rule: .accordingTo),
    // The relative clause's verb ("proposed") describes the speaker; "said" is the tag.
    Case(
      marked:
        "“[[We will repeal it]],” {{Ted Cruz, who has proposed repealing the mandate over five years,}} "
        + "said at the time.", speaker: "Ted Cruz", rule: .cueAfter),
    // A verb that only sometimes reports speech ("continue"), inside the clause of "said".
    Case(
      marked:
        "{{Ted Cruz}} said he is certain Marco Rubio will continue to be “[[a champion for opportunity]]”.",
      speaker: "Ted Cruz", rule: .cueSentence),
    // A surname that is also a sentence opener, known as a name from the text ("Grant Young").
    Case(
      marked: "Grant Young, a strategist, sees an advantage. “[[It is a good day for a bank robber]],” "
        + "{{Young}} said.", speaker: "Grant Young", rule: .cueAfter),
  ]

  @Test func aQuoteAfterReportedSpeechContinuesItsSpeaker() throws {
    let marked = MarkedText(
      """
      {{Ash Carter}} said that for decades critics had predicted a withdrawal, but that it would not happen.

      “[[That is because this region remains the most consequential for our security.]]”
      """)
    let (_, analysis) = try marked.analyze()
    let attribution = try #require(analysis.quote(at: marked.quotes[0])?.attribution)
    #expect(analysis.speakers[attribution.speaker].name == "Ash Carter")
    #expect(attribution.rule == .continuation)
    #expect(attribution.mention == marked.mentions[0])
  }

  @Test func whatWasAskedIsNotWhoSpoke() throws {
    let marked = MarkedText(
      "{{Ted Cruz}} said on Tuesday that “[[the only way to win is to ask.]]” Asked which county was his "
        + "favorite, {{he}} demurred: “[[Whichever one I am in.]]”")
    let (_, analysis) = try marked.analyze()
    let first = try #require(analysis.quote(at: marked.quotes[0])?.attribution)
    let second = try #require(analysis.quote(at: marked.quotes[1])?.attribution)
    #expect(first.mention == marked.mentions[0])
    #expect(second.mention == marked.mentions[1])
    #expect(analysis.speakers[second.speaker].name == "Ted Cruz")
  }

  @Test(arguments: cases)
  func ruleFindsTheSpeaker(_ fixture: Case) throws {
    let marked = MarkedText(fixture.marked)
    let (_, analysis) = try marked.analyze()
    let quote = try #require(analysis.quote(at: marked.quotes[0]))
    let attribution = try #require(quote.attribution)
    #expect(analysis.speakers[attribution.speaker].name == fixture.speaker)
    #expect(attribution.rule == fixture.rule)
    #expect(attribution.mention == marked.mentions.first)
    #expect(attribution.cue != nil)
    #expect((0...1).contains(attribution.confidence))
  }

  @Test func aQuoteInTheMiddleOfItsCueSharesIt() throws {
    let marked = MarkedText("“[[We will act]],” {{she}} said, “[[and we will act soon.]]”")
    let (_, analysis) = try marked.analyze()
    let first = try #require(analysis.quote(at: marked.quotes[0])?.attribution)
    let second = try #require(analysis.quote(at: marked.quotes[1])?.attribution)
    // The tag between the two quotes is the cue of both.
    #expect(first.speaker == second.speaker)
    #expect(first.cue == second.cue)
    #expect(first.mention == marked.mentions[0] && second.mention == marked.mentions[0])
  }

  @Test func aParagraphOfQuoteAloneContinuesTheSpeakerBefore() throws {
    let marked = MarkedText(
      """
      “[[The budget is a disgrace]],” {{Senator Ann Reyes}} said on Tuesday.

      “[[It cuts schools and hospitals while the richest pay less than ever.]]”
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.speakerName(at: marked.quotes[1]) == "Senator Ann Reyes")
    #expect(analysis.quote(at: marked.quotes[1])?.attribution?.rule == .continuation)
  }

  @Test func aColonEndingTheParagraphIntroducesTheNextOne() throws {
    let marked = MarkedText(
      """
      In a statement on Friday, {{the ministry}} said:

      “[[All flights will resume on Monday.]]”
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.speakerName(at: marked.quotes[0]) == "the ministry")
    #expect(analysis.quote(at: marked.quotes[0])?.attribution?.rule == .colonIntro)
  }

  /// Found reading Oliver Twist in the explorer: the speaker shown was "he rose, and advancing to the
  /// bed's head". A second predicate or a participle between subject and verb is not part of the name.
  @Test func aSecondPredicateBetweenSubjectAndVerbIsNotTheSpeaker() throws {
    let marked = MarkedText(
      """
      Dr. Ames had been sitting by the fire. As the young woman spoke, {{he}} rose, and advancing to the bed's head, said:

      “[[Oh, you must not talk about dying yet.]]”

      “[[It is late]],” {{Mr. Bumble}}, turning to the window, said.
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.speakerName(at: marked.quotes[0]) == "Dr. Ames")
    #expect(analysis.quote(at: marked.quotes[0])?.attribution?.mention == marked.mentions[0])
    #expect(analysis.speakerName(at: marked.quotes[1]) == "Mr. Bumble")
    #expect(analysis.quote(at: marked.quotes[1])?.attribution?.mention == marked.mentions[1])
  }

  @Test func aPartialQuoteWithoutACueBelongsToItsSentenceSubjectWhenThatSubjectSpeaks() throws {
    let marked = MarkedText(
      """
      Microsoft has launched an “[[urgent]]” inquiry into the claims.

      “[[We take this seriously]],” {{Microsoft}} said.
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.speakerName(at: marked.quotes[0]) == "Microsoft")
    #expect(analysis.quote(at: marked.quotes[0])?.attribution?.rule == .sentenceSubject)
  }
}

@Suite("Sentence subjects")
struct SentenceSubjectTests {
  /// A partial quote with no cue belongs to its sentence's subject: a person by name, or "she" for
  /// someone quoted before.
  @Test(arguments: [
    "{{Mr. Obama}} expressed a deep regret for “[[the rancor and suspicion between the parties]]” at the time.",
    "“We will not rest,” Hillary Clinton said.\n\nThe vote was held. Hours later, {{she}} issued a statement calling on the country "
      + "“[[to stand together against hate]]” and to act.",
  ])
  func aPartialQuoteWithoutCueIsItsSubjects(line: String) throws {
    let marked = MarkedText(line)
    let (_, analysis) = try marked.analyze()
    let attribution = try #require(analysis.quote(at: marked.quotes[0])?.attribution)
    #expect(attribution.rule == .sentenceSubject)
    #expect(attribution.mention == marked.mentions[0])
    #expect(attribution.confidence < 0.5)
  }

  @Test func aPlaceOrThingOpeningTheSentenceIsNoSpeaker() throws {
    let marked = MarkedText("Iowa remains what pundits call a “[[bellwether state]]” for the party.")
    let (_, analysis) = try marked.analyze(genre: .news)
    #expect(analysis.quote(at: marked.quotes[0])?.attribution == nil)
  }
}
