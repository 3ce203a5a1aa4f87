import BookModel
import BookStore

// The account a record belongs to: the `use ACCOUNT` focus and the derived `account` field.
extension FieldResolver {
  /// The account a record belongs to (the account itself; `account` field; through policy/audit
  /// for audits, exposures, claims, subjectivities, endorsements, allocations; `about` when it
  /// names an account or a record of one for notes/delegations); nil when none.
  public func account(of record: RecordView, kind: KindID) -> String? {
    account(of: record, kind: kind, depth: 0)
  }

  /// How far `about` chains are followed (a note about a delegation about a policy).
  private static let maximumDepth = 4

  private func account(of record: RecordView, kind: KindID, depth: Int) -> String? {
    let spec = kind.spec
    if kind == .account { return record.nonEmpty("id") }
    if spec.field("account")?.type == .reference(.account) { return record.nonEmpty("account") }
    if spec.field("policy")?.type == .reference(.policy) {
      return record.nonEmpty("policy").flatMap { account(ofKind: .policy, id: $0, depth: depth) }
    }
    if spec.field("audit")?.type == .reference(.audit) {
      return record.nonEmpty("audit").flatMap { account(ofKind: .audit, id: $0, depth: depth) }
    }
    if spec.field("about")?.type == .anyReference, depth < Self.maximumDepth,
      let about = record.nonEmpty("about"), let (target, targetKind) = anyRecord(about)
    {
      return account(of: target, kind: targetKind, depth: depth + 1)
    }
    return nil
  }

  /// The account of the record of a kind with that id, cached.
  private func account(ofKind kind: KindID, id: String, depth: Int) -> String? {
    let key = IndexKey(kind: kind, name: id)
    if let cached = accounts[key] { return cached }
    var found: String?
    if let record = source.record(kind, id) {
      found = account(of: record, kind: kind, depth: depth)
    }
    accounts[key] = .some(found)
    return found
  }
}
