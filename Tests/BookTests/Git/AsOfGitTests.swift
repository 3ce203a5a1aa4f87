import BookTestSupport
import Foundation
import Testing

/// `as of DAY` where the journals do not reach: a book in git answers from its commits (a
/// pinned book day for each command, a pinned committer date for each commit).
@Suite(.serialized) struct AsOfGitTests {
  static let query = "policies where account = ACME fields id, premium, billing, form"

  /// The demo book in git, first committed on 2026-11-20 (17:00, US Pacific), or a clone of
  /// one worked by a person of the demo team.
  final class DatedBook {
    let scratch = TemporaryDirectory("book-asof-git")
    let path: String
    /// Who works (`BOOK_USER`); nil: the book's default user.
    let person: String?

    init(git: Bool = true) throws {
      path = scratch.path + "/demo"
      person = nil
      let made = try BookBinary.run(
        ["init", path, "--example"] + (git ? ["--git"] : []),
        environment: Self.environment("2026-11-20"))
      #expect(made.status == 0, "\(made.stderr)")
    }

    /// A clone of a repository, worked by `person`.
    init(cloning repository: String, as person: String) throws {
      path = scratch.path + "/" + person
      self.person = person
      try git("2026-11-20", ["clone", "-q", repository, path], in: scratch.path)
      try git("2026-11-20", ["config", "user.name", person])
      try git("2026-11-20", ["config", "user.email", person + "@example.com"])
    }

    /// git's identity, with the author and committer dates at 17:00 of the day.
    static func environment(_ day: String) -> [String: String] {
      var environment = GitTeam.identity
      environment["GIT_AUTHOR_DATE"] = day + "T17:00:00-0800"
      environment["GIT_COMMITTER_DATE"] = day + "T17:00:00-0800"
      return environment
    }

    /// `book ARGUMENTS` with the book's day (and any commit's date) pinned to `day`.
    func book(_ day: String, _ arguments: [String]) throws -> ProcessOutput {
      var environment = Self.environment(day)
      if let person { environment["BOOK_USER"] = person }
      return try BookBinary.run(
        ["--data", path, "--today", day] + arguments, environment: environment)
    }

    /// `book ARGUMENTS` on that day, which must succeed.
    @discardableResult
    func run(_ day: String, _ arguments: [String]) throws -> ProcessOutput {
      let output = try book(day, arguments)
      #expect(output.status == 0, "\(arguments): \(output.stderr)")
      return output
    }

    /// The query's JSON on that day.
    func json(_ day: String, _ query: String = AsOfGitTests.query) throws -> String {
      try run(day, ["--format", "json", "-c", query]).stdout
    }

    /// git in the book (or another directory), with any commit dated `day`.
    func git(_ day: String, _ arguments: [String], in directory: String? = nil) throws {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["git"] + arguments
      var environment = ProcessInfo.processInfo.environment
      for (key, value) in Self.environment(day) { environment[key] = value }
      process.environment = environment
      let output = try ProcessRunner.run(process, in: directory ?? path)
      #expect(output.status == 0, "git \(arguments): \(output.stderr)")
    }

    /// Replaces text in a data file, as an editor would (no journal).
    func edit(_ file: String, _ old: String, _ new: String) throws {
      let url = URL(fileURLWithPath: path + "/" + file)
      let text = try String(contentsOf: url, encoding: .utf8)
      #expect(text.contains(old))
      try text.replacingOccurrences(of: old, with: new).write(
        to: url, atomically: true, encoding: .utf8)
    }
  }

  /// Changes on 2026-11-21, 22 and 23, each day synced (committed) at its end; the JSON of
  /// the query saved at the end of each day.
  static func threeDays(_ book: DatedBook) throws -> [String: String] {
    var saved = ["2026-11-20": try book.json("2026-11-20")]
    let days = [
      ("2026-11-21", "set policy P-0001 premium=1.00; set policy P-0002 billing=direct"),
      ("2026-11-22", "set policy P-0001 premium=2.00 form+=\"CG 20 26 04/13\"; delete note N-0001"),
      ("2026-11-23", "set policy P-0002 billing=agency; set policy P-0003 premium=3.00"),
    ]
    for (day, commands) in days {
      try book.run(day, ["-c", commands])
      try book.run(day, ["sync", "--no-push"])
      saved[day] = try book.json(day)
    }
    return saved
  }

