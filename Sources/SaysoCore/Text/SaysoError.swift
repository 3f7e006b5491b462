/// An error a user can meet, with the file it concerns, what to do about it, and a sysexits code.
///
/// Every message is one line: the command line prints `sayso: PATH: MESSAGE` and exits with `code`.
public struct SaysoError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Exit codes from BSD `sysexits.h`, so scripts can tell a typo from a broken file.
  public enum ExitCode: Int32, Sendable {
    case usage = 64
    case dataError = 65
    case noInput = 66
    case unavailable = 69
    case software = 70
    case cannotCreate = 73
    case ioError = 74
  }

  public var code: ExitCode
  public var path: String?
  public var message: String

  public init(_ code: ExitCode, path: String? = nil, _ message: String) {
    self.code = code
    self.path = path
    self.message = message
  }

  public var description: String {
    guard let path else { return message }
    return "\(path): \(message)"
  }
}

extension SaysoError {
  static func binary(_ path: String?) -> SaysoError {
    SaysoError(
      .dataError, path: path,
      "looks like a binary file (NUL bytes near the start); Sayso reads text, Markdown and HTML")
  }

  static func tooLarge(_ path: String?, bytes: Int) -> SaysoError {
    let megabytes = bytes / 1_048_576
    return SaysoError(
      .dataError, path: path,
      "is \(megabytes) MB; Sayso reads files up to \(SourceText.maximumBytes / 1_048_576) MB, split it first")
  }
}
