import Testing

@testable import BookStore

@Suite struct RecMergeTests {
  static let descriptor = "%rec: Policy\n%key: id\n%mandatory: id\n"
  static let base =
    descriptor + """

      id: P-0001
      premium: 100.00
      status: active
      form: A
      limit: each 1

      id: P-0002
      premium: 200.00

      """

  /// One merge case: the two sides as edits of the base, and the file expected.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var ours: String
    var theirs: String
    var expected: String
    var conflicts: [String] = []
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "different fields of one record both survive",
      ours: base.replacingOccurrences(of: "premium: 100.00", with: "premium: 150.00"),
      theirs: base.replacingOccurrences(of: "status: active", with: "status: cancelled"),
      expected: base.replacingOccurrences(of: "premium: 100.00", with: "premium: 150.00")
        .replacingOccurrences(of: "status: active", with: "status: cancelled")),
    Case(
      name: "a form added here and a limit changed there both survive",
      ours: base.replacingOccurrences(of: "form: A\n", with: "form: A\nform: B\n"),
      theirs: base.replacingOccurrences(of: "limit: each 1", with: "limit: each 2"),
      expected: base.replacingOccurrences(of: "form: A\n", with: "form: A\nform: B\n")
        .replacingOccurrences(of: "limit: each 1", with: "limit: each 2")),
    Case(
      name: "forms added on both sides are both kept, in an order either side gives",
      ours: base.replacingOccurrences(of: "form: A\n", with: "form: A\nform: C\n"),
      theirs: base.replacingOccurrences(of: "form: A\n", with: "form: A\nform: B\n"),
      expected: base.replacingOccurrences(of: "form: A\n", with: "form: A\nform: B\nform: C\n")),
    Case(
      name: "the same field changed differently is a conflict, ours in place",
      ours: base.replacingOccurrences(of: "premium: 100.00", with: "premium: 150.00"),
      theirs: base.replacingOccurrences(of: "premium: 100.00", with: "premium: 175.00"),
      expected: base.replacingOccurrences(of: "premium: 100.00", with: "premium: 150.00"),
      conflicts: ["P-0001 premium: 100.00 | 150.00 | 175.00"]),
    Case(
      name: "the same change on both sides is no conflict",
      ours: base.replacingOccurrences(of: "premium: 200.00", with: "premium: 210.00\nnote: x"),
      theirs: base.replacingOccurrences(of: "premium: 200.00", with: "premium: 210.00"),
      expected: base.replacingOccurrences(of: "premium: 200.00", with: "premium: 210.00\nnote: x")
    ),
    Case(
      name: "deleted on one side and unchanged on the other is deleted",
      ours: base.replacingOccurrences(of: "\nid: P-0002\npremium: 200.00\n", with: ""),
      theirs: base.replacingOccurrences(of: "status: active", with: "status: bound"),
      expected: base.replacingOccurrences(of: "\nid: P-0002\npremium: 200.00\n", with: "")
        .replacingOccurrences(of: "status: active", with: "status: bound")),
    Case(
      name: "deleted on one side and changed on the other is a conflict",
      ours: base.replacingOccurrences(of: "premium: 200.00", with: "premium: 250.00"),
      theirs: base.replacingOccurrences(of: "\nid: P-0002\npremium: 200.00\n", with: ""),
      expected: base.replacingOccurrences(of: "premium: 200.00", with: "premium: 250.00"),
      conflicts: [
        "P-0002 -: id: P-0002\npremium: 200.00 | id: P-0002\npremium: 250.00 | (none)"
      ]),
    Case(
      name: "records added on both sides are both kept, by id",
      ours: base + "\nid: P-0004\npremium: 4.00\n",
      theirs: base + "\nid: P-0003\npremium: 3.00\n",
      expected: base + "\nid: P-0003\npremium: 3.00\n\nid: P-0004\npremium: 4.00\n"),
    Case(
      name: "the same record added on both sides is one",
      ours: base + "\nid: P-0003\npremium: 3.00\n",
      theirs: base + "\nid: P-0003\npremium: 3.00\n",
      expected: base + "\nid: P-0003\npremium: 3.00\n"),
    Case(
      name: "comments and the descriptor changed on one side are kept",
      ours: "# the policies\n"
        + base.replacingOccurrences(of: "premium: 200.00", with: "premium: 1.00"),
      theirs: base.replacingOccurrences(of: "%mandatory: id\n", with: "%mandatory: id premium\n")
        .replacingOccurrences(of: "\nid: P-0002", with: "\n# second\nid: P-0002"),
      expected: "# the policies\n"
        + base.replacingOccurrences(of: "%mandatory: id\n", with: "%mandatory: id premium\n")
        .replacingOccurrences(
          of: "\nid: P-0002\npremium: 200.00", with: "\n# second\nid: P-0002\npremium: 1.00")),
    Case(
      name: "a descriptor changed differently on both sides is a conflict of its own",
      ours: base.replacingOccurrences(of: "%mandatory: id\n", with: "%mandatory: id premium\n"),
      theirs: base.replacingOccurrences(of: "%mandatory: id\n", with: "%mandatory: id status\n"),
      expected: base.replacingOccurrences(of: "%mandatory: id\n", with: "%mandatory: id premium\n"),
      conflicts: [
        "%rec -: %rec: Policy\n%key: id\n%mandatory: id | %rec: Policy\n%key: id\n%mandatory: id premium | %rec: Policy\n%key: id\n%mandatory: id status"
      ]),
  ]

  static func summary(_ conflict: MergeConflict) -> String {
    "\(conflict.place): "
      + [conflict.base, conflict.ours, conflict.theirs].map { $0 ?? "(none)" }.joined(
        separator: " | ")
  }

  @Test(arguments: cases) func mergesRecordByRecordAndFieldByField(_ test: Case) throws {
    let outcome = RecMerge.merge(
      base: Array(Self.base.utf8), ours: Array(test.ours.utf8), theirs: Array(test.theirs.utf8),
      path: "policies.rec")
    guard case .merged(let bytes, let conflicts) = outcome else {
      Issue.record("not merged: \(outcome)")
      return
    }
    #expect(String(decoding: bytes, as: UTF8.self) == test.expected)
    #expect(conflicts.map(Self.summary) == test.conflicts)
  }

  @Test(arguments: cases.filter(\.conflicts.isEmpty))
  func withoutAConflictEitherSideAsOursGivesTheSameFile(_ test: Case) throws {
    let one = RecMerge.merge(
      base: Array(Self.base.utf8), ours: Array(test.ours.utf8), theirs: Array(test.theirs.utf8),
      path: "policies.rec")
    let other = RecMerge.merge(
      base: Array(Self.base.utf8), ours: Array(test.theirs.utf8), theirs: Array(test.ours.utf8),
      path: "policies.rec")
    #expect(one == other)
  }

  @Test func conflictMarkersOrAnUnreadableSideFallBackToAPlainConflict() {
    let marked = Self.base + "<<<<<<< ours\nid: P-0009\n=======\n>>>>>>> theirs\n"
    #expect(
      RecMerge.merge(
        base: Array(Self.base.utf8), ours: Array(marked.utf8),
        theirs: Array((Self.base + "\nid: P-0005\n").utf8), path: "policies.rec")
        == .unmergeable(.markers(path: "policies.rec", side: "ours", line: 13)))
    #expect(
      RecMerge.Unmergeable.markers(path: "policies.rec", side: "ours", line: 13).reason
        == "policies.rec: ours already holds git's conflict markers (line 13): settle that first")
    #expect(
      RecMerge.merge(
        base: Array(Self.base.utf8), ours: Array((Self.base + "\nid: P-0006\n").utf8),
        theirs: Array((Self.base + "\nnot a field\n").utf8), path: "policies.rec")
        == .unmergeable(
          .unreadable(
            path: "policies.rec", side: "theirs", line: 14,
            reason: "'not' is not followed by ':': field names use letters, digits and _")))
    #expect(
      RecMerge.Unmergeable.unreadable(path: "policies.rec", side: "theirs", line: 14, reason: "x")
        .reason == "policies.rec: theirs is not a rec file the book can read (line 14: x)")
  }

  @Test func journalsMergeAsAUnionInTimeOrder() {
    let head = "%rec: Change\n\ntxn: 1\nop: add\n"
    let outcome = RecMerge.merge(
      base: Array(head.utf8), ours: Array((head + "\ntxn: 3\nop: set\n").utf8),
      theirs: Array((head + "\ntxn: 2\nop: set\n").utf8), path: "journal/jkim.rec")
    #expect(
      outcome
        == .merged(
          Array((head + "\ntxn: 2\nop: set\n\ntxn: 3\nop: set\n").utf8), conflicts: []))
  }
}