  @Test func withTheJournalResetEachDayIsAnsweredFromItsCommit() throws {
    let book = try DatedBook()
    let saved = try Self.threeDays(book)
    // The journals are reset (pruned to nothing) and that is committed on the last day.
    try FileManager.default.removeItem(atPath: book.path + "/journal/jkim.rec")
    try book.git("2026-11-23", ["commit", "-q", "-a", "-m", "journal pruned"])
    for day in ["2026-11-20", "2026-11-21", "2026-11-22"] {
      let asOf = try book.run(
        "2026-11-23", ["--format", "json", "-c", Self.query + " as of " + day])
      #expect(asOf.stdout == saved[day])
      #expect(asOf.stderr.hasPrefix("note: as of \(day) from git commit "))
      #expect(asOf.stderr.hasSuffix(" (\(day))\n"))
    }
    #expect(saved["2026-11-21"] != saved["2026-11-22"])
    let shown = try book.run("2026-11-23", ["-c", "show P-0001 as of 2026-11-21"])
    #expect(shown.stdout.contains("premium        1.00\n"))
    #expect(shown.stderr.hasPrefix("note: as of 2026-11-21 from git commit "))
    let notes = try book.run("2026-11-23", ["-c", "count notes as of 2026-11-21; count notes"])
    #expect(notes.stdout == "20\n19\n")
  }

