extension Attributor {
  /// One paragraph with quotes while it is being read: its tokens and what is decided about its quotes.
  struct ParagraphState {
    var tokens: TokenizedWindow
    var quotes: [RawQuote]
    var assignments: [Assignment?]
    /// Quote spans (window-relative, marks included).
    var spans: [Range<Int>]
    /// Entities the quotes call by name ("…, Harry."): not the speakers of those quotes.
    var addressed: [Int] = []
    /// The names the quotes call people by, as written.
    var vocativeNames: [String] = []
    var kinds: [QuoteKind] = []

    init(tokens: TokenizedWindow, quotes: [RawQuote], spans: [Range<Int>]) {
      self.tokens = tokens
      self.quotes = quotes
      self.spans = spans
      assignments = Array(repeating: nil, count: quotes.count)
    }

    init(_ kept: QuotedParagraph, tokens: TokenizedWindow) {
      self.init(tokens: tokens, quotes: kept.quotes, spans: kept.spans)
      assignments = kept.assignments
      addressed = kept.addressed
      vocativeNames = kept.vocativeNames
      kinds = kept.kinds
    }
  }

  /// What is kept of a paragraph with quotes once it has been read: enough for continuation, the later
  /// passes and the result, but not its tokens, which for a novel would weigh several times its text.
  struct QuotedParagraph {
    var quotes: [RawQuote]
    var assignments: [Assignment?]
    var spans: [Range<Int>]
    var addressed: [Int]
    var vocativeNames: [String]
    var kinds: [QuoteKind]
    /// Document ranges of the quoted words, without marks and edge spaces.
    var ranges: [Range<Int>]

    /// The quoted words: the content without edge spaces, nor the comma that stands for the full stop
    /// before a speech tag ("“We will act,” she said").
    static func words(_ content: Range<Int>, in window: TextWindow) -> Range<Int> {
      var range = window.trimmed(content)
      if range.count > 1, window.scalars[range.upperBound - 1] == "," {
        range = window.trimmed(range.lowerBound..<(range.upperBound - 1))
      }
      return range
    }

    init(_ state: ParagraphState) {
      quotes = state.quotes
      assignments = state.assignments
      spans = state.spans
      addressed = state.addressed
      vocativeNames = state.vocativeNames
      kinds = state.kinds
      let window = state.tokens.window
      ranges = state.quotes.map { window.absolute(QuotedParagraph.words($0.content, in: window)) }
    }
  }

  /// A paragraph decoded and cut into tokens (again, for the passes after the first).
  func tokenize(_ paragraph: Paragraph) -> TokenizedWindow {
    tokensToReread[paragraph.index]
      ?? TokenSupply.tokenize(paragraph, in: document, vocabulary: vocabulary)
  }

  /// The kind of each quote of the paragraph, from its tokens and its speaker so far.
  func classify(_ state: inout ParagraphState, paragraph: Paragraph) {
    let classifier = QuoteKindClassifier(tokens: state.tokens, fiction: fiction)
    state.kinds = state.quotes.indices.map { k in
      classifier.kind(
        state.quotes[k], paragraphKind: paragraph.kind, assignment: state.assignments[k],
        quoteTokens: quoteTokens(state, k))
    }
  }
}
