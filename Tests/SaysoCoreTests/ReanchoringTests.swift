import Testing

@testable import SaysoCore

@Suite("Re-anchoring annotations in an edited text")
struct ReanchoringTests {
  private func text(_ string: String) -> SourceText { SourceText(string) }

  private func anchor(_ exact: String, in string: String, occurrence: Int = 0) -> TextAnchor {
    let source = text(string)
    let scalars = Array(string.unicodeScalars)
    let needle = Array(exact.unicodeScalars)
    var found: [Int] = []
    for i in 0...(scalars.count - needle.count) where scalars[i..<(i + needle.count)].elementsEqual(needle) {
      found.append(i)
    }
    let start = found[occurrence]
    return TextAnchor(range: start..<(start + needle.count), in: source)
  }

  @Test func sameTextStaysPut() {
    let original = "The minister said the plan works. Critics disagreed."
    let placed = Reanchoring(text: text(original)).place(anchor("the plan works", in: original))
    #expect(placed == .unchanged)
  }

  @Test func insertionBeforeMovesIt() {
    let original = "The minister said the plan works. Critics disagreed."
    let edited = "Update: on Monday, the minister said the plan works. Critics disagreed."
    let placed = Reanchoring(text: text(edited)).place(anchor("the plan works", in: original))
    #expect(placed == .moved(37..<51))
  }

  @Test func deletionBeforeMovesIt() {
    let original = "Breaking. Today the minister said the plan works."
    let edited = "The minister said the plan works."
    #expect(Reanchoring(text: text(edited)).place(anchor("the plan works", in: original)) == .moved(18..<32))
  }

  @Test func contextPicksTheRightOneOfTwoOccurrences() {
    let original = "Smith said no. Later, Jones said no."
    let edited = "At first, Smith said no. Much later, Jones said no."
    let second = anchor("said no", in: original, occurrence: 1)
    #expect(Reanchoring(text: text(edited)).place(second) == .moved(43..<50))
  }

  @Test func aSmallEditInsideIsFoundFuzzily() {
    let original =
      "He said the programme would cost four billion pounds over ten years, far more than planned."
    let edited = "He said the programme would cost 4 billion pounds over ten years, far more than planned."
    let old = anchor("the programme would cost four billion pounds over ten years", in: original)
    guard case .fuzzy(let range)? = Reanchoring(text: text(edited)).place(old) else {
      Issue.record("not placed")
      return
    }
    #expect(text(edited).substring(range) == "the programme would cost 4 billion pounds over ten years")
  }

  @Test func textThatIsGoneIsAnOrphan() {
    let original = "The minister said the plan works. Critics disagreed."
    let edited = "Critics disagreed."
    #expect(Reanchoring(text: text(edited)).place(anchor("the plan works", in: original)) == nil)
  }
}
