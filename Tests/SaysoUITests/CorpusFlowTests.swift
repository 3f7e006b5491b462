import Foundation
import SaysoCore
import Testing

@testable import SaysoUI

/// A corpus of three documents, the document list on screen, as `sayso DIR` opens it.
func corpusExplorer(rows: Int = 24, cols: Int = 80) -> AppState {
  var state = AppState(
    model: ReaderModel(document: .empty, analysis: .pending, name: "news/"), rows: rows, cols: cols)
  state.corpus = CorpusState(
    folder: "/data/news",
    documents: [
      CorpusDocumentSummary(
        id: 1, path: "/data/news/a.html", title: "Budget passes", date: "2024-05-02", outlet: "Le Monde",
        quotes: 12, annotations: 0),
      CorpusDocumentSummary(
        id: 2, path: "/data/news/b.txt", title: nil, date: "2023-01-09", outlet: nil, quotes: 3,
        annotations: 4),
      CorpusDocumentSummary(
        id: 3, path: "/data/news/c.md", title: "Árvore de natal", date: "2024-12-24", outlet: "Público",
        quotes: 40,
        annotations: 1),
    ])
  state.reduce(.run(.documents))
  return state
}

@Suite("Corpus mode: the document list, corpus speakers, a speaker's quotes, search results")
struct CorpusFlowTests {
  private func opened(_ effects: [Effect]) -> Int64? {
    for case .openDocument(let id, _) in effects { return id }
    return nil
  }

  @Test func theDocumentListSortsFiltersAndOpensADocument() {
    var state = corpusExplorer()
    #expect(state.mode == .list)
    let screen = state.screenText
    #expect(screen.contains("Documents (3) · sorted by path"))
    #expect(screen.contains("Budget passes") && screen.contains("b.txt") && screen.contains("Le Monde"))

    state.type("o")  // title
    #expect(state.corpus?.list?.rows.map(\.target) == [.document(3), .document(2), .document(1)])
    state.type("o")  // date, newest first
    #expect(state.corpus?.list?.rows.map(\.target) == [.document(3), .document(1), .document(2)])
    #expect(state.screenText.contains("sorted by date ↓"))

    state.type("/ m o n d e")
    #expect(state.corpus?.list?.visible.map(\.target) == [.document(1)])
    #expect(state.screenText.contains("1 of 3 · /monde"))
    state.type("Enter")
    #expect(state.mode == .list)
    #expect(opened(state.reduce(.key(.enter))) == 1)
  }

