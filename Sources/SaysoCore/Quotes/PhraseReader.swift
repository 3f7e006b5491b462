/// Reads the noun phrase that names a speaker next to a reporting verb: the subject before it
/// ("Jane Doe, a spokeswoman for Acme, said") or the inverted subject after it ("said Jane Doe").
///
/// Without a parser, a phrase runs back (or forward) until a clause boundary: punctuation, a quote mark,
/// a conjunction, a relative pronoun, an auxiliary or a clause-opening preposition.
struct PhraseReader {
  let tokens: TokenizedWindow

  /// Words that end a subject phrase when reading backwards from the verb.
  static let boundaries: Set<String> = [
    "that", "and", "but", "or", "nor", "who", "whom", "which", "whose", "when", "while", "as", "because",
    "since",
    "if", "though", "although", "after", "before", "where", "so", "then", "than", "is", "was", "were", "are",
    "be",
    "been", "being", "do", "does", "did", "to", "in", "on", "at", "for", "with", "from", "by", "about",
    "into",
    "during", "over", "under", "against", "between", "through", "across", "told", "asked", "said", "says",
    "also",
    "once", "yet", "what", "why", "how", "there", "here", "not", "no", "it's",
  ]
  /// Words that may stand between a subject and its verb ("he also said", "she has repeatedly said").
  static let verbModifiers: Set<String> = [
    "also", "later", "then", "again", "once", "previously", "recently", "repeatedly", "further", "has", "had",
    "have", "would", "will", "could", "should", "might", "may", "can", "did", "does", "do", "just", "often",
    "never", "always", "still", "even", "already", "finally", "quickly", "simply", "publicly", "privately",
    "reportedly", "has since", "subsequently", "initially", "first", "immediately", "only", "not", "now",
    "long", "since", "consistently", "frequently", "openly", "sharply", "strongly",
  ]
  static let pronouns: Set<String> = ["he", "she", "they", "it", "i", "we", "you"]
  /// Words that open the content of a saying or asking ("asked whether", "said that"), never its speaker.
  static let questionOpeners: Set<String> = [
    "which", "what", "whether", "if", "how", "why", "when", "where", "whom", "that", "about",
  ]
  /// Pronouns that can only be a subject: inside a name or a noun phrase they never occur.
  static let subjectPronouns: Set<String> = ["he", "she", "they", "i", "we"]
  /// Words that join a second predicate to the first ("he rose, and …, said").
  static let coordinators: Set<String> = ["and", "but", "or", "nor", "yet", "so"]
  /// Words that open an aside between a subject and its verb.
  static let asides: Set<String> = [
    "after", "before", "during", "with", "in", "on", "at", "meanwhile", "however", "though", "too", "also",
    "speaking", "asked", "when", "while", "like", "unlike", "for", "then", "still", "instead", "moreover",
  ]
  static let timeWords: Set<String> = [
    "week", "month", "year", "night", "weekend", "morning", "evening", "afternoon", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "summer", "fall", "spring", "winter",
  ]
  static let timeOpeners: Set<String> = ["last", "this", "next", "on", "earlier", "late", "early"]

  /// The subject phrase of the verb at token `verb`, not reaching before token `floor`.
  func subject(before verb: Int, floor: Int) -> Range<Int>? {
    guard let found = rawSubject(before: verb, floor: floor) else { return nil }
    // A subject does not end in a determiner or preposition, nor start with a participle ("Following a").
    let last = tokens.tokens[found.upperBound - 1]
    let first = tokens.tokens[found.lowerBound]
    if last.isWord && !last.isCapitalised
      && (last.features.contains(.determiner) || last.features.contains(.phraseBoundary))
    {
      return nil
    }
    if first.lower.endsWith("ing") && found.count > 1
      && tokens.vocabulary?.seenInLowercase(first.lower) != false
      && !Lexicon.pronouns.keys.contains(first.lower)
      && Lexicon.shared.genderOfFirstName(first.lower) == .unknown
    {
      return nil
    }
    return found
  }

