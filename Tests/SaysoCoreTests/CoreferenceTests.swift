import Testing

@testable import SaysoCore

/// Pronouns and descriptions resolve to the right speaker; one speaker per entity, named by its fullest
/// proper name.
@Suite("Coreference and speakers")
struct CoreferenceTests {
  @Test func aPronounIsTheLastPersonOfItsGender() throws {
    let marked = MarkedText(
      """
      On Monday John Smith met Mary Jones at the station to discuss the merger.

      “[[I have nothing to add]],” {{she}} said.
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.speakerName(at: marked.quotes[0]) == "Mary Jones")
    #expect(analysis.quote(at: marked.quotes[0])?.attribution?.mention == marked.mentions[0])
  }

  @Test func aPronounInASpeechTagIsTheSubjectOfTheNarrationBefore() throws {
    // The most recent man named is Mr. Collins, but the sentence before is about Mr. Bennet.
    let marked = MarkedText(
      """
      Mr. Bennet raised his eyes from his book and looked at Mr. Collins for a long time.

      “[[I have not the pleasure of understanding you]],” said {{he}}.
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.speakerName(at: marked.quotes[0]) == "Mr. Bennet")
  }

  @Test(arguments: [
    "Elizabeth saw her father at ease, and Mr. Bennet soon assured her that he liked Mr. Wickham.",
    "Elizabeth was leaving the room when Mr. Bennet called her back to speak of Mr. Wickham.",
  ])
  func theSubjectOfAClauseIsTheSubjectToo(narration: String) throws {
    // Mr. Wickham is named last; Mr. Bennet is the subject of a clause of the sentence before.
    let marked = MarkedText(narration + "\n\n“[[I admire all my sons-in-law]],” said {{he}}.")
    let (_, analysis) = try marked.analyze(genre: .fiction)
    #expect(analysis.speakerName(at: marked.quotes[0]) == "Mr. Bennet")
  }

  @Test func aWordAfterATitleIsASurnameNotAFirstName() throws {
    let marked = MarkedText(
      """
      Paulson Partners Enhanced, the fund that holds the shares, is down 16 percent this year.

      In October, {{Mr. Paulson}} told investors that the concerns were “[[overblown, and badly misread by the market.]]”
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.speakerName(at: marked.quotes[0]) == "Mr. Paulson")
  }

  @Test func aPlaceNamedLikeAPersonIsPassedOverForHe() throws {
    // "Port Beaune" opens the last sentence, but nothing shows it is a person; "his" shows Holmes is one
    // (his first name is not in the lexicon).
    let marked = MarkedText(
      """
      Sherlock Holmes lit his pipe and looked at the map. Port Beaune was a long way off.

      “[[We must go at once]],” {{he}} said.
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.speakerName(at: marked.quotes[0]) == "Sherlock Holmes")
  }

  @Test func aPronounInItsOwnSentenceGivesAnUnknownNameItsGender() throws {
    // Neither first name is in the lexicon: "she smiled" makes Kiri Tane a woman, so the later subject,
    // of unknown gender and not known to be a person, is not who "she" means.
    let marked = MarkedText(
      """
      Kiri Tane put down the pen and she smiled. Hemi Walker stood by the door.

      “[[Not today]],” {{she}} said.
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.speakerName(at: marked.quotes[0]) == "Kiri Tane")
  }

  @Test func aTitleGivesTheGender() throws {
    let marked = MarkedText(
      """
      Mrs. Patel spoke after Mr. Okafor left the room.

      “[[We start again tomorrow]],” {{he}} said.
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.speakerName(at: marked.quotes[0]) == "Mr. Okafor")
  }

  @Test func theCompanyIsTheOrganisationJustNamed() throws {
    let marked = MarkedText(
      """
      Acme Corporation cut 200 jobs on Monday, weeks after its chief executive, Dana Whitfield, promised growth.

      “[[The cuts were necessary to protect the business]],” {{the company}} said in a statement.
      """)
    let (_, analysis) = try marked.analyze()
    let quote = try #require(analysis.quote(at: marked.quotes[0]))
    let speaker = try #require(analysis.speaker(of: quote))
    #expect(speaker.name == "Acme Corporation")
    #expect(speaker.kind == .organisation)
    #expect(speaker.aliases.contains("the company"))
  }

  @Test func theSampleHasOneMicrosoftForTheNameAndTheCompany() throws {
    let document = try SampleDocument.load()
    let analysis = QuoteAnalyzer().analyze(document)
    let microsoft = analysis.speakers.filter { $0.name == "Microsoft" }
    #expect(microsoft.count == 1)
    #expect(microsoft.first?.kind == .organisation)
    #expect(microsoft.first?.aliases.contains("the company") == true)
    #expect(!analysis.speakers.contains { $0.name.lowercased() == "the company" })
  }

