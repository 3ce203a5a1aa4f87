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

  @Test func aMissingKindFileIsRefusedNotReadAsEmpty() throws {
    // A kind's file that is gone would read as no records, and a new note would be N-0001
    // again, reusing an id the journals name: the book is invalid until the file is back.
    let directory = TemporaryDirectory()
    let book = try Fixtures.book(in: directory)
    try PosixFileSystem().remove(directory.path + "/notes.rec")
    #expect {
      _ = try book.load()
    } throws: { error in
      let store = error as? StoreError
      return store?.exitCode == 3
        && store?.diagnostics.map(\.message)
          == ["notes.rec is missing: the book has a file for every kind"]
    }
    #expect(directory.bytes("notes.rec") == nil)
  }
}
