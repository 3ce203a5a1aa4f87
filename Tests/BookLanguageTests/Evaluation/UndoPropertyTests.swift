import BookLanguage
import Testing

/// Random change sequences followed by as many `undo`s leave the data files (journal aside)
/// byte for byte as they were; `undo` then `redo` equals the change.
@Suite struct UndoPropertyTests {
  static func change(_ g: inout SeededGenerator, step: Int) -> String {
    let policy = "P-00\(10 + Int.random(in: 0..<60, using: &g))"
    switch Int.random(in: 0..<8, using: &g) {
    case 0: return "set policy \(policy) premium=\(Int.random(in: 100...90_000, using: &g)).50"
    case 1: return "set policy \(policy) billing=direct stage=submitted"
    case 2:
      return "add note about=ACME by=jkim at=\"2026-11-23 10:0\(step % 10)\" text=\"step \(step)\""
    case 3: return "delete note N-000\(Int.random(in: 1...4, using: &g))"
    case 4: return "rename carrier HART HART\(step)"
    case 5: return "set policies stage=quoted where line = GL and carrier = TRAV"
    case 6: return "set account ACME notes=\"\""
    default:
      return
        "add delegation from=jkim to=mlopez about=ACME task=\"Call \(step)\" priority=normal created=2026-11-23 due=+5d status=open"
    }
  }

  @Test func changesThenAsManyUndosLeaveTheFilesAsTheyWere() throws {
    var total = 0
    defer { #expect(total >= 20, "the random sequences changed too little to test undo") }
    for seed in 1...12 {
      var generator = SeededGenerator(state: UInt64(seed) * 7919)
      let book = try LanguageBook()
      let start = book.dataFiles()
      var committed = 0
      for step in 0..<Int.random(in: 1...6, using: &generator) {
        let command = Self.change(&generator, step: step)
        let before = book.dataFiles()
        if try book.run(command) == 0 {
          if book.dataFiles() != before { committed += 1 }
        } else {
          #expect(book.dataFiles() == before, "a refused command changed files: \(command)")
        }
      }
      total += committed
      for _ in 0..<committed {
        #expect(try book.run("undo") == 0, "seed \(seed): \(book.output.err)")
      }
      #expect(book.dataFiles() == start, "seed \(seed): files differ after \(committed) undos")
    }
  }

  @Test(arguments: [3, 17, 101])
  func oneUndoAfterALongScriptLeavesTheFilesAsTheyWere(seed: Int) throws {
    var generator = SeededGenerator(state: UInt64(seed) * 104_729)
    let book = try LanguageBook()
    let start = book.dataFiles()
    // `try` keeps the script going past a refused command (which must leave no trace).
    let script = (0..<300).map { step in
      switch Int.random(in: 0..<10, using: &generator) {
      case 0: return "try delete note N-00\(10 + Int.random(in: 0..<40, using: &generator))"
      case 1: return "try set policies billing=direct where line = GL and carrier = TRAV"
      default: return "try " + Self.change(&generator, step: step)
      }
    }
    let session = try book.session(unit: .script)
    #expect(session.run(script.joined(separator: "\n") + "\n", file: "stdin") == 0)
    #expect(book.dataFiles() != start, "seed \(seed): the script changed nothing")
    let entries = try #require(book.directory.history().transactions.last?.entries)
    #expect(entries.count >= 50, "seed \(seed): only \(entries.count) records changed")
    #expect(entries.allSatisfy { $0.command.hasPrefix("stdin:") }, "seed \(seed)")
    #expect(try book.run("undo") == 0, "seed \(seed): \(book.output.err)")
    #expect(book.dataFiles() == start, "seed \(seed): files differ after the undo")
  }

  @Test func undoThenRedoEqualsTheChange() throws {
    let book = try LanguageBook()
    for command in [
      "set policy P-0001 premium=13250.00", "delete note N-0002",
      "add note about=ACME by=jkim at=\"2026-11-23 10:00\" text=\"hello\"",
      "rename account ACME ACMER",
    ] {
      #expect(try book.run(command) == 0, "\(command): \(book.output.err)")
      let after = book.dataFiles()
      #expect(try book.run("undo") == 0)
      #expect(book.dataFiles() != after)
      #expect(try book.run("redo") == 0, "\(book.output.err)")
      #expect(book.dataFiles() == after, "redo of \(command)")
    }
  }

  @Test func undoIsRefusedWhenSomeoneChangedTheRecordSince() throws {
    let book = try LanguageBook()
    #expect(try book.run("set policy P-0001 premium=13250.00") == 0)
    let changed = book.dataFiles()
    let other = try book.session()
    other.context.user = "mlopez"
    #expect(other.run("set policy P-0001 premium=1") == 0, "\(book.output.err)")
    let afterOther = book.dataFiles()
    #expect(afterOther != changed)
    #expect(try book.run("undo") == 4)
    #expect(book.output.err.contains("policy P-0001 was changed by someone else since it was read"))
    #expect(book.dataFiles() == afterOther)
  }
}
