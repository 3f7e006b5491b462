import ArgumentParser
import Foundation
import SaysoCore

/// Runs a command body, turning Sayso's user-facing errors into one stderr line and a sysexits code.
enum CommandRunner {
  static func run(_ body: () throws -> Void) throws {
    do {
      try body()
      StandardOutput.shared.flush()
    } catch let error as SaysoError {
      StandardOutput.shared.flush()
      StandardError.line("sayso: \(error)")
      throw ExitCode(error.code.rawValue)
    }
  }
}

/// Buffered standard output: one write per 64 KiB instead of one per line.
final class StandardOutput {
  nonisolated(unsafe) static let shared = StandardOutput()
  private var buffer: [UInt8] = []

  func write(_ bytes: [UInt8]) {
    buffer += bytes
    if buffer.count >= 1 << 16 { flush() }
  }

  func line(_ text: String) {
    buffer += Array(text.utf8)
    buffer.append(0x0A)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Foundation.write(STDOUT_FILENO, raw.baseAddress.map { $0 + offset }, raw.count - offset)
        if written <= 0 {
          if written < 0 && errno == EINTR { continue }
          break
        }
        offset += written
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

enum StandardError {
  static func line(_ text: String) {
    FileHandle.standardError.write(Data((TerminalText.sanitized(text) + "\n").utf8))
  }
}
