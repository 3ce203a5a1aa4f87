import BookModel
import Testing

@testable import BookStore

/// Swift Testing has an `ExitStatus` of its own.
typealias BookExitStatus = BookModel.ExitStatus

/// The exit statuses as DESIGN.md numbers them, and the store's errors mapped onto them.
@Suite struct ExitStatusTests {
  @Test func theStatusesAreDesignsNumbers() {
    #expect(BookExitStatus.allCases.map(\.rawValue) == [0, 1, 2, 3, 4])
    #expect(BookExitStatus.allCases == [.ok, .failed, .usage, .invalidBook, .busy])
  }

  static let errors: [(StoreError, BookExitStatus)] = [
    (.invalidBook([]), .invalidBook),
    (
      .writeFailed(
        FileSystemError(operation: "write", path: "x", reason: "full", code: 28), restored: true),
      .invalidBook
    ),
    (.refused([]), .failed),
    (.pinnedDay(Fixtures.day("2026-01-01")), .failed),
    (.lockTimeout(seconds: 1), .busy),
    (.conflict(kind: .account, id: "ACME", reason: "changed"), .busy),
  ]

  @Test(arguments: errors)
  func eachStoreErrorHasItsStatus(error: StoreError, status: BookExitStatus) {
    #expect(error.status == status)
    #expect(error.exitCode == status.rawValue)
  }
}