  private func rawSubject(before verb: Int, floor: Int) -> Range<Int>? {
    var i = verb - 1
    // "Feinstein last week said", "Trump on Monday said": a time between subject and verb.
    while i > floor, tokens.tokens[i].features.contains(.timeWord),
      PhraseReader.timeOpeners.contains(tokens.tokens[i - 1].lower)
    {
      i -= 2
    }
    while i >= floor,
      tokens.tokens[i].features.contains(.verbModifier)
        || (tokens.tokens[i].lower.endsWith("ly") && !tokens.tokens[i].isCapitalised
          && tokens.tokens[i].lower.unicodeScalars.count > 4)
    {
      i -= 1
    }
    guard i >= floor else { return nil }
    let last = tokens.tokens[i]
    if last.isWord && last.features.contains(.personalPronoun) { return i..<(i + 1) }
    // "No Azure for Apartheid, which has accused": the speaker is what the relative pronoun refers to.
    if ["who", "which", "that"].contains(last.lower), i - 1 > floor, tokens.tokens[i - 1].mark == "," {
      return rawSubject(before: i, floor: floor).map { $0.lowerBound..<(i - 1) }
    }
    var end = i + 1
    var cursor = i
    // "Jane Doe, a spokeswoman for Acme, said": read over one appositive set off by commas.
    if last.mark == "," {
      guard
        let opening = (max(floor, i - 30)..<i).reversed().first(where: { tokens.tokens[$0].mark == "," }),
        opening > floor, tokens.tokens[opening - 1].isWord
      else { return nil }
      let appositive = (opening + 1)..<i
      // A possessive apostrophe ("Sanders' campaign manager") is not a quote mark here.
      let quoted = appositive.contains { k in
        tokens.tokens[k].kind == .quoteMark && !(k > 0 && tokens.tokens[k].start == tokens.tokens[k - 1].end)
      }
      guard !appositive.isEmpty, !quoted else { return nil }
      end = i + 1
      cursor = opening - 1
      // "Blunt, after a long pause, said": an aside, not part of who spoke. So is a second predicate
      // ("he rose, and advancing to the bed, said") and a participle ("Blunt, turning away, said").
      if let firstWord = tokens.tokens[appositive.lowerBound].isWord
        ? tokens.tokens[appositive.lowerBound].lower : nil,
        PhraseReader.asides.contains(firstWord) || PhraseReader.coordinators.contains(firstWord)
          || (firstWord.endsWith("ing") && !tokens.tokens[appositive.lowerBound].isCapitalised
            && firstWord.unicodeScalars.count > 5)
      {
        end = opening
      }
    } else if last.mark == ")" {
      guard let opening = (max(floor, i - 8)..<i).reversed().first(where: { tokens.tokens[$0].mark == "(" }),
        opening > floor
      else { return nil }
      cursor = opening - 1
    }
    var start = cursor + 1
    var j = cursor
    while j >= floor, start - j <= 14 {
      let token = tokens.tokens[j]
      guard token.isWord || token.mark == "'" && j > floor && tokens.tokens[j - 1].isWord else { break }
      if !token.isCapitalised && token.features.contains(.phraseBoundary) { break }
      if token.isCapitalised && tokens.opensSentence(j)
        && token.features.contains(.phraseBoundary)
      {
        break
      }
      start = j
      j -= 1
    }
    guard start < end, start <= cursor else { return nil }
    // "he rose": a subject pronoun with words after it is the subject, the words its own verb.
    if let pronoun = (start..<min(cursor, end)).first(where: {
      PhraseReader.subjectPronouns.contains(tokens.tokens[$0].lower)
    }) {
      return pronoun..<(pronoun + 1)
    }
    return start..<end
  }

  /// The inverted subject after the verb at token `verb` ("said Laurence H. Tribe, professor of law at
  /// Harvard"), up to the end of the sentence or of the clause, without a trailing time or place.
  func subject(after verb: Int, ceiling: Int) -> Range<Int>? {
    var i = verb + 1
    // "went on the old lady", "broke in Mr. Hale", "cried out the boy": the particle is the verb's.
    if i + 1 < ceiling, let particle = PhraseReader.phrasalParticles[tokens.tokens[i].lower],
      Lexicon.shared.speechVerbs[tokens.tokens[verb].lower].map({ particle.contains($0.base) }) == true
    {
      i += 1
    }
    guard i < ceiling else { return nil }
    if tokens.tokens[i].isWord && tokens.tokens[i].features.contains(.personalPronoun) {
      return i..<(i + 1)
    }
    // "Asked which county was his favorite, he demurred": what follows is what was asked, not who.
    if PhraseReader.questionOpeners.contains(tokens.tokens[i].lower) { return nil }
    let start = i
    var depth = 0
    while i < ceiling {
      let token = tokens.tokens[i]
      if token.kind == .quoteMark { break }
      // (Only punctuation tokens are compared with marks: a word never is one.)
      if token.kind == .punctuation {
        if token.mark == "(" { depth += 1 }
        if token.mark == ")" { depth -= 1 }
        if depth == 0 && [".", "!", "?", ";", ":", "—", "–"].contains(token.mark) { break }
      }
      // "said the Jew, raising his eyebrows", "said Alice, in a great hurry", "said Pooh anxiously": a
      // participle, adverb or preposition after a comma (or right after a name) tells how it was said.
      // ("the happily deceived aunt": an adverb right after a determiner is inside the phrase.)
      if depth == 0 && i > start
        && (token.mark == ","
          || (token.lower.endsWith("ly") && !token.isCapitalised
            && !tokens.tokens[i - 1].features.contains(.determiner))),
        let next = token.mark == "," ? (i + 1 < ceiling ? tokens.tokens[i + 1] : nil) : token,
        next.isWord && !next.isCapitalised
          && (next.lower.endsWith("ing") || next.lower.endsWith("ly")
            || PhraseReader.trailingAdjuncts.contains(next.lower)
            || ["as", "with", "in", "and", "but", "without", "who", "whose"].contains(next.lower))
      {
        break
      }
      // "said Trump in his speech": after a name, a preposition starts an adjunct of the saying; after a
      // description ("a source close to the campaign") it is part of the phrase.
      if depth == 0 && token.isWord && !token.isCapitalised && i > start {
        let afterName = tokens.tokens[i - 1].isCapitalised || tokens.tokens[i - 1].mark == ")"
        // "said the girl turning very pale": a participle after the noun tells how it was said.
        if token.lower.endsWith("ing"), i > start + 1, i + 1 < ceiling, tokens.tokens[i + 1].isWord,
          tokens.tokens[start].lower == "the",
          !tokens.tokens[i - 1].features.contains(.determiner), !PhraseReader.ingNouns.contains(token.lower)
        {
          break
        }
        // "said the doctor to himself": the reflexive ends the phrase before "to".
        let reflexive = i + 1 < ceiling && PhraseReader.reflexives.contains(tokens.tokens[i + 1].lower)
        if PhraseReader.eventAdjuncts.contains(token.lower)
          || (afterName && PhraseReader.trailingAdjuncts.contains(token.lower))
          || (token.lower == "to" && reflexive) || (!afterName && startsMannerAdjunct(i, ceiling: ceiling))
        {
          break
        }
      }
      i += 1
    }
    var end = i
    // A phrase does not end in punctuation or in a bare determiner ("said the" at a broken line).
    while end > start,
      [",", "-"].contains(tokens.tokens[end - 1].mark)
        || tokens.tokens[end - 1].features.contains(.determiner)
    {
      end -= 1
    }
    return end > start && end - start <= 40 ? start..<end : nil
  }

