import BookLanguage
import BookModel
import BookStore
import Testing

/// The audit follow-up fields on the example book (an audit in each state), at its pinned day
/// 2026-11-23 and at another day.
@Suite struct AuditDerivedFieldTests {
  let book: ExampleBook

  init() throws {
    book = try ExampleBook()
  }

  @Test(arguments: [
    // Mail, requested 2026-09-12, unanswered: the final request was due 2026-10-12.
    ("AU-0004", "2026-11-23", "final_request_due", Value.bool(true)),
    ("AU-0004", "2026-10-11", "final_request_due", .bool(false)),
    ("AU-0004", "2026-10-12", "final_request_due", .bool(true)),
    ("AU-0004", "2026-11-23", "days_open", .int(95)),
    ("AU-0004", "2026-11-23", "overdue", .bool(true)),
    // A physical audit is never due a final request.
    ("AU-0003", "2026-11-23", "final_request_due", .bool(false)),
    // Received: not overdue though past due.
    ("AU-0001", "2026-11-23", "overdue", .bool(false)),
    ("AU-0001", "2026-11-23", "days_open", .int(312)),
    // Scheduled, period ended 2026-10-15, due 2026-11-14.
    ("AU-0002", "2026-11-14", "overdue", .bool(false)),
    ("AU-0002", "2026-11-15", "overdue", .bool(true)),
    ("AU-0002", "2026-10-01", "days_open", .int(0)),
    // Closed and waived audits are not open.
    ("AU-0012", "2026-11-23", "days_open", .empty),
    ("AU-0010", "2026-11-23", "days_open", .empty),
    // Noncompliant mail audit: no longer awaiting an answer.
    ("AU-0011", "2026-11-23", "final_request_due", .bool(false)),
    ("AU-0011", "2026-11-23", "overdue", .bool(false)),
    ("AU-0013", "2026-11-23", "additional", V.money("-3675.20")),
  ])
  func value(id: String, today: String, field: String, expected: Value) throws {
    let resolver = book.resolver(today: ExampleBook.day(today))
    let record = try book.record(.audit, id)
    #expect(try resolver.value([field], of: record, kind: .audit) == expected)
  }
}