  @Test func aDayBeforeTheFirstCommitIsRefusedNamingTheEarliestDay() throws {
    let book = try DatedBook()
    let saved = try Self.threeDays(book)
    let refused = try book.book("2026-11-23", ["-c", "policies as of 2026-11-19"])
    #expect(refused.status == 1)
    #expect(refused.stdout == "")
    #expect(
      refused.stderr.hasPrefix(
        "1:16: error: as of 2026-11-19 is out of reach: it is before the book's first git commit ("
      ))
    #expect(refused.stderr.contains(", 2026-11-20) and the journals do not reach further\n"))
    #expect(refused.stderr.contains("  The earliest day that can be answered is 2026-11-20.\n"))
    let earliest = try book.run(
      "2026-11-23", ["--format", "json", "-c", Self.query + " as of 2026-11-20"])
    #expect(earliest.stdout == saved["2026-11-20"])
  }

  @Test func whereTheJournalsReachTheyAnswerWithoutANote() throws {
    let book = try DatedBook()
    let saved = try Self.threeDays(book)
    for day in ["2026-11-20", "2026-11-21", "2026-11-22"] {
      let asOf = try book.run(
        "2026-11-23", ["--format", "json", "-c", Self.query + " as of " + day])
      #expect(asOf.stdout == saved[day])
      #expect(asOf.stderr == "")
    }
  }

  @Test func aHandEditAfterTheDayIsLeftOutAndTheDaysLaterChangesKept() throws {
    let book = try DatedBook()
    try book.run("2026-11-21", ["-c", "set policy P-0001 premium=1.00"])
    try book.run("2026-11-21", ["sync", "--no-push"])
    // Later that day, after the commit: journaled, synced only the next day.
    try book.run("2026-11-21", ["-c", "set policy P-0002 billing=direct"])
    let saved = try book.json("2026-11-21")
    // The next day a hand edit the journals know nothing of, then a sync.
    try book.edit("policies.rec", "premium: 1.00\n", "premium: 5.00\n")
    // As of today is the book as it is, the edit not yet committed included.
    let today = try book.run(
      "2026-11-22", ["-c", "policies where premium = 5.00 as of 2026-11-22"])
    #expect(today.stdout.hasPrefix("id      account"))
    #expect(today.stdout.contains("P-0001  ACME"))
    #expect(today.stderr == "")
    try book.run("2026-11-22", ["sync", "--no-push"])
    let asOf = try book.run(
      "2026-11-22", ["--format", "json", "-c", Self.query + " as of 2026-11-21"])
    #expect(asOf.stdout == saved)
    #expect(asOf.stdout.contains("\"premium\": 1.00"))
    #expect(asOf.stdout.contains("\"billing\": \"direct\""))
    #expect(asOf.stderr.hasPrefix("note: as of 2026-11-21 from git commit "))
    #expect(asOf.stderr.hasSuffix(" (2026-11-21) and the journals' changes after it\n"))
  }

  @Test func aBookNotInGitAnswersFromItsJournalsAndRefusesWhereTheyMissAChange() throws {
    let book = try DatedBook(git: false)
    try book.run("2026-11-21", ["-c", "set policy P-0001 premium=1.00"])
    let saved = try book.json("2026-11-21")
    try book.run("2026-11-22", ["-c", "set policy P-0002 billing=direct"])
    let asOf = try book.run(
      "2026-11-22", ["--format", "json", "-c", Self.query + " as of 2026-11-21"])
    #expect(asOf.stdout == saved)
    #expect(asOf.stderr == "")
    // A hand edit of P-0001 after its journaled change: the journals no longer reach before it.
    try book.edit("policies.rec", "premium: 1.00\n", "premium: 5.00\n")
    let refused = try book.book("2026-11-22", ["-c", Self.query + " as of 2026-11-20"])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "error: as of 2026-11-20 is out of reach: the journals do not reach back to it: policy P-0001 was changed outside book after their change of 2026-11-21\n"
      ))
    #expect(refused.stderr.contains("  The earliest day that can be answered is 2026-11-21.\n"))
    #expect(!refused.stderr.contains("from git"))
    // From that day on they still answer (the hand edit shows: it cannot be dated).
    let still = try book.run(
      "2026-11-22", ["--format", "json", "-c", "count policies as of 2026-11-21"])
    #expect(still.stderr == "")
  }

  @Test func anotherClonesHandEditMergedLaterIsLeftOutOfEarlierDays() throws {
    let origin = try DatedBook()
    let saved = try origin.json("2026-11-20")
    let hub = origin.scratch.path + "/hub.git"
    try origin.git("2026-11-20", ["clone", "-q", "--bare", origin.path, hub])
    func clone(_ person: String) throws -> DatedBook {
      let book = try DatedBook(cloning: hub, as: person)
      try book.run("2026-11-20", ["sync"])
      return book
    }
    let jkim = try clone("jkim")
    let mlopez = try clone("mlopez")
    // On 2026-11-21 mlopez edits a file by hand (no journal) and syncs it; jkim changes a
    // policy with book and syncs, merging that in.
    try mlopez.edit("policies.rec", "billing: agency\n", "billing: direct\n")
    try mlopez.run("2026-11-21", ["sync"])
    try jkim.run("2026-11-21", ["-c", "set policy P-0003 premium=3.00"])
    try jkim.run("2026-11-21", ["sync"])
    let day21 = try jkim.json("2026-11-21")
    #expect(day21.contains("\"billing\": \"direct\""))
    try jkim.run("2026-11-22", ["-c", "set policy P-0003 premium=4.00"])
    // The journals cannot take the hand edit back: 2026-11-20 comes from git.
    let before = try jkim.run(
      "2026-11-22", ["--format", "json", "-c", Self.query + " as of 2026-11-20"])
    #expect(before.stdout == saved)
    #expect(before.stderr.hasPrefix("note: as of 2026-11-20 from git commit "))
    // 2026-11-21's merge holds the edit: the journals reach it and answer.
    let after = try jkim.run(
      "2026-11-22", ["--format", "json", "-c", Self.query + " as of 2026-11-21"])
    #expect(after.stdout == day21)
    #expect(after.stderr == "")
  }
}
