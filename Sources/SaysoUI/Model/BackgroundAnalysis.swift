import Foundation
import SaysoCore

/// Finds a document's quotes on another thread, so that the explorer shows the text at once and
/// colours the quotes in when they are known (a long novel takes tens of milliseconds; a reader
/// should not wait for that to see the first page).
public final class BackgroundAnalysis: @unchecked Sendable {
  private let lock = NSLock()
  private var finished: QuoteAnalysis?

  public init(document: Document, genre: Genre) {
    let thread = Thread { [self] in
      let analysis = QuoteAnalyzer(genre: genre).analyze(document)
      lock.lock()
      finished = analysis
      lock.unlock()
    }
    thread.stackSize = 8 << 20
    thread.start()
  }

  /// The analysis once it is done; nil before.
  public var result: QuoteAnalysis? {
    lock.lock()
    defer { lock.unlock() }
    return finished
  }

  /// Waits for the analysis (for tests and benchmarks).
  public func wait() -> QuoteAnalysis {
    while true {
      if let result { return result }
      usleep(200)
    }
  }
}

extension QuoteAnalysis {
  /// No quotes yet: what the reader shows while the analysis runs.
  public static let pending = QuoteAnalysis(quotes: [], speakers: [])
}
