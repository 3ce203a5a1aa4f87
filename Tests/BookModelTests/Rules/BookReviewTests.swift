import BookModel
import Testing

/// The annual book review's figures: delegations done in the year on time, late or
/// unsuccessful, the on-time rate half up, what is open and overdue now, certificates issued in
/// the year on a policy not in force, pending audits, renewals within 120 days, subjectivities
/// past due — only the advocate's accounts and the year asked.
@Suite struct BookReviewTests {
  static func delegation(
    _ id: String, due: String, status: String, closed: String? = nil, outcome: String? = nil,
    to: String = "mlopez"
  ) -> Record {
    var fields = [
      ("id", id), ("from", "jkim"), ("to", to), ("task", "Task \(id)"), ("priority", "normal"),
      ("created", "2025-01-01"), ("due", due), ("status", status),
    ]
    if let closed { fields.append(("closed", closed)) }
    if let outcome { fields.append(("outcome", outcome)) }
    return record(fields)
  }

  static let book = ListedBook(records: [
    .account: [
      record([("id", "ACME"), ("name", "Acme"), ("advocate", "mlopez")]),
      record([("id", "OTHER"), ("name", "Other"), ("advocate", "tnguyen")]),
    ],
    .policy: [
      record([
        ("id", "P-0001"), ("account", "ACME"), ("line", "GL"), ("effective", "2026-01-15"),
        ("expiration", "2027-01-15"), ("status", "active"),
      ]),
      record([
        ("id", "P-0031"), ("account", "ACME"), ("line", "GL"), ("effective", "2025-10-01"),
        ("expiration", "2026-10-01"), ("status", "expired"),
      ]),
      record([
        ("id", "P-0090"), ("account", "OTHER"), ("line", "GL"), ("effective", "2026-01-15"),
        ("expiration", "2027-01-15"), ("status", "active"),
      ]),
    ],
    .delegation: [
      delegation("D-0001", due: "2026-03-10", status: "done", closed: "2026-03-10"),
      delegation("D-0002", due: "2026-03-10", status: "done", closed: "2026-03-11"),
      delegation(
        "D-0003", due: "2026-05-01", status: "done", closed: "2026-04-30", outcome: "unsuccessful"),
      delegation("D-0004", due: "2025-12-01", status: "done", closed: "2025-12-31"),
      delegation("D-0005", due: "2026-11-22", status: "open"),
      delegation("D-0006", due: "2026-11-23", status: "waiting"),
      delegation("D-0007", due: "2026-11-01", status: "open", to: "tnguyen"),
    ],
    .certificate: [
      record([
        ("id", "CE-0001"), ("account", "ACME"), ("holder", "A"), ("policy", "P-0001"),
        ("issued", "2026-02-03"), ("status", "issued"),
      ]),
      record([
        ("id", "CE-0007"), ("account", "ACME"), ("holder", "B"), ("policy", "P-0031"),
        ("issued", "2026-03-10"), ("status", "issued"),
      ]),
      record([
        ("id", "CE-0008"), ("account", "ACME"), ("holder", "C"), ("policy", "P-0031"),
        ("issued", "2025-11-10"), ("status", "issued"),
      ]),
    ],
    .audit: [
      record([
        ("id", "AU-0001"), ("policy", "P-0031"), ("type", "mail"),
        ("period_start", "2025-10-01"), ("period_end", "2026-10-01"), ("status", "requested"),
      ]),
      record([
        ("id", "AU-0002"), ("policy", "P-0031"), ("type", "mail"),
        ("period_start", "2025-10-01"), ("period_end", "2026-10-01"), ("status", "closed"),
      ]),
    ],
    .subjectivity: [
      record([
        ("id", "S-0001"), ("policy", "P-0001"), ("text", "App"), ("due", "2026-11-22"),
        ("status", "open"),
      ]),
      record([
        ("id", "S-0002"), ("policy", "P-0090"), ("text", "App"), ("due", "2026-11-01"),
        ("status", "open"),
      ]),
    ],
  ])

  @Test func theYearOfAnAdvocate() {
    let review = BookReview(
      person: "mlopez", year: 2026,
      context: SweepContext(lookup: Self.book, today: day("2026-11-23")))
    #expect(review.accounts == ["ACME"])
    #expect(review.done.map(\.delegation.id) == ["D-0001", "D-0002", "D-0003"])
    #expect(review.onTimeCount == 2)  // closed on the due day counts as on time
    #expect(review.lateCount == 1)
    #expect(review.unsuccessfulCount == 1)
    #expect(review.onTimeRate == 67)  // 2 of 3, half up
    #expect(review.open.map(\.id) == ["D-0005", "D-0006"])
    #expect(review.overdueCount == 1)
    #expect(review.certificates == ["CE-0001", "CE-0007"])
    #expect(review.lapsedCertificates == ["CE-0007"])
    #expect(review.pendingAudits == ["AU-0001"])
    #expect(review.renewals.map(\.policy) == ["P-0001"])
    #expect(review.renewals.first?.stage == "not-started")
    #expect(review.pastDueSubjectivities == ["S-0001"])
  }

  @Test func aYearWithNothingDoneHasNoRate() {
    let review = BookReview(
      person: "mlopez", year: 2024,
      context: SweepContext(lookup: Self.book, today: day("2026-11-23")))
    #expect(review.done.isEmpty)
    #expect(review.onTimeRate == nil)
  }
}
