// swift-tools-version:6.1
import Foundation
import PackageDescription

/// SaysoCore is rooted at the package folder so it can embed the top-level `Resources/`;
/// everything else there belongs to other targets.
let coreExcludes: [String] = {
  let root = Context.packageDirectory
  let sources = (try? FileManager.default.contentsOfDirectory(atPath: root + "/Sources")) ?? []
  let others = sources.filter { $0 != "SaysoCore" && !$0.hasPrefix(".") }.map { "Sources/" + $0 }
  let topLevel = ["Tests", "scripts", ".ci", "README.md", "ARCHITECTURE.md", "Resources/README.md"]
  return others + topLevel.filter { FileManager.default.fileExists(atPath: root + "/" + $0) }
}()

/// Layers point down only: sayso -> SaysoTerminal -> SaysoUI -> SaysoStore/SaysoCore.
/// SaysoCore knows no terminal and no database; SaysoTerminal is the only target that sees ncurses.
let package = Package(
  name: "Sayso",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "sayso", targets: ["sayso"]),
    .executable(name: "sayso-bench", targets: ["SaysoBench"]),
    .executable(name: "sayso-fuzz", targets: ["SaysoFuzz"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    .target(
      name: "CNcurses",
      linkerSettings: [.linkedLibrary("ncursesw")]
    ),
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .target(
      name: "SaysoCore",
      dependencies: ["CLibXML2", .product(name: "Crypto", package: "swift-crypto")],
      path: ".",
      exclude: coreExcludes,
      sources: ["Sources/SaysoCore"],
      resources: [
        .embedInCode("Resources/lexicons"),
        .embedInCode("Resources/azure-inquiry.txt"),
      ],
      // The attributor reads its roster and tables through class properties thousands of times a page;
      // in release builds the run-time exclusivity check of each access (a call into the runtime) was
      // about 3% of quote analysis. Debug builds, which the tests run, keep the check.
      swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
    ),
    .target(name: "SaysoStore", dependencies: ["SaysoCore", .product(name: "GRDB", package: "GRDB.swift")]),
    .target(name: "SaysoUI", dependencies: ["SaysoCore", "SaysoStore"]),
    .target(name: "SaysoTerminal", dependencies: ["SaysoUI", "CNcurses"]),
    .executableTarget(
      name: "sayso",
      dependencies: [
        "SaysoCore", "SaysoStore", "SaysoUI", "SaysoTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .executableTarget(
      name: "SaysoBench",
      dependencies: ["SaysoCore", "SaysoUI", "SaysoStore", "SaysoTestSupport"]
    ),
    .target(name: "SaysoTestSupport", dependencies: ["SaysoCore"]),
    /// Fuzz targets: replays inputs in any build, fuzzes under libFuzzer in scripts/fuzz's build.
    .executableTarget(name: "SaysoFuzz", dependencies: ["SaysoTestSupport"]),
    .testTarget(name: "SaysoCoreTests", dependencies: ["SaysoCore", "SaysoTestSupport"]),
    .testTarget(name: "SaysoCLITests", dependencies: ["sayso", "SaysoTestSupport"]),
    .testTarget(
      name: "SaysoStoreTests",
      dependencies: [
        "SaysoStore", "SaysoCore", "SaysoTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "SaysoUITests", dependencies: ["SaysoUI", "SaysoCore", "SaysoTestSupport"], exclude: ["Snapshots"]
    ),
  ]
)
