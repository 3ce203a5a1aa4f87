import BookLanguage
import BookModel
import BookStore
import Foundation
import Testing

/// Each Change of the journal names the commands that made it (in a script `FILE:LINE: text`),
/// never the whole script; a refused command inside a transaction leaves no trace in it.
@Suite struct ScriptJournalTests {
  /// Line n of a script: odd lines set one of 25 policies (each set by 20 lines of 1,000), even
  /// lines add a note.
  static func line(_ n: Int) -> String {
    n % 2 == 1
      ? "set policy P-00\(10 + n % 50) premium=\(1000 + n).00"
      : "add note about=ACME by=jkim at=\"2026-11-23 10:00\" text=\"line \(n)\""
  }

  @Test func aLongScriptNamesEachLineOnceAndKeepsTheJournalSmall() throws {
    let book = try LanguageBook()
    let lines = (1...1000).map(Self.line)
    let session = try book.session(unit: .script)
    #expect(
      session.run(lines.joined(separator: "\n") + "\n", file: "stdin") == 0, "\(book.output.err)")
    let journal = try #require(
      FileManager.default.attributesOfItem(atPath: book.root + "/journal/jkim.rec")[.size] as? Int)
    #expect(journal < 1_000_000, "the journal is \(journal) bytes")

    let transaction = try #require(book.directory.history().transactions.last)
    #expect(transaction.entries.count == 25 + 500)
    var named: [Int] = []
    for entry in transaction.entries {
      let commands = entry.command.split(separator: "\n").map(String.init)
      for command in commands {
        let parts = command.split(separator: ":", maxSplits: 2).map(String.init)
        let number = try #require(parts.count == 3 ? Int(parts[1]) : nil, "\(command)")
        #expect(parts[0] == "stdin")
        #expect(parts[2] == " " + lines[number - 1])
        named.append(number)
      }
      if entry.kind == .policy {
        // Policy P-00(10 + k), k odd, is set by lines k, k + 50, …, in that order.
        let k = try #require(Int(entry.id.dropFirst(2))) - 10
        #expect(commands.count == 20, "\(entry.id)")
        #expect(named.suffix(commands.count) == Array(stride(from: k, to: 1001, by: 50)))
      } else {
        #expect(commands.count == 1)
      }
    }
    #expect(named.sorted() == Array(1...1000))
    #expect(transaction.command == "stdin:1: \(lines[0]) (and 999 more)")
  }

  @Test func aScriptFileIsNamedByItsName() throws {
    let book = try LanguageBook()
    let session = try book.session(unit: .script)
    let script = "show policy P-0001\nset policy P-0001 premium=1.00\n"
    #expect(session.run(script, file: "followup.book") == 0, "\(book.output.err)")
    let entry = try #require(book.directory.history().transactions.last?.entries.first)
    #expect(entry.command == "followup.book:2: set policy P-0001 premium=1.00")
  }

  @Test(arguments: [false, true])
  func beginThenCommitLogsEachCommandNotCommit(oneLine: Bool) throws {
    let book = try LanguageBook()
    let commands = [
      "begin", "set policy P-0001 premium=1.00", "set policy P-0002 premium=2.00",
      "set policy P-0001 billing=direct", "commit",
    ]
    if oneLine {
      #expect(try book.run(commands.joined(separator: "; ")) == 0, "\(book.output.err)")
    } else {
      let session = try book.session()
      for command in commands {
        #expect(session.run(command) == 0, "\(command): \(book.output.err)")
      }
    }
    let transaction = try #require(book.directory.history().transactions.last)
    #expect(
      transaction.entries.map(\.command) == [
        "set policy P-0001 premium=1.00\nset policy P-0001 billing=direct",
        "set policy P-0002 premium=2.00",
      ])
    #expect(try book.run("log P-0002") == 0)
    #expect(
      book.output.out.contains(
        "jkim  policy P-0002  premium: 36,480.00 → 2.00  set policy P-0002 premium=2.00\n"))
  }

  @Test func aRefusedCommandInsideBeginLeavesTheTransactionAsItWas() throws {
    let book = try LanguageBook()
    let notes = try book.directory.load().records(.note).count
    let session = try book.session()
    for command in [
      "begin", "set policy P-0001 premium=1.00",
      "try set policy P-0001 premium=-5 billing=direct",
      "try add note about=NOPE by=jkim at=\"2026-11-23 10:00\" text=\"refused\"",
      "add note about=ACME by=jkim at=\"2026-11-23 10:00\" text=\"kept\"", "commit",
    ] {
      #expect(session.run(command) == 0, "\(command): \(book.output.err)")
    }
    #expect(book.output.out.contains("added note N-\(String(format: "%04d", notes + 1))\n"))
    let transaction = try #require(book.directory.history().transactions.last)
    #expect(transaction.entries.count == 2)
    let policy = try #require(transaction.entries.first { $0.kind == .policy })
    #expect(policy.command == "set policy P-0001 premium=1.00")
    #expect(policy.after?.value("premium") == "1.00")
    #expect(policy.after?.value("billing") == policy.before?.value("billing"))
    #expect(transaction.entries.last?.after?.value("text") == "kept")
  }

  @Test func aDeletionSeesWhatEarlierCommandsOfTheTransactionMadeReferToIt() throws {
    let book = try LanguageBook()
    let add = "add note about=N-0001 by=jkim at=\"2026-11-23 10:00\" text=\"see N-0001\""
    let before = book.dataFiles()
    #expect(try book.session(unit: .script).run(add + "\ndelete note N-0001\n", file: "stdin") == 1)
    #expect(
      book.output.err == """
        stdin:2:1: error: note N-0001 cannot be deleted: 1 record refers to it
          delete note N-0001
          ^
            note N-0021 (about)
          Delete or change what refers to it first (or rename it instead).

        """)
    #expect(book.dataFiles() == before)
    // Once that referrer is deleted again, nothing refers to it.
    let script = add + "\ndelete note N-0021\ndelete note N-0001\n"
    #expect(try book.session(unit: .script).run(script, file: "stdin") == 0, "\(book.output.err)")
    #expect(try book.directory.load().record(.note, "N-0001") == nil)
  }

  @Test func aLaterCommandNamesWhatAnEarlierOneAdded() throws {
    let book = try LanguageBook()
    let script = """
      add carrier id=NEWC name="New Carrier"
      set policy P-0001 carrier=NEWC
      set policies carrier=NEWC where id = P-0002
      set policy P-0003 carrier=NEWX

      """
    #expect(try book.session(unit: .script).run(script, file: "stdin") == 1)
    // The first three lines are fine; the fourth names what nothing added.
    #expect(book.output.err.hasPrefix("stdin:4:27: error: no carrier NEWX\n"), "\(book.output.err)")
    let fixed = script.replacingOccurrences(of: "NEWX", with: "NEWC")
    #expect(try book.session(unit: .script).run(fixed, file: "stdin") == 0, "\(book.output.err)")
    let after = try book.directory.load()
    #expect(
      ["P-0001", "P-0002", "P-0003"].map { after.record(.policy, $0)?.value("carrier") } == [
        "NEWC", "NEWC", "NEWC",
      ])
  }

  @Test func aPolicyEndedMidScriptReachesItsCertificatesOnceFromThatLine() throws {
    let book = try LanguageBook()
    let script = """
      set policy P-0002 premium=1.00
      set policy P-0002 status=cancelled cancelled=2026-11-30
      set policy P-0002 premium=2.00

      """
    #expect(try book.session(unit: .script).run(script, file: "stdin") == 0, "\(book.output.err)")
    let line =
      "CE-0001 for Granite Bay Builders Inc now needs reissue (P-0002 changed): cert reissue CE-0001\n"
    #expect(book.output.out.components(separatedBy: line).count == 2, "\(book.output.out)")
    #expect(book.output.out.contains("cancelled: (empty) → 2026-11-30\n" + line))
    let certificate = try #require(
      book.directory.history().transactions.last?.entries.first { $0.kind == .certificate })
    #expect(
      certificate.command == "stdin:2: set policy P-0002 status=cancelled cancelled=2026-11-30")
    #expect(certificate.after?.value("status") == "needs-reissue")
  }

  @Test func theBookAfterACommitIsTheBookOnDisk() throws {
    let book = try LanguageBook()
    let session = try book.session(unit: .script)
    // Another writer changes a file this script does not touch, after the script read the book.
    let other = try book.session()
    #expect(other.run("set account ACME notes=\"from the other writer\"") == 0)
    let script = (1...40).map(Self.line).joined(separator: "\n") + "\ndelete note N-0001\n"
    #expect(session.run(script, file: "stdin") == 0, "\(book.output.err)")
    let fresh = try book.directory.load()
    for kind in DataDirectory.dataKinds {
      let sameBytes = session.snapshot.file(kind).bytes == fresh.file(kind).bytes
      #expect(sameBytes, "\(kind)")
      #expect(session.snapshot.stamps[kind] == fresh.stamps[kind], "\(kind)")
      #expect(
        session.snapshot.records(kind).map(\.record) == fresh.records(kind).map(\.record),
        "\(kind)")
    }
    #expect(session.snapshot.record(.account, "ACME")?.value("notes") == "from the other writer")
    #expect(session.snapshot.record(.note, "N-0001") == nil)
    #expect(session.snapshot.highestNumber(.note) == fresh.highestNumber(.note))
  }
}
