import BookModel
import Testing

@testable import BookStore

/// The per-person undo and redo stacks, replayed from the journal's marks alone.
@Suite struct UndoStackTests {
  func transaction(
    _ txn: String, user: String = "jkim", undoes: String? = nil, redoes: String? = nil
  ) -> JournalTransaction {
    JournalTransaction(
      txn: txn, time: "2026-11-23 09:30:00", day: Fixtures.day("2026-11-23"), user: user,
      command: txn, undoes: undoes, redoes: redoes, entries: [])
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var steps: [String]
    var undoable: String?
    var redoable: String?
    var testDescription: String { steps.joined(separator: " ") }
  }

  /// Steps: `T1` an ordinary change; `U1:T1` undoes T1; `R1:U1` redoes U1; `m:X` mlopez's.
  static let cases: [Case] = [
    Case(steps: [], undoable: nil, redoable: nil),
    Case(steps: ["T1", "T2"], undoable: "T2", redoable: nil),
    Case(steps: ["T1", "T2", "U2:T2"], undoable: "T1", redoable: "U2"),
    Case(steps: ["T1", "T2", "U2:T2", "U1:T1"], undoable: nil, redoable: "U1"),
    Case(steps: ["T1", "T2", "U2:T2", "U1:T1", "R1:U1"], undoable: "R1", redoable: "U2"),
    Case(
      steps: ["T1", "T2", "U2:T2", "U1:T1", "R1:U1", "R2:U2"], undoable: "R2", redoable: nil),
    Case(steps: ["T1", "U1:T1", "T2"], undoable: "T2", redoable: nil),
    Case(steps: ["T1", "U1:T1", "R1:U1", "V1:R1"], undoable: nil, redoable: "V1"),
    Case(steps: ["T1", "m:M1", "m:N1:M1"], undoable: "T1", redoable: nil),
    Case(steps: ["T1", "U1:T1", "m:M1"], undoable: nil, redoable: "U1"),
  ]

  @Test(arguments: cases)
  func stacks(_ example: Case) {
    var transactions: [JournalTransaction] = []
    for step in example.steps {
      var parts = step.split(separator: ":").map(String.init)
      var user = "jkim"
      if parts.first == "m" {
        user = "mlopez"
        parts.removeFirst()
      }
      let txn = parts[0]
      let target = parts.count > 1 ? parts[1] : nil
      let undo = target != nil && (txn.hasPrefix("U") || txn.hasPrefix("V") || txn.hasPrefix("N"))
      transactions.append(
        transaction(
          txn, user: user, undoes: undo ? target : nil, redoes: undo ? nil : target))
    }
    let history = History(transactions)
    #expect(history.lastUndoable(user: "jkim")?.txn == example.undoable)
    #expect(history.lastRedoable(user: "jkim")?.txn == example.redoable)
  }

  @Test func commitOrderIsByTimeThenPersonThenJournalOrder() {
    func at(_ txn: String, _ time: String) -> JournalTransaction {
      var transaction = transaction(txn)
      transaction.time = time
      return transaction
    }
    let jkim = [
      at("a", "2026-11-23 09:30:00"), at("b", "2026-11-23 09:30:00"),
      at("c", "2026-11-23 09:29:00"),
    ]
    let mlopez = [at("x", "2026-11-23 09:29:30"), at("y", "2026-11-23 09:30:00")]
    // c's clock went back: it stays after b.
    #expect(JournalReader.merge([jkim, mlopez]).map(\.txn) == ["x", "a", "b", "c", "y"])
  }
}
