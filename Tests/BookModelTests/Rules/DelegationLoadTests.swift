import BookModel
import Testing

/// `workload`'s counts: by status, due this week (today through six days on), overdue, done in
/// the last 30 days, and the ones still to do by priority; others' and unknown people's aside.
@Suite struct DelegationLoadTests {
  static func delegation(
    _ id: String, to: String = "mlopez", due: String, status: String,
    priority: String = "normal", closed: String? = nil
  ) throws -> Delegation {
    var fields = [
      ("id", id), ("from", "jkim"), ("to", to), ("task", "Task"), ("priority", priority),
      ("created", "2026-01-01"), ("due", due), ("status", status),
    ]
    if let closed { fields.append(("closed", closed)) }
    return try Delegation(record(fields))
  }

  @Test func countsEachPersonsDelegations() throws {
    let delegations = [
      try Self.delegation("D-0001", due: "2026-11-22", status: "open", priority: "high"),
      try Self.delegation("D-0002", due: "2026-11-23", status: "in-progress"),
      try Self.delegation("D-0003", due: "2026-11-29", status: "waiting"),
      try Self.delegation("D-0004", due: "2026-11-30", status: "open", priority: "low"),
      try Self.delegation("D-0005", due: "2026-10-01", status: "done", closed: "2026-10-25"),
      try Self.delegation("D-0006", due: "2026-10-01", status: "done", closed: "2026-10-24"),
      try Self.delegation("D-0007", due: "2026-10-01", status: "cancelled", closed: "2026-11-20"),
      try Self.delegation("D-0008", to: "tnguyen", due: "2026-11-01", status: "open"),
      try Self.delegation("D-0009", to: "nobody", due: "2026-11-01", status: "open"),
    ]
    let loads = DelegationLoad.count(
      delegations, people: ["mlopez", "jkim"], on: day("2026-11-23"))
    #expect(loads.map(\.person) == ["mlopez", "jkim"])
    let mine = loads[0]
    #expect(mine.open == 2 && mine.inProgress == 1 && mine.waiting == 1 && mine.toDo == 4)
    #expect(mine.overdue == 1)  // D-0001, due yesterday
    #expect(mine.dueThisWeek == 2)  // D-0002 today, D-0003 in six days; D-0004 in seven is not
    #expect(mine.doneLast30Days == 1)  // closed 29 days ago counts, 30 days ago does not
    #expect(mine.byPriority == [.high: 1, .normal: 2, .low: 1])
    #expect(loads[1] == DelegationLoad(person: "jkim"))
  }
}
