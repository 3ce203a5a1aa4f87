import Foundation
import Testing

/// A book a person can start: `init` puts you on the team, an empty team lets you add
/// yourself, and `book` finds the book from inside it.
@Suite struct NewBookTests {
  /// The first records of a book, with the commands `help add` shows.
  static let firstRecords = [
    "add person id=mlopez name=\"Maria Lopez\" role=advocate",
    "add carrier id=TRAV name=\"Travelers\"",
    "add account id=ACME name=\"Acme Roofing LLC\" status=active",
    "add policy account=ACME line=GL carrier=TRAV number=GL-1 effective=2026-01-15"
      + " expiration=2027-01-15 premium=12,500 status=active",
  ]

  @Test func initWithBookUserPutsThemOnTheTeamAndTheFirstChangesWork() throws {
    let scratch = Scratch()
    let root = scratch.path + "/mybook"
    let made = try BookBinary.run(
      ["init", root, "--name", "Acme Insurance Services"], environment: ["BOOK_USER": "ana"])
    #expect(made.status == 0, "\(made.stderr)")
    #expect(
      made.stdout == """
        made an empty book in \(root), with you (ana) on its team as manager
        open it with: book --data \(root)

        """)
    #expect(scratch.text("mybook/team.rec").hasSuffix("\nid: ana\nname: ana\nrole: manager\n"))
    for command in Self.firstRecords {
      let result = try BookBinary.run(
        ["--data", root, "-c", command], environment: ["BOOK_USER": "ana"])
      #expect(result.status == 0, "\(command): \(result.stderr)")
    }
    let check = try BookBinary.run(["check", "--data", root])
    #expect(check.stdout == "ok: \(root) is valid — 2 team, 1 carrier, 1 account, 1 policy\n")
  }

  @Test func initWithUserAndUserNameWorksFromASubdirectoryWithoutData() throws {
    let scratch = Scratch()
    let made = try BookBinary.run(
      ["init", "agency", "--user", "jdoe", "--user-name", "Jane Doe"], in: scratch.path)
    #expect(made.status == 0, "\(made.stderr)")
    #expect(
      made.stdout == """
        made an empty book in agency, with you (jdoe, Jane Doe) on its team as manager
        open it with: book --data agency

        """)
    #expect(
      scratch.text("agency/team.rec").hasSuffix("\nid: jdoe\nname: Jane Doe\nrole: manager\n"))
    let deeper = scratch.path + "/agency/letters/2026"
    try FileManager.default.createDirectory(atPath: deeper, withIntermediateDirectories: true)
    for command in Self.firstRecords {
      let result = try BookBinary.run(
        ["-c", command], environment: ["BOOK_USER": "jdoe"], in: deeper)
      #expect(result.status == 0, "\(command): \(result.stderr)")
    }
    let count = try BookBinary.run(["-c", "count policies"], in: deeper)
    #expect(count.stdout == "1\n", "\(count.stderr)")
    // The book found is the one above, named as the system names the working directory.
    let real = URL(fileURLWithPath: scratch.path + "/agency").resolvingSymlinksInPath().path
    let check = try BookBinary.run(["check"], in: deeper)
    #expect(check.stdout == "ok: \(real) is valid — 2 team, 1 carrier, 1 account, 1 policy\n")
  }

  @Test func outsideAnyBookTheMessageSaysWhereBookLooks() throws {
    let scratch = Scratch()
    let result = try BookBinary.run(["-c", "count accounts"], in: scratch.path)
    #expect(result.status == 2)
    #expect(
      result.stderr == """
        error: no data directory: give --data DIR, set BOOK_DATA, or run inside a book \
        (a directory holding agency.rec, or below one) or where ./book/ holds one
          Try the demo: book init demo --example && book --data demo

        """)
  }

  @Test func anInvalidUserIdIsAUsageError() throws {
    let scratch = Scratch()
    let result = try BookBinary.run(["init", "x", "--user", "Jane Doe"], in: scratch.path)
    #expect(result.status == 2)
    #expect(
      result.stderr.hasPrefix(
        "Error: --user: 'Jane Doe' cannot be a user id: use letters, digits, '-', '_' or '.'\n"))
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/x"))
  }

  /// A book whose team.rec has its descriptor and no one.
  static func emptyTeam(_ scratch: Scratch) throws -> String {
    let root = scratch.path + "/book"
    let made = try BookBinary.run(["init", root, "--user", "ana"])
    #expect(made.status == 0, "\(made.stderr)")
    let team = scratch.text("book/team.rec")
    let descriptor = try #require(team.components(separatedBy: "\nid: ana").first)
    try scratch.write("book/team.rec", descriptor + "\n")
    return root
  }

  @Test func withAnEmptyTeamYouMayAddYourselfAndNoOneElse() throws {
    let scratch = Scratch()
    let root = try Self.emptyTeam(scratch)
    let before = scratch.dataFiles("book")
    let other = try BookBinary.run(
      ["--data", root, "-c", "add person id=mlopez name=\"Maria Lopez\" role=advocate"],
      environment: ["BOOK_USER": "ana"])
    #expect(other.status == 1)
    #expect(
      other.stderr == """
        error: this book's team has no one yet, so its first change must add you (ana) to it
          Add yourself with: add person id=ana name="ana" role=manager

        """)
    #expect(scratch.dataFiles("book") == before)
    let account = try BookBinary.run(
      ["--data", root, "-c", "add account id=ACME name=\"Acme\" status=active"],
      environment: ["BOOK_USER": "ana"])
    #expect(account.status == 1)
    #expect(account.stderr == other.stderr)
    let yourself = try BookBinary.run(
      ["--data", root, "-c", "add person id=ana name=\"Ana Ortiz\" role=manager"],
      environment: ["BOOK_USER": "ana"])
    #expect(yourself.status == 0, "\(yourself.stderr)")
    let again = try BookBinary.run(
      ["--data", root, "-c", "add person id=mlopez name=\"Maria Lopez\" role=advocate"],
      environment: ["BOOK_USER": "ana"])
    #expect(again.status == 0, "\(again.stderr)")
  }

  @Test func aScriptThatAddsYouFirstMayGoOnToAddTheRest() throws {
    let scratch = Scratch()
    let root = try Self.emptyTeam(scratch)
    let script = (["add person id=ana name=\"Ana Ortiz\" role=manager"] + Self.firstRecords)
      .joined(separator: "\n")
    let result = try BookBinary.run(
      ["--data", root], environment: ["BOOK_USER": "ana"], stdin: script)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try BookBinary.run(["--data", root, "-c", "count team"]).stdout == "2\n")
  }

  @Test func aStrangerToATeamIsToldHowToJoinIt() throws {
    let scratch = Scratch()
    let root = scratch.path + "/book"
    try BookBinary.run(["init", root, "--user", "ana"])
    let result = try BookBinary.run(
      ["--data", root, "-c", "add carrier id=TRAV name=Travelers"],
      environment: ["BOOK_USER": "zed"])
    #expect(result.status == 1)
    #expect(
      result.stderr == """
        error: you (zed) are not on this book's team, so your changes cannot be recorded
          Set BOOK_USER to your id on the team; see who is on it with: team
          A manager on the team can add you with: add person id=zed name="zed" role=manager

        """)
  }
}