  @Test func theCanonicalNameIsTheFullestNameSeen() throws {
    let marked = MarkedText(
      """
      “[[We will appeal]],” said Jane Doe, a lawyer for the families.

      Doe said later that the ruling ignored the evidence. “[[It is a sad day]],” {{Ms. Doe}} added.
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.speakerName(at: marked.quotes[0]) == "Jane Doe")
    #expect(analysis.speakerName(at: marked.quotes[1]) == "Jane Doe")
    let speaker = try #require(analysis.speakers.first { $0.name == "Jane Doe" })
    #expect(speaker.aliases.contains("Ms. Doe"))
    #expect(speaker.gender == .female)
  }

  @Test func unnamedSourcesAreOneSpeakerPerDescription() throws {
    let marked = MarkedText(
      """
      The talks could collapse by Friday, “[[according to people familiar with the matter]]”, though
      “[[nothing is final]],” {{officials}} said.

      “[[The gap is narrowing]],” {{officials}} said on Thursday.
      """)
    let (_, analysis) = try marked.analyze()
    let first = try #require(analysis.quote(at: marked.quotes[1])?.attribution)
    let second = try #require(analysis.quote(at: marked.quotes[2])?.attribution)
    #expect(first.speaker == second.speaker)
    #expect(analysis.speakers[first.speaker].kind == .unnamed)
  }

  @Test func familyTitlesKeepRelativesApart() throws {
    let marked = MarkedText(
      """
      Miss Bates came in with her mother, old Mrs. Bates, who was deaf.

      “[[So very kind of you]],” said {{Miss Bates}}.

      “[[Eh?]]” said {{Mrs. Bates}}.
      """)
    let (_, analysis) = try marked.analyze()
    let daughter = analysis.speakerName(at: marked.quotes[0])
    let mother = analysis.speakerName(at: marked.quotes[1])
    #expect(daughter == "Miss Bates")
    #expect(mother == "Mrs. Bates")
  }

  @Test(arguments: [
    "“[[Go home]],” said {{the girl}} aloud.",
    "“[[Go home]],” said {{the girl}} again.",
    "“[[Go home]],” said {{the old gentleman}} to himself as he walked.",
    "“[[Go home]],” said {{the girl}} turning very pale.",
    "“[[Go home]],” said {{the girl}} without hesitation.",
    "“[[Go home]],” said {{the girl}} with a sigh.",
    "“[[Go home]],” said {{the old gentleman}} in a low voice.",
    "“[[Go home]],” said {{the girl}} after some time.",
    "“[[Go home]],” said {{the old gentleman}} at last.",
    "“[[Go home]],” said {{the old gentleman}} to her.",
    "“[[Go home]],” cried {{the girl}} as she turned away.",
    "“[[Go home]],” went on {{the old gentleman}}.",
    "“[[Go home]],” broke in {{the girl}}, laughing.",
  ])
  func howItWasSaidIsNotPartOfWhoSaidIt(line: String) throws {
    let marked = MarkedText("Nancy and the old gentleman came in.\n\n" + line)
    let (_, analysis) = try marked.analyze()
    let quote = try #require(analysis.quote(at: marked.quotes[0]))
    #expect(quote.attribution?.mention == marked.mentions[0], "\(line)")
  }

  @Test(arguments: [
    "“[[Go home]],” said {{the gentleman in the white waistcoat}}.",
    "“[[Go home]],” said {{a source close to the campaign}}.",
    "“[[Go home]],” said {{an adviser to the governor}}.",
  ])
  func whatTellsWhoSpeaksStaysInTheDescription(line: String) throws {
    let marked = MarkedText(line)
    let (_, analysis) = try marked.analyze()
    let quote = try #require(analysis.quote(at: marked.quotes[0]))
    #expect(quote.attribution?.mention == marked.mentions[0], "\(line)")
  }

  @Test func aSpeakerKnownOnlyByAPronounHasNoMadeUpAlias() throws {
    let marked = MarkedText(
      """
      The rain had not stopped for a week when the letter came.

      “[[Nobody reads letters any more]],” {{I}} said to the postman.
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.speakerName(at: marked.quotes[0]) == "I")
    let speaker = try #require(analysis.speakers.first { $0.name == "I" })
    #expect(!speaker.aliases.contains { $0.hasPrefix("the ") }, "\(speaker.aliases)")
  }
}