  @Test func openingADocumentReplacesTheReaderAndStepsWithBrackets() throws {
    var state = corpusExplorer()
    let document = try plainDocument("First paragraph.\n\n“Yes,” said Ana Lima.\n\nThird.")
    state.reduce(
      .documentOpened(document, name: "b.txt", documentID: 2, place: CorpusPlace(paragraph: 1, offset: 19)))
    #expect(state.mode == .normal && state.corpus?.openDocumentID == 2 && state.analysing)
    #expect(state.screenText.contains("“Yes,” said Ana Lima."))
    state.reduce(.analysed(QuoteAnalyzer().analyze(document)))
    #expect(
      state.cursor == 1 && state.quote?.range.contains(19) == true, "the quote opened from a list is current")
    #expect(state.screenText.contains("doc 2/3"))
    #expect(opened(state.reduce(.key(.char("]")))) == nil)
    #expect(opened(state.reduce(.key(.char("d")))) == 3)
    state.type("[")
    #expect(opened(state.reduce(.key(.char("d")))) == 1)
    // The list comes back with the open document under the cursor, its notes counted; Esc goes back
    // to the reader.
    state.reduce(.workspaceOpened(documentID: 2, annotations: [], codes: [], orphans: 0))
    let backend = MemoryBackend()
    state.type("]q c", backend: backend)
    state.enter(text: "one more", backend: backend)
    state.type("Ctrl-s", backend: backend)
    state.type("D")
    #expect(state.corpus?.list?.current?.target == .document(2))
    #expect(state.corpus?.documents.first { $0.id == 2 }?.annotations == 1)
    state.type("Esc")
    #expect(state.mode == .normal)
  }

  @Test func speakersAcrossTheCorpusListTheirQuotesAndMerge() throws {
    var state = corpusExplorer(cols: 100)
    let backend = MemoryBackend()
    backend.speakers = [
      CorpusSpeakerSummary(id: 7, name: "Emmanuel Macron", kind: .person, quotes: 30, documents: 9),
      CorpusSpeakerSummary(id: 8, name: "Macron", kind: .person, quotes: 5, documents: 2),
      CorpusSpeakerSummary(id: 9, name: "Eurostat", kind: .organisation, quotes: 2, documents: 2),
    ]
    let record = QuoteRecord(
      id: 4, part: 1, parts: 1, paragraph: 6, range: 120..<140, text: "Rates will fall", kind: .direct,
      speaker: "Emmanuel Macron", speakerKind: .person, mention: nil, cue: nil, rule: nil, confidence: 0.9)
    backend.quotesBySpeaker[7] = [
      CorpusQuote(documentID: 3, path: "/data/news/c.md", title: "Árvore", record: record)
    ]
    state.type("W", backend: backend)
    let screen = state.screenText
    #expect(screen.contains("Speakers across the corpus (3)"))
    #expect(screen.contains("Emmanuel Macron") && screen.contains("81.1%") && screen.contains("████████████"))

    state.type("Enter", backend: backend)
    #expect(state.screenText.contains("Quotes by Emmanuel Macron (1)"))
    #expect(state.screenText.contains("¶7") && state.screenText.contains("“Rates will fall”"))
    let effects = state.reduce(.key(.enter), backend: backend)
    #expect(effects == [.openDocument(3, place: CorpusPlace(paragraph: 6, offset: 120))])

    // Back to the speakers; mark Macron, merge into Emmanuel Macron.
    var back = corpusExplorer(cols: 100)
    back.type("W", backend: backend)
    back.type("j m g M", backend: backend)
    #expect(backend.merges.first?.0 == [8] && backend.merges.first?.1 == 7)
    #expect(back.corpus?.list?.rows.count == 2)
  }

  @Test func searchResultsListParagraphsAndOpenThem() {
    var state = corpusExplorer()
    let backend = MemoryBackend()
    backend.hits = [
      SearchHit(
        documentID: 1, path: "/data/news/a.html", title: "Budget passes", paragraph: 4,
        text: "After a long night the assembly passed the budget, said the minister.", score: -3.2)
    ]
    state.command("search budget minister", backend: backend)
    #expect(state.screenText.contains("Search: budget minister (1 paragraphs, best first)"))
    #expect(state.screenText.contains("¶5"))
    #expect(
      state.reduce(.key(.enter), backend: backend) == [
        .openDocument(1, place: CorpusPlace(paragraph: 4, offset: nil))
      ])
  }

  @Test func oneSourceOpenSaysHowToOpenACorpus() throws {
    var state = try sampleExplorer()
    state.type("D")
    #expect(state.message?.text.contains("sayso FOLDER") == true)
    state.command("search Microsoft", backend: MemoryBackend())
    #expect(state.message?.isError == true)
  }

  @Test func indexingShowsItsProgressAndTheListGrows() {
    var state = corpusExplorer()
    state.reduce(.corpusProgress(done: 40, total: 120))
    #expect(state.screenText.contains("indexing 40/120"))
    var documents = state.corpus?.documents ?? []
    documents.append(
      CorpusDocumentSummary(
        id: 4, path: "/data/news/d.txt", title: "Late", date: nil, outlet: nil, quotes: 0, annotations: 0))
    state.reduce(.corpusDocuments(documents))
    #expect(state.corpus?.list?.rows.count == 4)
    state.reduce(.corpusIndexed("Indexed: 4 new"))
    #expect(!state.screenText.contains("indexing 40/120") && state.screenText.contains("Indexed: 4 new"))
  }
}
