import Foundation

/// Names as read by `SpeakerRoster.ParsedName(reading:)`, shared by every analysis in the process.
///
/// Reading a name into title, first name and surname depends on nothing but the name and the lexicons,
/// and a corpus of news names the same people in article after article: a name read once is not read
/// again by the next document, whichever thread analyses it. Bounded: when full it starts over, so a
/// corpus of a million names costs the memory of `capacity` of them.
final class ParsedNameCache: @unchecked Sendable {
  static let shared = ParsedNameCache()

  static let capacity = 50_000
  private let lock = NSLock()
  private var names: [String: SpeakerRoster.ParsedName] = [:]

  /// The reading of `rawName`, read now if no document has read it before.
  func reading(_ rawName: String) -> SpeakerRoster.ParsedName {
    lock.lock()
    let known = names[rawName]
    lock.unlock()
    if let known { return known }
    let parsed = SpeakerRoster.ParsedName(reading: rawName)
    keep(parsed, for: rawName)
    return parsed
  }

  func removeAll() {
    lock.lock()
    defer { lock.unlock() }
    names.removeAll()
  }

  private func keep(_ parsed: SpeakerRoster.ParsedName, for rawName: String) {
    lock.lock()
    defer { lock.unlock() }
    if names.count >= ParsedNameCache.capacity { names.removeAll(keepingCapacity: true) }
    names[rawName] = parsed
  }
}
