import Foundation
import Testing

/// Every hint `book` prints when it refuses (or cannot start) a change is a command that works
/// as printed: each is taken from the real refusal's output and run against the state that
/// produced it.
@Suite struct HintTests {
  /// How a hint is run: a command of the language on a book as a user, or a shell command
  /// line in a directory (with the built `book` first on the PATH).
  enum Runner {
    case language(data: String, user: String)
    case shell(directory: String)
  }

  /// The commands in a refusal's notes: what follows "with: ", "see: ", "has it: " or "Try the
  /// demo: ", and a note line that is itself a `book` command, each up to any parenthesised
  /// aside.
  static func hints(in stderr: String) -> [String] {
    stderr.split(separator: "\n").compactMap { line -> String? in
      let text = line.drop { $0 == " " }
      guard line.hasPrefix("  ") else { return nil }
      var command: Substring
      let markers = ["with: ", "see: ", "has it: ", "Try the demo: "]
      if let range = markers.lazy.compactMap({ text.range(of: $0) }).first {
        command = text[range.upperBound...]
      } else if text.hasPrefix("book ") {
        command = text
      } else {
        return nil
      }
      if let aside = command.range(of: "   (") { command = command[..<aside.lowerBound] }
      return String(command)
    }
  }

  /// Runs a hint; returns its exit status and what it said.
  static func run(_ hint: String, _ runner: Runner) throws -> BookBinary.Result {
    switch runner {
    case .language(let data, let user):
      return try BookBinary.run(["--data", data, "-c", hint], environment: ["BOOK_USER": user])
    case .shell(let directory):
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", hint]
      var environment = ProcessInfo.processInfo.environment
      environment["PATH"] =
        BookBinary.url.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "")
      environment["BOOK_DATA"] = nil
      environment["SWIFT_BACKTRACE"] = "enable=no"
      process.environment = environment
      process.standardInput = FileHandle.nullDevice
      return try ProcessRunner.run(process, in: directory)
    }
  }

  /// Expects the output to carry exactly `count` hints, and each to work.
  static func expectHintsWork(
    _ output: String, count: Int, _ runner: (String) -> Runner,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let hints = hints(in: output)
    #expect(hints.count == count, "hints in: \(output)", sourceLocation: sourceLocation)
    for hint in hints {
      let result = try run(hint, runner(hint))
      #expect(
        result.status == 0, "\(hint): \(result.stderr)", sourceLocation: sourceLocation)
    }
  }

  @Test func anEmptyTeamsHintAddsYouAndThenYourChangeWorks() throws {
    let scratch = Scratch()
    let root = try NewBookTests.emptyTeam(scratch)
    let change = "add carrier id=TRAV name=Travelers"
    let refused = try BookBinary.run(
      ["--data", root, "-c", change], environment: ["BOOK_USER": "ana"])
    #expect(refused.status == 1)
    try Self.expectHintsWork(refused.stderr, count: 1) { _ in .language(data: root, user: "ana") }
    let again = try BookBinary.run(
      ["--data", root, "-c", change], environment: ["BOOK_USER": "ana"])
    #expect(again.status == 0, "\(again.stderr)")
  }

  @Test func aStrangersHintsWorkForThemAndForAManager() throws {
    let scratch = Scratch()
    let root = scratch.path + "/book"
    try BookBinary.run(["init", root, "--user", "ana"])
    let refused = try BookBinary.run(
      ["--data", root, "-c", "add carrier id=TRAV name=Travelers"],
      environment: ["BOOK_USER": "zed"])
    #expect(refused.status == 1)
    // `team` is for the stranger to run; adding them is for a manager (ana).
    try Self.expectHintsWork(refused.stderr, count: 2) { hint in
      .language(data: root, user: hint == "team" ? "zed" : "ana")
    }
    let joined = try BookBinary.run(
      ["--data", root, "-c", "add carrier id=TRAV name=Travelers"],
      environment: ["BOOK_USER": "zed"])
    #expect(joined.status == 0, "\(joined.stderr)")
  }

  @Test(arguments: [
    "add account id=ACME name=Again status=active", "rename agency agency x",
    "rename account NOPE NEW",
  ])
  func aRefusedChangesHintWorks(change: String) throws {
    let scratch = Scratch()
    let root = try scratch.book()
    let refused = try BookBinary.run(
      ["--data", root, "-c", change], environment: ["BOOK_USER": "w1"])
    #expect(refused.status == 1)
    try Self.expectHintsWork(refused.stderr, count: 1) { _ in .language(data: root, user: "w1") }
  }

  @Test func initsOpenItWithWorks() throws {
    let scratch = Scratch()
    for arguments in [["init", "mybook"], ["init", "my agency", "--example"]] {
      let made = try BookBinary.run(arguments, in: scratch.path)
      #expect(made.status == 0, "\(made.stderr)")
      let opening = made.stdout.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
      try Self.expectHintsWork(opening, count: 1) { _ in .shell(directory: scratch.path) }
    }
  }

  @Test func thePinnedDayRefusalsHintWorks() throws {
    let scratch = Scratch()
    let root = try scratch.book()
    let refused = try BookBinary.run(
      ["--data", root, "--today", "2026-01-01", "-c", "add carrier id=HART name=Hartford"],
      environment: ["BOOK_USER": "w1"])
    #expect(refused.status == 1)
    #expect(!refused.stderr.contains("--sandbox"))
    try Self.expectHintsWork(refused.stderr, count: 1) { _ in .shell(directory: scratch.path) }
  }

  @Test func aScriptRefusedUnderAPinnedDayIsOfferedASandbox() throws {
    let scratch = Scratch()
    let root = try scratch.book()
    // Whoever runs the hint works as w1, the book's default user.
    try scratch.append("book/agency.rec", "default_user: w1\n")
    try scratch.write("carrier.book", "add carrier id=HART name=Hartford\n")
    let refused = try BookBinary.run(
      ["--data", root, "--today", "2026-01-01", "run", "carrier.book"],
      environment: ["BOOK_USER": "w1"], in: scratch.path)
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "  Or practise this script on a throw-away copy of the book with: book --data \(root)"
          + " --today 2026-01-01 run carrier.book --sandbox\n"))
    try Self.expectHintsWork(refused.stderr, count: 2) { _ in .shell(directory: scratch.path) }
    #expect(!scratch.text("book/carriers.rec").contains("HART"))
  }

  @Test func withNoBookTheHintsMakeOne() throws {
    let scratch = Scratch()
    let none = try BookBinary.run(["-c", "count accounts"], in: scratch.path)
    #expect(none.status == 2)
    try Self.expectHintsWork(none.stderr, count: 1) { _ in .shell(directory: scratch.path) }

    let missing = try BookBinary.run(["--data", scratch.path + "/later", "check"])
    #expect(missing.status == 3)
    try Self.expectHintsWork(missing.stderr, count: 1) { _ in .shell(directory: scratch.path) }

    try FileManager.default.createDirectory(
      atPath: scratch.path + "/bare", withIntermediateDirectories: true)
    let bare = try BookBinary.run(["--data", scratch.path + "/bare", "check"])
    #expect(bare.status == 3)
    try Self.expectHintsWork(bare.stderr, count: 1) { _ in .shell(directory: scratch.path) }
  }
}
