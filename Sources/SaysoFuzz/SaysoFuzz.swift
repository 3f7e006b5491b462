import Foundation
import SaysoTestSupport

/// `sayso-fuzz TARGET FILE...` runs fuzz inputs through a target (how a crash input is checked after a
/// fix). scripts/fuzz builds the same target with `-sanitize=fuzzer,address -DFUZZING`, where libFuzzer
/// owns `main` and calls the entry points in FuzzEntryPoints.swift instead.
#if !FUZZING
  @main
  enum SaysoFuzz {
    static func main() {
      let arguments = CommandLine.arguments
      guard arguments.count >= 3, let target = FuzzTarget(rawValue: arguments[1]) else {
        usage()
        exit(64)  // EX_USAGE
      }
      for path in arguments.dropFirst(2) {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("\(path): cannot read; give fuzz inputs as files\n".utf8))
          exit(66)  // EX_NOINPUT
        }
        target.run([UInt8](data))
        print("\(path): ok")
      }
    }
  }
#endif

func usage() {
  let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
  FileHandle.standardError.write(Data("usage: sayso-fuzz \(names) [libFuzzer options] FILE|DIR...\n".utf8))
}
