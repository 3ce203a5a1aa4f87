import Foundation
import Testing

/// Hostile and outsized input: refused clearly at its place, or read in bounded time — never a
/// hang or a crash, and nothing changed.
@Suite struct BadInputTests {
  /// `book ARGS` under `timeout`, so that a hang fails the test instead of the run.
  func bounded(_ arguments: [String], seconds: Int = 120) throws -> ProcessOutput {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    process.arguments = ["\(seconds)", BookBinary.url.path] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["BOOK_DATA"] = nil
    environment["BOOK_USER"] = "w1"
    environment["SWIFT_BACKTRACE"] = "enable=no"
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    return try ProcessRunner.run(process)
  }

  @Test func aByteOrderMarkIsRefusedAtTheStartAndNothingChanges() throws {
    let scratch = Scratch()
    let root = try scratch.book()
    try scratch.write("book/accounts.rec", "\u{FEFF}" + scratch.text("book/accounts.rec"))
    let before = scratch.dataFiles("book")
    let check = try bounded(["check", "--data", root])
    #expect(check.status == 3)
    #expect(
      check.stderr.hasPrefix(
        "\(root)/accounts.rec:1:1: error: the file starts with a byte-order mark (BOM): "
          + "save it as UTF-8 without a BOM\n"), "\(check.stderr)")
    let write = try bounded(["--data", root, "-c", "add carrier id=HART name=Hartford"])
    #expect(write.status == 3)
    #expect(scratch.dataFiles("book") == before)
  }

  /// A one-line value of a megabyte, a field of ten megabytes, and a value continued over a
  /// million lines: read, checked and queried in bounded time.
  @Test(arguments: ["a 1 MB line", "a 10 MB field", "1,000,000 lines"])
  func outsizedInputIsReadInBoundedTime(shape: String) throws {
    let scratch = Scratch()
    let root = try scratch.book()
    let head = "\nid: N-9000\nabout: ACME\nby: w1\nat: 2026-11-23 09:00\n"
    let body: String
    switch shape {
    case "a 1 MB line": body = "text: " + String(repeating: "x", count: 1_000_000) + "\n"
    case "a 10 MB field": body = "text: " + String(repeating: "y ", count: 5_000_000) + "\n"
    default: body = "text: start\n" + String(repeating: "+ z\n", count: 1_000_000)
    }
    try scratch.append("book/notes.rec", head + body)
    let check = try bounded(["check", "--data", root])
    #expect(check.status == 0, "\(check.stderr)")
    let count = try bounded(["--data", root, "-c", "count notes where about = ACME"])
    #expect(count.status == 0, "\(count.stderr)")
    #expect(count.stdout == "1\n")
  }
}
