import BookModel
import Testing

/// The delegation rules beyond one record: the next occurrence of a recurring one, the action
/// a task's words suggest, and the write-time guards (lifecycle, closed twice, due before
/// today).
@Suite struct DelegationGuardTests {
  static func delegation(due: String, every: String?, status: String = "open") throws
    -> Delegation
  {
    var fields: [(String, String)] = [
      ("id", "D-0001"), ("from", "jkim"), ("to", "mlopez"), ("task", "Reconcile"),
      ("priority", "normal"), ("created", "2027-01-01"), ("due", due), ("status", status),
    ]
    if let every { fields.append(("every", every)) }
    return try Delegation(record(fields))
  }

  @Test func aMonthlyOneDoneOnJanuary31IsNextDueFebruary28() throws {
    let done = try Self.delegation(due: "2027-01-31", every: "monthly")
    let next = try #require(done.nextOccurrence(on: day("2027-01-31")))
    #expect(next.due == day("2027-02-28"))
    #expect(next.created == day("2027-01-31"))
    #expect(next.status == .open)
    #expect(next.closed == nil && next.outcome == nil)
    #expect(next.task == "Reconcile" && next.to == "mlopez")
  }

  @Test func aLateOneComesBackOnTheFirstOccurrenceNotBeforeToday() throws {
    let late = try Self.delegation(due: "2027-01-05", every: "weekly")
    #expect(late.nextOccurrence(on: day("2027-01-20"))?.due == day("2027-01-26"))
    #expect(late.nextOccurrence(on: day("2027-01-12"))?.due == day("2027-01-12"))
  }

  @Test func aOneOffHasNoNextOccurrence() throws {
    #expect(
      try Self.delegation(due: "2027-01-31", every: nil).nextOccurrence(on: day("2027-01-31"))
        == nil)
  }

  @Test(
    arguments: [
      ("Request 5-year loss runs", DelegationAction.lossRuns),
      ("Issue a certificate to the city", .certificate),
      ("Send the audit worksheet", .audit),
      ("Collect renewal applications", .renewal),
      ("Chase the open invoice", .billing),
      ("Mail CE-0012 to the city clerk", nil),
    ] as [(String, DelegationAction?)])
  func theActionIsGuessedFromTheTask(task: String, action: DelegationAction?) {
    #expect(Delegation.guessedAction(for: task) == action)
  }

  @Test func closingADoneOneAgainIsRefused() throws {
    let done = try Self.delegation(due: "2027-01-31", every: nil, status: "done")
    let refusal = try #require(done.closingRefusal)
    #expect(refusal.message == "already done")
    #expect(try Self.delegation(due: "2027-01-31", every: nil).closingRefusal == nil)
  }
}
