// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "book",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "book", targets: ["book"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .target(
      name: "CLibEdit",
      linkerSettings: [.linkedLibrary("edit")]
    ),
    .target(name: "BookModel"),
    .target(name: "BookStore", dependencies: ["BookModel"]),
    .target(name: "BookLanguage", dependencies: ["BookModel", "BookStore"]),
    .target(
      name: "BookShell", dependencies: ["BookLanguage", "BookStore", "BookModel", "CLibEdit"]),
    .executableTarget(
      name: "book",
      dependencies: [
        "BookShell", "BookLanguage", "BookStore", "BookModel",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // A release build links the Swift runtime and libraries statically: the dynamic loader's
      // symbol look-ups and relocations for them were a fifth of a `book -c help`. Debug builds
      // (and so the tests, which link this target too) keep the shared libraries.
      linkerSettings: [
        .unsafeFlags(
          ["-static-stdlib", "-l_FoundationCollections", "-l_FoundationCShims"],
          .when(platforms: [.linux], configuration: .release))
      ]
    ),
    // libFuzzer targets (scripts/fuzz builds it with -sanitize=fuzzer,address -D FUZZING);
    // built plainly, it replays inputs through a target.
    .executableTarget(
      name: "BookFuzz", dependencies: ["BookLanguage", "BookStore", "BookModel"]),
    .target(
      name: "BookTestSupport", dependencies: ["BookStore", "BookModel"],
      path: "Tests/BookTestSupport"),
    .testTarget(name: "CLibEditTests", dependencies: ["CLibEdit"]),
    .testTarget(name: "BookModelTests", dependencies: ["BookModel"]),
    .testTarget(
      name: "BookStoreTests", dependencies: ["BookStore", "BookModel", "BookTestSupport"]),
    .testTarget(
      name: "BookLanguageTests",
      dependencies: ["BookLanguage", "BookStore", "BookModel", "BookTestSupport"],
      exclude: ["Golden", "Fixtures"]),
    .testTarget(
      name: "BookShellTests",
      dependencies: ["BookShell", "BookLanguage", "BookStore", "BookModel", "BookTestSupport"]),
    .testTarget(
      name: "BookTests", dependencies: ["book", "BookStore", "BookModel", "BookTestSupport"],
      exclude: ["Scripts", "BadInput", "Golden"]),
  ]
)
