import ArgumentParser
import Foundation
import SaysoCore
import SaysoUI

/// `sayso config`: the config file's place, its problems, or the full default file.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Show where the config file is, check it, or print the defaults.",
    discussion: """
      The file is $XDG_CONFIG_HOME/sayso/config.toml (default ~/.config/sayso/config.toml).

      Example:
        sayso config --defaults > ~/.config/sayso/config.toml
      """
  )

  @Flag(help: "Print the full default config file.")
  var defaults = false

  @Flag(help: "Check the config file and list its problems with their line numbers.")
  var check = false

  func run() throws {
    try CommandRunner.run {
      let environment = ProcessInfo.processInfo.environment
      let path = Config.defaultPath(environment: environment)
      if defaults {
        StandardOutput.shared.write(Array(DefaultConfig.text().utf8))
        return
      }
      guard check else {
        let exists = FileManager.default.fileExists(atPath: path)
        StandardOutput.shared.line(path + (exists ? "" : " (not there yet: sayso config --defaults > it)"))
        return
      }
      guard FileManager.default.fileExists(atPath: path) else {
        StandardOutput.shared.line("\(path): no config file; Sayso uses its defaults")
        return
      }
      let config = ConfigFile.load(environment: environment)
      if config.problems.isEmpty {
        StandardOutput.shared.line("\(path): fine")
        return
      }
      StandardOutput.shared.flush()
      for problem in config.problems { StandardError.line("\(path): \(problem)") }
      throw SaysoError(
        .dataError, path: path,
        "\(config.problems.count) problem(s); Sayso starts with the defaults for those")
    }
  }
}

/// Reads the config file (absent: the defaults; unreadable: the defaults and a problem).
enum ConfigFile {
  static func load(environment: [String: String]) -> Config {
    let path = Config.defaultPath(environment: environment)
    guard FileManager.default.fileExists(atPath: path) else { return Config() }
    guard let data = FileManager.default.contents(atPath: path) else {
      var config = Config()
      config.problems = ["cannot read \(path); check its permissions"]
      return config
    }
    return Config.parse(String(decoding: data, as: UTF8.self))
  }
}
