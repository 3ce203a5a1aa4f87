import BookModel
import Testing

@testable import BookStore

/// A delete of a record others refer to is refused (exit 1), listing what refers to it.
@Suite struct DeleteReferencedTests {
  @Test func deletingAReferencedAccountListsTenReferrersAndSaysWhatToDo() throws {
    let directory = TemporaryDirectory()
    let book = try ExampleCopy.make(in: directory)
    let before = ExampleCopy.files(book)
    var transaction = Transaction(base: try book.load())
    let referrers = transaction.referrers(to: .account, "ACME")
    #expect(referrers.count > 10)
    try transaction.delete(.account, "ACME")
    #expect {
      try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    } throws: { error in
      guard let error = error as? StoreError, case .refused(let problems) = error else {
        return false
      }
      let expectedNotes =
        referrers.prefix(10).map { "  " + $0 } + [
          "  … and \(referrers.count - 10) more",
          "Delete or change what refers to it first (or rename it instead).",
        ]
      return error.exitCode == 1
        && problems.map(\.message) == [
          "account ACME cannot be deleted: \(referrers.count) records refer to it"
        ]
        && problems.first?.notes == expectedNotes
    }
    #expect(ExampleCopy.differences(ExampleCopy.files(book), before) == [])
  }

  @Test func aRecordNothingRefersToHasNoReferrers() throws {
    let directory = TemporaryDirectory()
    let book = try ExampleCopy.make(in: directory)
    let transaction = Transaction(base: try book.load())
    #expect(transaction.referrers(to: .note, "N-0001").isEmpty)
  }

  @Test func aKindsFileMadeByAnAddIsLeftHoldingItsDescriptorByItsUndo() throws {
    // Decided: a missing kind's file that an add creates stays after the undo, as the empty
    // file `init` writes (its descriptor alone): `check` reads the same book either way.
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    try PosixFileSystem().remove(directory.path + "/notes.rec")
    var transaction = Transaction(base: try book.load())
    try transaction.add(
      .note,
      Record([
        Field("about", "ACME"), Field("by", "jkim"), Field("at", "2026-11-23 09:15"),
        Field("text", "first"),
      ]))
    _ = try book.commit(transaction, Fixtures.request, clock: Fixtures.clock)
    try book.undoLast()
    #expect(directory.text("notes.rec") == KindID.note.spec.descriptor)
  }
}
