import Foundation
import Testing

/// Writers killed with SIGKILL at random moments, and writers racing each other: the book
/// always opens, checks clean, and holds exactly the transactions that committed.
@Suite(.serialized) struct CrashTests {
  /// Counts the writer's transactions visible in each file of the book.
  struct Visible: Equatable, CustomStringConvertible {
    var notes: Int
    var locations: Int
    var accountNote: Int
    var journalNotes: Int

    init(_ scratch: Scratch) {
      notes = scratch.text("book/notes.rec").components(separatedBy: "\ntext: w1 ").count - 1
      locations =
        scratch.text("book/locations.rec").components(separatedBy: "\nname: w1 ").count - 1
      let accounts = scratch.text("book/accounts.rec")
      accountNote =
        accounts.range(of: "\nnotes: w1 N-").map {
          Int(accounts[$0.upperBound...].prefix { $0.isNumber }) ?? -1
        } ?? 0
      journalNotes =
        scratch.text("book/journal/w1.rec").components(separatedBy: "\nkind: note\n").count - 1
    }

    /// Every file shows the same number of whole transactions (the single writer's note ids
    /// run from N-0001, so the account's last note id is that number too).
    var isConsistent: Bool {
      notes == locations && notes == accountNote && notes == journalNotes
    }

    var description: String {
      "notes \(notes), locations \(locations), account note \(accountNote), journal \(journalNotes)"
    }
  }

  @Test func killingAWriterAtRandomMomentsNeverLeavesHalfATransaction() throws {
    let scratch = Scratch()
    let root = try scratch.book()
    var generator = SystemRandomNumberGenerator()
    var committed = 0
    var kills = 0
    var advanced = 0
    for _ in 0..<220 {
      let writer = BookBinary.start(
        ["_writer", "--data", root, "--count", "100000", "--multi"],
        environment: ["BOOK_USER": "w1"])
      try writer.run()
      usleep(UInt32.random(in: 5_000...150_000, using: &generator))
      kill(writer.processIdentifier, SIGKILL)
      writer.waitUntilExit()
      kills += writer.terminationReason == .uncaughtSignal ? 1 : 0
      // Opening the book replays or discards what the writer left.
      let check = try BookBinary.run(["check", "--data", root])
      #expect(check.status == 0, "\(check.stderr)")
      let visible = Visible(scratch)
      #expect(visible.isConsistent, "\(visible)")
      #expect(visible.notes >= committed, "committed transactions are never lost")
      if visible.notes > committed { advanced += 1 }
      committed = visible.notes
      guard visible.isConsistent, check.status == 0 else { break }
    }
    #expect(kills >= 200)
    #expect(advanced > 20, "the writer got somewhere between kills")
    try RecfixCheck.all(in: root)
  }

  /// scripts/crash-test: three-command stdin scripts, rename with undo, and renew with cert
  /// reissue and their undos, each killed at random moments (150 trials); after each kill
  /// `book check` and `recfix --check` pass and every file shows the same transactions.
  @Test(arguments: ["script", "rename", "renew"])
  func theCrashTestScriptFindsNothingTorn(mode: String) throws {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../scripts/crash-test").standardized
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [script.path, "50", mode]
    var environment = ProcessInfo.processInfo.environment
    environment["BOOK_BIN"] = BookBinary.url.path
    environment["BOOK_DATA"] = nil
    environment["SWIFT_BACKTRACE"] = "enable=no"
    process.environment = environment
    let result = try ProcessRunner.run(process)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasPrefix("\(mode): 50 trials, "), "\(result.stdout)")
    #expect(result.stdout.hasSuffix(", 0 torn\n"), "\(result.stdout)")
  }

  /// Writers racing for the lock, each adding its notes: none is lost, ids are distinct, and
  /// each writer's journal holds exactly its own.
  @Test(arguments: [(2, 500), (4, 250)])
  func concurrentWritersLoseNothing(writers count: Int, each: Int) throws {
    let scratch = Scratch()
    let root = try scratch.book()
    let users = (1...count).map { "w\($0)" }
    for user in users where user != "w1" && user != "w2" {
      try scratch.append("book/team.rec", "\nid: \(user)\nname: Writer \(user)\nrole: advocate\n")
    }
    let writers = users.map { user in
      BookBinary.start(
        ["_writer", "--data", root, "--count", "\(each)", "--wait", "60"],
        environment: ["BOOK_USER": user])
    }
    for writer in writers { try writer.run() }
    for writer in writers { writer.waitUntilExit() }
    #expect(writers.map(\.terminationStatus) == Array(repeating: 0, count: count))
    let notes = scratch.text("book/notes.rec")
    let ids = notes.components(separatedBy: "\n").filter { $0.hasPrefix("id: N-") }
    #expect(ids.count == count * each)
    #expect(Set(ids).count == count * each)
    for user in users {
      let texts = Set(
        notes.components(separatedBy: "\n").filter { $0.hasPrefix("text: \(user) ") })
      #expect(texts.count == each, "\(user)")
      let journal = scratch.text("book/journal/\(user).rec")
      #expect(journal.components(separatedBy: "\nkind: note\n").count - 1 == each, "\(user)")
    }
    let check = try BookBinary.run(["check", "--data", root])
    #expect(check.status == 0, "\(check.stderr)")
  }
}