  /// Whether token `i`, after a description, starts a report of how or when it was said rather than a part
  /// of the description: "said the Hatter with a sigh", "the stranger in a tremendous voice", "the painter
  /// after some time", "the Mock Turtle at last", "the old woman to him", "the old lady as she turned".
  /// ("the gentleman in the white waistcoat" and "an adviser to the governor" stay whole.)
  private func startsMannerAdjunct(_ i: Int, ceiling: Int) -> Bool {
    guard i + 1 < ceiling else { return false }
    let next = tokens.tokens[i + 1].lower
    switch tokens.tokens[i].lower {
    case "in", "with": return PhraseReader.mannerOpeners.contains(next)
    case "after": return true
    case "at": return ["last", "length", "once", "first"].contains(next)
    case "to": return ["him", "her", "me", "them", "us"].contains(next)
    case "as": return PhraseReader.subjectPronouns.contains(next)
    default: return false
    }
  }

  /// Particles that make a speech verb of their verb, with the verbs (as lexicon bases) they go with.
  static let phrasalParticles: [String: Set<String>] = [
    "on": ["go", "continue", "run"],
    "in": ["put", "break", "chime", "cut", "strike", "join", "pipe", "burst"],
    "out": ["cry", "call", "burst", "sing", "shout", "blurt", "speak", "pipe", "break", "bark", "yell"],
    "up": ["speak", "pipe", "chime", "sing", "call"],
  ]

  /// Determiners that open a manner adjunct after "in" or "with" ("in a low voice", "with her laugh").
  static let mannerOpeners: Set<String> = ["a", "an", "his", "her", "their", "my", "its", "our", "your"]

  /// Words that always end an inverted subject: they start a report of how or when it was said.
  static let eventAdjuncts: Set<String> = [
    "told", "adding", "saying", "noting", "according", "referring", "speaking", "pointing", "explaining",
    "yesterday", "today", "tonight", "earlier", "later", "recently", "smiling", "laughing",
    // How it was said, after a description as after a name: "said the girl aloud", "the doctor again",
    // "the old gentleman as he walked", "the girl without hesitation".
    "again", "aloud", "without", "presently",
  ]

  /// Nouns that end in -ing, which are no participle: "said the old king".
  static let ingNouns: Set<String> = [
    "king", "darling", "ring", "thing", "nothing", "something", "anything", "everything", "evening",
    "morning",
    "building", "wedding", "being", "feeling", "meeting", "string", "spring", "wing", "sibling", "duckling",
    "hireling", "underling", "viking", "offspring", "stocking", "ceiling", "lodging", "pudding", "shilling",
    "farthing", "earring", "gosling", "sapling", "ling", "sing",
  ]

  static let reflexives: Set<String> = ["himself", "herself", "themselves", "myself", "itself", "ourselves"]

  /// Words that start an adjunct after an inverted subject ("said Trump in his speech", "said he on Monday").
  static let trailingAdjuncts: Set<String> = [
    "in", "on", "during", "after", "before", "when", "while", "as", "to", "told", "adding", "saying",
    "noting",
    "according", "referring", "speaking", "pointing", "explaining", "last", "this", "yesterday", "today",
    "tonight", "earlier", "later", "recently", "then", "quietly", "softly", "again", "smiling", "laughing",
  ]
}
