import Foundation
import SaysoCore

extension AppState {
  /// What an annotation command applies to: the selection, else the current quote when it is in
  /// view, else the cursor's paragraph.
  public var target: AnnotationTarget? {
    if let selection, !selection.range.isEmpty {
      return AnnotationTarget(kind: .span, quoteID: nil, range: selection.range)
    }
    if let quote, isInView(quote) || quote.paragraph == cursor {
      return AnnotationTarget(kind: .quote, quoteID: quote.id, range: quote.range)
    }
    guard cursor < model.paragraphCount else { return nil }
    return AnnotationTarget(kind: .paragraph, quoteID: nil, range: model.document.paragraphs[cursor].range)
  }

  func annotation(on target: AnnotationTarget, _ body: AnnotationBody) -> Annotation {
    Annotation(
      documentID: annotations.documentID ?? 0, targetKind: target.kind, quoteID: target.quoteID,
      anchor: TextAnchor(range: target.range, in: model.document.text), body: body, coder: annotations.coder)
  }

  /// Applies code `id` to the target, or takes it off when it is already there.
  mutating func toggleCode(_ id: Int64) {
    guard let target else {
      message = StatusMessage("Nothing to code here", isError: true)
      return
    }
    annotations.lastRepeatable = .code(id)
    if let existing = annotations.on(target).first(where: { $0.body == .code(id) }) {
      commit(.remove(existing))
    } else {
      commit(.add(annotation(on: target, .code(id))))
    }
    endSelection()
  }

  /// The `n`th code of the codebook (1-based), for the digit keys.
  mutating func applyCode(number: Int) {
    guard let code = code(forDigit: number) else {
      message = StatusMessage("No code \(number) yet: t opens the codebook and makes codes", isError: true)
      return
    }
    toggleCode(code.id)
  }

  /// Confirms the current quote's speaker, or marks it as not a quote.
  mutating func reviewQuote(_ verdict: QuoteReview) {
    guard let target, target.kind == .quote else {
      message = StatusMessage("Go to a quote first (]q)", isError: true)
      return
    }
    annotations.lastRepeatable = .review(verdict)
    let reviews = annotations.on(target).filter {
      if case .review = $0.body { return true } else { return false }
    }
    if let same = reviews.first(where: { $0.body == .review(verdict) }) {
      commit(.remove(same))
    } else if let other = reviews.first {
      commit(.update(old: other, new: annotation(on: target, .review(verdict))))
    } else {
      commit(.add(annotation(on: target, .review(verdict))))
    }
    advanceReview(after: target.quoteID)
  }

  /// Gives the current quote to `name` (an existing speaker or a new one); a selection becomes a
  /// quote of theirs.
  mutating func reassign(to name: String) {
    if let target, target.kind == .span {
      commit(.add(annotation(on: target, .speaker(name))))
      endSelection()
      return
    }
    guard let target, target.kind == .quote else {
      message = StatusMessage("Go to a quote first (]q)", isError: true)
      return
    }
    annotations.lastRepeatable = .speaker(name)
    let previous = annotations.on(target).first {
      if case .speaker = $0.body { return true } else { return false }
    }
    let new = annotation(on: target, .speaker(name))
    commit(previous.map { .update(old: $0, new: new) } ?? .add(new))
    advanceReview(after: target.quoteID)
  }

  /// A code's 256-colour number: its own, else one of the defaults by its place in the codebook.
  func codeColor(_ id: Int64) -> Int {
    guard let index = annotations.codes.firstIndex(where: { $0.id == id }) else {
      return DefaultConfig.codeColors[0]
    }
    return annotations.codes[index].color ?? DefaultConfig.codeColors[index % DefaultConfig.codeColors.count]
  }

  /// Renaming or merging: every quote of the current quote's speaker goes to `name`, in one change.
  mutating func moveAllQuotes(to name: String) {
    guard let speaker = quote?.attribution?.speaker else { return }
    let changes: [Change] = model.analysis.quotes.filter { $0.attribution?.speaker == speaker }.map { quote in
      let target = AnnotationTarget(kind: .quote, quoteID: quote.id, range: quote.range)
      let previous = annotations.on(target).first { $0.body.isSpeaker }
      let new = annotation(on: target, .speaker(name))
      return previous.map { .update(old: $0, new: new) } ?? .add(new)
    }
    guard !changes.isEmpty else { return }
    commit(.batch(changes))
  }

  /// `.`: the last annotation command again, on the target now.
  mutating func repeatLast() {
    switch annotations.lastRepeatable {
    case .code(let id)?: toggleCode(id)
    case .review(let verdict)?: reviewQuote(verdict)
    case .speaker(let name)?: reassign(to: name)
    case nil: message = StatusMessage("Nothing to repeat yet")
    }
  }

  /// Asks the runtime to commit a change; the screen says "saving" until it answers.
  mutating func commit(_ change: Change) {
    annotations.save = .saving
    effects.append(.commit(change))
  }

  /// A committed change (or an undo or redo of one) enters the shown state.
  mutating func absorb(_ change: Change, verb: String) {
    annotations.unsaved.removeAll { $0 == change }
    if annotations.unsaved.isEmpty { annotations.save = .saved }
    let corrections = absorbItem(change, verb: verb)
    annotations.reindex(paragraphs: model.document.paragraphs)
    // Corrections change the quotes; a new code or note can change what a filter matches.
    if corrections || filter != nil { rebuildModel() }
    let summary = change.summary(codes: annotations.codeNames)
    message = StatusMessage(summary.prefix(1).uppercased() + summary.dropFirst() + " · \(verb)")
  }

  /// Applies one change to the shown annotations and codebook; true when it touches what the reader
  /// shows of quotes and speakers (the model is then rebuilt).
  private mutating func absorbItem(_ change: Change, verb: String) -> Bool {
    switch change {
    case .add(let a):
      annotations.items.removeAll { $0.id == a.id }
      annotations.items.append(a)
      return a.quoteID != nil || a.body.isSpeaker
    case .remove(let a):
      annotations.items.removeAll { $0.id == a.id }
      return a.quoteID != nil || a.body.isSpeaker
    case .update(_, let new):
      annotations.items.removeAll { $0.id == new.id }
      annotations.items.append(new)
      return new.quoteID != nil || new.body.isSpeaker
    case .addCode(let code):
      annotations.codes.removeAll { $0.id == code.id }
      annotations.codes.append(code)
      if verb == "saved" { applyPendingCode(code) }
    case .removeCode(let code):
      annotations.codes.removeAll { $0.id == code.id }
    case .updateCode(_, let new):
      annotations.codes = annotations.codes.map { $0.id == new.id ? new : $0 }
    case .batch(let changes):
      return changes.reduce(false) { absorbItem($1, verb: verb) || $0 }
    }
    return false
  }

  /// The model again from what Sayso found and the researcher's corrections, keeping the place.
  mutating func rebuildModel() {
    let currentID = quote?.id
    let corrected = CorrectedAnalysis(
      foundAnalysis, annotations: annotations.items, paragraphs: model.document.paragraphs)
    let only = evaluateFilter(corrected.analysis, confirmed: corrected.confirmed)
    model = ReaderModel(
      document: model.document, analysis: corrected.analysis, name: model.name,
      includeIndirect: model.includesIndirect, confirmed: corrected.confirmed, only: only)
    currentQuote = currentID.flatMap { id in model.quotes.firstIndex { $0.id == id } }
    keepInside()
  }
}
