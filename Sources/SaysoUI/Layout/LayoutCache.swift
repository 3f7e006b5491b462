import SaysoCore

/// Paragraphs laid out at the reader's width, made when first needed: opening a novel lays out only
/// the screen it shows, and moving through it only what comes into view.
///
/// A memo, not state: dropping it changes nothing but speed, which is why a class may sit in a value.
public final class LayoutCache: @unchecked Sendable {
  private var wrapped: [Int: WrappedParagraph] = [:]
  private var atoms: [Int: [DisplayAtom]] = [:]
  private var width = 0
  /// Past this many paragraphs the memo starts over, so that reading a whole novel stays small.
  private let limit = 4000

  public init() {}

  /// Forgets every layout: another document is in the reader.
  public func reset() {
    wrapped.removeAll()
    atoms.removeAll()
  }

  /// Paragraph `index` wrapped at `width` (text columns, indentation already taken off).
  public func paragraph(_ index: Int, model: ReaderModel, width: Int) -> WrappedParagraph {
    if width != self.width {
      wrapped.removeAll(keepingCapacity: true)
      self.width = width
    }
    if let known = wrapped[index] { return known }
    if wrapped.count > limit { wrapped.removeAll(keepingCapacity: true) }
    let result = WrappedParagraph(
      atoms: atoms(index, model: model),
      width: width - ReaderGeometry.indent(of: model.document.paragraphs[index]))
    wrapped[index] = result
    return result
  }

  private func atoms(_ index: Int, model: ReaderModel) -> [DisplayAtom] {
    if let known = atoms[index] { return known }
    if atoms.count > limit { atoms.removeAll(keepingCapacity: true) }
    let paragraph = model.document.paragraphs[index]
    let result =
      paragraph.kind == .separator ? [] : ParagraphAtoms.atoms(paragraph, in: model.document)
    atoms[index] = result
    return result
  }
}
