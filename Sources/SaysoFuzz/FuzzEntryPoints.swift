import Foundation
import SaysoTestSupport

#if FUZZING
  /// The target being fuzzed. libFuzzer calls back through C entry points, which cannot capture.
  nonisolated(unsafe) var selectedTarget = FuzzTarget.text
  /// Called by libFuzzer before it reads its options: takes the target name off argv (libFuzzer would
  /// take it for a corpus folder) and records it in the environment for the worker processes
  /// libFuzzer starts with `-jobs`/`-fork`, whose argv no longer has it.
  @_cdecl("LLVMFuzzerInitialize")
  public func fuzzerInitialize(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>
  ) -> Int32 {
    let count = Int(argc.pointee)
    let arguments = (0..<count).map { argv.pointee[$0] }
    if count >= 2, let name = arguments[1].map({ String(cString: $0) }),
      let target = FuzzTarget(rawValue: name)
    {
      selectedTarget = target
      setenv("SAYSO_FUZZ_TARGET", name, 1)
      // argv without the target name, never freed: libFuzzer keeps reading it.
      let shifted = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: count)
      shifted.initialize(from: [arguments[0]] + arguments.dropFirst(2) + [nil], count: count)
      argc.pointee = Int32(count - 1)
      argv.pointee = shifted
    } else if let name = ProcessInfo.processInfo.environment["SAYSO_FUZZ_TARGET"],
      let target = FuzzTarget(rawValue: name)
    {
      selectedTarget = target
    } else {
      usage()
      exit(64)  // EX_USAGE
    }
    return 0
  }

  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    selectedTarget.run(size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }
#endif
