/// What a sweep rule reads: the book (through a lookup), the day, and the agency's settings.
public struct SweepContext {
  public let lookup: any RecordLookup
  public let today: Day
  /// The agency's `audit_due_days` (30 when absent).
  public let auditDueDays: Int

  public init(lookup: any RecordLookup, today: Day, auditDueDays: Int = Audit.defaultDueDays) {
    self.lookup = lookup
    self.today = today
    self.auditDueDays = auditDueDays
  }

  /// Every record of a kind, in the book's order.
  public func records(_ kind: KindID) -> [any FieldReader] {
    lookup.records(kind).map { $0 as any FieldReader }
  }

  /// The record of a kind with that key.
  public func record(_ kind: KindID, _ key: String) -> (any FieldReader)? {
    lookup.record(kind, key).map { $0 as any FieldReader }
  }

  /// The account a record belongs to (see `AccountRecords`).
  public func account(of record: any FieldReader, kind: KindID) -> String? {
    AccountRecords.account(of: record, kind: kind, in: lookup)
  }

  /// A policy's term, nil when there is no such policy or its days do not read.
  public func term(_ policy: String) -> PolicyTerm? {
    record(.policy, policy).flatMap { try? PolicyTerm($0) }
  }

  /// "P-0031 (GL)": a policy with its line, for findings.
  public func policyLabel(_ policy: String) -> String {
    record(.policy, policy)?.nonEmpty("line").map { "\(policy) (\($0))" } ?? policy
  }
}
