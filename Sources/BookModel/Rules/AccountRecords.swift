/// An account's records: which account a record belongs to, and which of its records count as
/// the account's part of the book — what `show ACCOUNT`, the `use ACCOUNT` focus, the X list
/// and the E&O sweep read.
public enum AccountRecords {
  /// The kinds of an account's records, in the order they are listed.
  public static let kinds: [KindID] = [
    .location, .contact, .policy, .audit, .certificate, .delegation, .note, .quote, .claim,
    .requirement, .binder, .invoice,
  ]

  /// How many `about` links are followed (a note about a delegation about a policy).
  public static let maximumDepth = 4

  /// The account a record belongs to: the account itself; its `account` field; through the
  /// policy or audit it refers to (audits, exposures, claims, subjectivities, endorsements,
  /// allocations); through what `about` names (notes, delegations). Nil when none.
  public static func account(
    of record: some FieldReader, kind: KindID, depth: Int = 0, in lookup: some RecordLookup
  ) -> String? {
    let spec = kind.spec
    if kind == .account { return record.nonEmpty("id") }
    if spec.field("account")?.type == .reference(.account) { return record.nonEmpty("account") }
    if spec.field("policy")?.type == .reference(.policy) {
      return record.nonEmpty("policy").flatMap {
        lookup.account(ofKind: .policy, key: $0, depth: depth)
      }
    }
    if spec.field("audit")?.type == .reference(.audit) {
      return record.nonEmpty("audit").flatMap {
        lookup.account(ofKind: .audit, key: $0, depth: depth)
      }
    }
    if spec.field("about")?.type == .anyReference, depth < maximumDepth,
      let about = record.nonEmpty("about"), let (target, targetKind) = lookup.anyRecord(about)
    {
      return account(of: target, kind: targetKind, depth: depth + 1, in: lookup)
    }
    return nil
  }

  /// Whether a record of the account counts among its records now: audits while open (not
  /// closed or waived), delegations while open (not done or cancelled), every other record
  /// always. A status that does not decode counts (`check` reports it).
  public static func counts(_ record: some FieldReader, kind: KindID) -> Bool {
    switch kind {
    case .audit: return record.value("status").flatMap(AuditStatus.init)?.isOpen ?? true
    case .delegation:
      return record.value("status").flatMap(DelegationStatus.init)?.isOpen ?? true
    default: return true
    }
  }

  /// The account's records of a kind among candidates, in their order: those that belong to it
  /// and count. Candidates may be every record of the kind, or fewer found faster (those whose
  /// `account` field names it).
  public static func records<Lookup: RecordLookup, Candidate: FieldReader>(
    of account: String, kind: KindID, among candidates: [Candidate], in lookup: Lookup
  ) -> [Candidate] {
    candidates.filter { candidate in
      counts(candidate, kind: kind)
        && self.account(of: candidate, kind: kind, in: lookup) == account
    }
  }
}
