/// Gives paragraphs their kind from their words and their place, for text formats that carry no markup.
///
/// Rules are about the shape of a line (a date alone, "By ..." under a headline, a quoted headline
/// followed by a date), never about particular documents. The header zone is the run of short
/// paragraphs before the first body paragraph, where titles, bylines, credits and citations live.
struct ParagraphClassifier {
  /// Paragraphs longer than this (in bytes) are body text unless their structure says otherwise.
  static let shortParagraphBytes = 400
  static let headerZoneLength = 8

  /// Whether the first headline-like paragraph becomes the title (not in Markdown, where `#` says so).
  var guessesTitle = true
  /// Whether short capitalised lines become headings (not in HTML and Markdown, where markup says so).
  var guessesHeadings = true

  /// Kinds for the paragraphs in order. `text(i)` gives a paragraph's one-line text, or nil when it is too
  /// long to be anything but prose; it is asked only when the sketch cannot decide.
  func classify(
    sketches: [ParagraphSketch], structural: [ParagraphKind?], text: (Int) -> String?
  ) -> [ParagraphKind] {
    var kinds: [ParagraphKind] = []
    kinds.reserveCapacity(sketches.count)
    var inHeader = true
    var onlySeparatorsSoFar = true
    // Byte lengths stand in for lengths: only their ratios matter, and String.count walks graphemes.
    let lengths = sketches.map(\.byteCount)
    for (i, sketch) in sketches.enumerated() {
      let inZone = inHeader && i < ParagraphClassifier.headerZoneLength
      let titleAllowed = guessesTitle && onlySeparatorsSoFar
      let followedByLonger =
        titleAllowed && (lengths[(i + 1)..<min(lengths.count, i + 6)].max() ?? 0) >= 2 * lengths[i]
      let kind: ParagraphKind
      if let fixed = structural[i] {
        kind = fixed
      } else if !inZone && !titleAllowed && sketch.isPlainProse {
        kind = .body
      } else {
        kind = kindOf(
          text(i), followedByLonger: followedByLonger, inHeader: inZone, titleAllowed: titleAllowed)
      }
      if kind != .separator { onlySeparatorsSoFar = false }
      if kind == .body || kind == .blockquote || kind == .listItem { inHeader = false }
      kinds.append(kind)
    }
    return kinds
  }

  private func kindOf(
    _ text: String?, followedByLonger: Bool, inHeader: Bool, titleAllowed: Bool
  ) -> ParagraphKind {
    guard let text else { return .body }
    if !inHeader && !titleAllowed && text.utf8.count > 120 && !LineShape.mayBeLongNonProse(text) {
      return .body
    }
    let line = LineShape(text)
    if line.isOmission { return .omission }
    if line.isSeparator { return .separator }
    if line.captionLabel {
      return line.words.count > 6 ? .caption : .credit
    }
    if guessesHeadings && line.isChapterHeading { return .heading }
    if titleAllowed, let label = line.fieldLabel, LineShape.titleLabels.contains(label) { return .title }
    if titleAllowed && line.looksLikeTitle(followedByLonger: followedByLonger) && !line.isByline
      && !line.isDate
      && line.fieldLabel == nil
    {
      return .title
    }
    if inHeader {
      if line.isByline { return .byline }
      if line.isDate || line.fieldLabel.map(LineShape.dateLabels.contains) == true { return .dateline }
      if line.isCitation { return .citation }
      if line.isCredit || line.isSingleName { return .credit }
    } else {
      if line.isCitation { return .citation }
      if line.isCredit { return .credit }
    }
    if guessesHeadings && line.isHeading { return .heading }
    return .body
  }
}
