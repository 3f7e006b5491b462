import Testing

@testable import SaysoCore

/// News: a paragraph holding only a quote goes on with a speaker the text has just given, across what a
/// web page sets between two paragraphs of the article.
@Suite("News continuation")
struct NewsContinuationTests {
  /// The speaker of the quote whose text starts with `opening`.
  static func speaker(of opening: String, in document: Document) -> String? {
    let analysis = QuoteAnalyzer().analyze(document)
    guard let quote = analysis.quotes.first(where: { document.text.substring($0.range).hasPrefix(opening) })
    else { return nil }
    return analysis.speaker(of: quote)?.name
  }

  @Test func aPhotoCaptionDoesNotEndTheSpeakersTurn() throws {
    let html = """
      <html><body><article>
      <p>“Man’s greed in the ocean is hurting the whales,” says Hori Parata, an elder of the tribe.</p>
      <figure><img src="a.jpg"><figcaption>Hori Parata at his farm, the place where he grew up</figcaption>
      </figure>
      <p>“We’re having to put up with a lot of stuff today. We feel that is ridiculous.”</p>
      </article></body></html>
      """
    let document = try SaysoCoreTests.document(html, name: "whales.html")
    #expect(document.paragraphs.contains { $0.kind == .caption })
    #expect(NewsContinuationTests.speaker(of: "We’re having", in: document) == "Hori Parata")
  }

  @Test func aShortLineLeftFromALinkDoesNotEndTheSpeakersTurn() throws {
    let document = try SaysoCoreTests.document(
      """
      “These days it is like a zoo,” says Hori Parata, bristling with anger.

      whale strandings

      “When will we talk about what is hurting these animals out on the sea?”
      """)
    #expect(NewsContinuationTests.speaker(of: "When will we", in: document) == "Hori Parata")
  }

  @Test func aQuoteAfterNarrationAboutSomeoneQuotedIsTheirs() throws {
    let marked = MarkedText(
      """
      “Not only can Ted Cruz win in November, he is the best candidate,” Richard Viguerie said.

      {{Viguerie}} is upbeat about the chances of Cruz, in part because he sees him as a uniter.

      “[[He may be the only one who can bring the party together.]]”
      """)
    let (_, analysis) = try marked.analyze()
    let attribution = try #require(analysis.quote(at: marked.quotes[0])?.attribution)
    #expect(analysis.speakers[attribution.speaker].name == "Richard Viguerie")
    #expect(attribution.mention == marked.mentions[0])
    #expect(attribution.confidence < 0.5)
  }

  @Test(arguments: [
    "{{Hillary Clinton}} touted her credentials as a co-sponsor of the bill. “[[It is time to act.]]”",
    "{{She}} then addressed the supporters again: “[[It is time to act.]]”",
  ])
  func aQuoteAfterASentenceAboutAPersonIsTheirs(line: String) throws {
    let marked = MarkedText("“We will win,” Hillary Clinton said on Monday.\n\n" + line)
    let (_, analysis) = try marked.analyze()
    let attribution = try #require(analysis.quote(at: marked.quotes[0])?.attribution)
    #expect(analysis.speakers[attribution.speaker].name == "Hillary Clinton")
    #expect(attribution.rule == .actionBeat)
    #expect(attribution.mention == marked.mentions[0])
  }

  @Test func aHeadlineInCapitalsIsNoSpeaker() throws {
    let marked = MarkedText(
      """
      Polls were closed by then.

      HIGHER THAN EXPECTED TURNOUT IN IOWA - a view from the field: “[[At long last the contests have started.]]”
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.quote(at: marked.quotes[0])?.attribution == nil)
  }

  @Test func aQuoteAfterNarrationAboutSomeoneNeverQuotedStaysOpen() throws {
    let marked = MarkedText(
      """
      “The vote is close,” Richard Viguerie said.

      Ted Cruz spent the morning in Iowa, where he met farmers.

      “[[He may be the only one who can bring the party together.]]”
      """)
    let (_, analysis) = try marked.analyze()
    #expect(analysis.quote(at: marked.quotes[0])?.attribution == nil)
  }
}
