import Foundation

/// Runs `work` for 0..<count on several threads and hands the results back in order, so that one
/// consumer (the store, which has a single writer) takes result i while the threads compute the next
/// ones. At most `window` results wait to be taken, which bounds memory on a large corpus.
///
/// The threads are made with 8 MB stacks, like the explorer's analysis thread: a deeply nested web
/// page is parsed recursively, which a dispatch queue's 512 KB stack does not survive.
public final class OrderedWork<Output: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var results: [Int: Output] = [:]
  private var nextToStart = 0
  private var nextToTake = 0
  private var cancelled = false
  private let count: Int
  private let window: Int

  /// `background` threads run at a lower priority (nice 10 on Linux), so that the thread taking the
  /// results, and the explorer's keys, are served first when the cores are busy.
  public init(
    count: Int, threads: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int = 64,
    background: Bool = false, work: @escaping @Sendable (Int) -> Output
  ) {
    self.count = count
    self.window = max(1, window)
    for _ in 0..<max(1, min(threads, count)) {
      let thread = Thread { [self] in
        if background { BackgroundPriority.lowerCurrentThread() }
        while let index = claim() {
          let output = work(index)
          condition.lock()
          results[index] = output
          condition.broadcast()
          condition.unlock()
        }
      }
      thread.stackSize = 8 << 20
      thread.start()
    }
  }

  /// The index a worker computes next, waiting while the window is full; nil when all are started.
  private func claim() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while !cancelled && nextToStart < count && nextToStart - nextToTake >= window { condition.wait() }
    guard !cancelled, nextToStart < count else { return nil }
    defer { nextToStart += 1 }
    return nextToStart
  }

  /// The next result in order, waiting for it; nil after the last (or once cancelled).
  public func next() -> Output? {
    condition.lock()
    defer { condition.unlock() }
    guard nextToTake < count else { return nil }
    while !cancelled && results[nextToTake] == nil { condition.wait() }
    guard !cancelled, let output = results.removeValue(forKey: nextToTake) else { return nil }
    nextToTake += 1
    condition.broadcast()
    return output
  }

  /// Stops starting new work; results not yet taken are dropped.
  public func cancel() {
    condition.lock()
    cancelled = true
    results = [:]
    condition.broadcast()
    condition.unlock()
  }
}

/// Background work yields the cores to the thread a person is waiting on.
public enum BackgroundPriority {
  /// Lowers the calling thread's priority (nice 10; Linux gives each thread its own nice value and
  /// `who = 0` is the calling thread). Elsewhere it does nothing.
  public static func lowerCurrentThread() {
    #if os(Linux)
      _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
    #endif
  }
}
