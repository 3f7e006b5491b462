/// Substring search for text that comes from documents or from what a researcher types.
///
/// Foundation's `contains(_:)`/`range(of:)` on strings is not used for these: it crashes ("String index
/// is out of bounds") when the needle has NUL characters and the haystack is not ASCII, which a fuzzer
/// found through the query language. The standard library's search compares `Character`s, so it keeps
/// canonical equivalence ("é" precomposed or as e + accent) and takes any input.
extension StringProtocol {
  /// Whether `needle` occurs in the string (the empty needle always does).
  public func containsText(_ needle: some StringProtocol) -> Bool {
    textRange(of: needle) != nil
  }

  /// The first range where `needle` occurs.
  public func textRange(of needle: some StringProtocol) -> Range<Index>? {
    guard !needle.isEmpty else { return startIndex..<startIndex }
    return self[...].firstRange(of: Array(needle))
  }
}
