import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `book run`: the saved scripts and the demos, dry runs, sandboxes, locks, recordings and
/// safe mode, on fresh copies of the example book.
@Suite struct RunCommandTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// Every saved script and every trainer demo.
  static var shipped: [String] {
    ["scripts", "examples/demos"].flatMap { folder in
      ((try? FileManager.default.contentsOfDirectory(atPath: repository + "/" + folder)) ?? [])
        .filter { $0.hasSuffix(".book") }.sorted().map { folder + "/" + $0 }
    }
  }

  /// A fresh example book in a scratch directory; returns its root.
  static func example(_ scratch: Scratch) throws -> String {
    let root = scratch.path + "/book"
    #expect(try BookBinary.run(["init", root, "--example"]).status == 0)
    return root
  }

  @Test func thereAreSavedScriptsAndDemos() {
    #expect(Self.shipped.filter { $0.hasPrefix("scripts/") }.count == 6)
    #expect(Self.shipped.filter { $0.hasPrefix("examples/demos/") }.count >= 4)
  }

  /// The parameters a saved script requires, as its header's usage line gives them.
  static let required: [String: [String]] = [
    "scripts/contract-review.book": [
      "account=ACME", "holder=Granite Bay Builders Inc", "policies=P-0001,P-0002",
    ]
  ]

  @Test(arguments: shipped)
  func runsCleanInASandbox(script: String) throws {
    let scratch = Scratch()
    let root = try Self.example(scratch)
    let before = scratch.dataFiles("book")
    let result = try BookBinary.run(
      ["--data", root, "run", script] + (Self.required[script] ?? []) + ["--echo", "--sandbox"],
      in: Self.repository)
    #expect(result.status == 0, "\(script): \(result.stderr)")
    #expect(result.stderr.isEmpty, "\(script): \(result.stderr)")
    #expect(result.stdout.contains("> "), "--echo shows the commands")
    #expect(scratch.dataFiles("book") == before, "--sandbox leaves the book untouched")
    let header = try String(contentsOfFile: Self.repository + "/" + script, encoding: .utf8)
    #expect(header.hasPrefix("# "), "\(script) is documented in its header")
  }

  /// The contract review stops at the certificate when the holder's contract is not met, with
  /// each gap, and writes nothing.
  @Test func theContractReviewRefusesACertificateWithGaps() throws {
    let scratch = Scratch()
    let root = try Self.example(scratch)
    let before = scratch.dataFiles("book")
    let result = try BookBinary.run(
      [
        "--data", root, "run", "scripts/contract-review.book", "account=ACME",
        "holder=Sacramento Regional Transit District", "policies=P-0001",
      ], in: Self.repository)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "scripts/contract-review.book:20:1: error: certificate CE-0012: Sacramento Regional Transit District's contract (R-0003) requires GL each-occurrence 2,000,000; P-0001 has 1,000,000"
      ), "\(result.stderr)")
    #expect(result.stdout.contains("GAP  requires GL general-aggregate 4,000,000"))
    #expect(scratch.dataFiles("book") == before)
  }

  @Test func aDryRunPrintsTheDiffsAndWritesNothing() throws {
    let scratch = Scratch()
    let root = try Self.example(scratch)
    try scratch.write(
      "change.book",
      """
      set policy P-0001 premium=13250.00
      cert issue ACME holder="City of Sacramento" policies=P-0001,P-0002 ai=P-0001 wos pnc=P-0001
      delete note N-0001
      macro gl = policies where line = GL

      """)
    let before = scratch.dataFiles("book")
    let result = try BookBinary.run(
      ["--data", root, "run", "change.book", "--dry-run"], in: scratch.path)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr == "dry run: 4 records would change; nothing was written\n")
    #expect(scratch.dataFiles("book") == before)
    let path = Self.repository + "/Tests/BookTests/Golden/dry-run.txt"
    if ProcessInfo.processInfo.environment["BOOK_RECORD_GOLDEN"] != nil {
      try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: path))
      return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      result.stdout == expected, "golden dry-run.txt differs; re-record with BOOK_RECORD_GOLDEN=1")
  }

  @Test func aSandboxIsKeptOnlyWhenAsked() throws {
    let scratch = Scratch()
    let root = try Self.example(scratch)
    try scratch.write("raise.book", "set policy P-0001 premium=13250.00\n")
    let before = scratch.dataFiles("book")
    let kept = try BookBinary.run(
      ["--data", root, "run", "raise.book", "--sandbox", "--keep"], in: scratch.path)
    #expect(kept.status == 0, "\(kept.stderr)")
    #expect(scratch.dataFiles("book") == before)
    let prefix = "sandbox kept at "
    let copy = kept.stderr.split(separator: "\n").first { $0.hasPrefix(prefix) }.map {
      String($0.dropFirst(prefix.count))
    }
    let policies = copy.flatMap { FileManager.default.contents(atPath: $0 + "/policies.rec") }
    #expect(
      policies.map { String(decoding: $0, as: UTF8.self).contains("premium: 13250.00") } == true)
    if let copy { try? FileManager.default.removeItem(atPath: copy) }
  }

  @Test func aPinnedDayMayWriteInASandbox() throws {
    let scratch = Scratch()
    let root = try scratch.book()
    try scratch.write("carrier.book", "add carrier id=HART name=Hartford\n")
    let refused = try BookBinary.run(
      ["--data", root, "--today", "2026-01-01", "run", "carrier.book"],
      environment: ["BOOK_USER": "w1"], in: scratch.path)
    #expect(refused.status == 1)
    let sandboxed = try BookBinary.run(
      ["--data", root, "--today", "2026-01-01", "run", "carrier.book", "--sandbox"],
      environment: ["BOOK_USER": "w1"], in: scratch.path)
    #expect(sandboxed.status == 0, "\(sandboxed.stderr)")
    #expect(!scratch.text("book/carriers.rec").contains("HART"))
  }

  @Test func aScriptThatOnlyReadsTakesNoLock() throws {
    let scratch = Scratch()
    let root = try Self.example(scratch)
    try scratch.write("read.book", "count policies\naudits due\n")
    try scratch.write("write.book", "set policy P-0001 premium=13250.00\n")
    // Another `book` reading holds the lock shared: a writer cannot have it.
    try FileManager.default.createDirectory(
      atPath: root + "/.book", withIntermediateDirectories: true)
    let descriptor = open(root + "/.book/lock", O_RDWR | O_CREAT, 0o644)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    #expect(flock(descriptor, LOCK_SH) == 0)
    let reader = try BookBinary.run(
      ["--data", root, "--wait", "0", "run", "read.book"], in: scratch.path)
    #expect(reader.status == 0, "\(reader.stderr)")
    let writer = try BookBinary.run(
      ["--data", root, "--wait", "0", "run", "write.book"], in: scratch.path)
    #expect(writer.status == 4, "\(writer.stderr)")
  }

  @Test func eachCommitsWhatRanBeforeTheError() throws {
    let scratch = Scratch()
    let root = try Self.example(scratch)
    try scratch.write(
      "each.book", "set policy P-0001 premium=13250.00\nset policy P-0002 premium=-5\n")
    let all = try BookBinary.run(["--data", root, "run", "each.book"], in: scratch.path)
    #expect(all.status == 1)
    #expect(scratch.text("book/policies.rec").contains("premium: 12500.00"))
    let each = try BookBinary.run(
      ["--data", root, "run", "each.book", "--each"], in: scratch.path)
    #expect(each.status == 1)
    #expect(
      each.stderr.hasPrefix("each.book:2:27: error: policy P-0002: premium must not be negative"))
    #expect(scratch.text("book/policies.rec").contains("premium: 13250.00"))
  }

  @Test func runInsideDashCIsOneTransactionWithItsParameters() throws {
    let scratch = Scratch()
    let root = try Self.example(scratch)
    try scratch.write(
      "raise.book",
      "param to = 13250.00\nset policy P-0001 premium=$to\nset policy P-0002 premium=-5\n")
    let failed = try BookBinary.run(
      ["--data", root, "-c", "run raise.book to=14000"], in: scratch.path)
    #expect(failed.status == 1)
    #expect(
      failed.stderr.hasPrefix("raise.book:3:27: error: policy P-0002: premium must not be negative")
    )
    #expect(scratch.text("book/policies.rec").contains("premium: 12500.00"))
    try scratch.write("raise.book", "param to = 13250.00\nset policy P-0001 premium=$to\n")
    let ran = try BookBinary.run(
      ["--data", root, "-c", "run raise.book to=14000; policies where id = P-0001 fields premium"],
      in: scratch.path)
    #expect(ran.status == 0, "\(ran.stderr)")
    #expect(ran.stdout.hasSuffix("14,000.00\n"))
  }

  @Test func aMissingScriptIsAUsageError() throws {
    let scratch = Scratch()
    let root = try Self.example(scratch)
    let result = try BookBinary.run(["--data", root, "run", "nope.book"], in: scratch.path)
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("error: no script nope.book\n"))
  }

  @Test func stdinIsAScriptToo() throws {
    let scratch = Scratch()
    let root = try Self.example(scratch)
    let result = try BookBinary.run(
      ["--data", root], stdin: "#: Narration shows.\ncount carriers\n# expect: 12\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Narration shows.\n12\n")
    let failing = try BookBinary.run(["--data", root], stdin: "count carriers\n# expect: 3\n")
    #expect(failing.status == 1)
    #expect(failing.stderr.hasPrefix("stdin:2:1: error: the output differs"))
  }
}
