/// Finds records by kind and key, for the rules that follow references (an audit's policy's
/// account). BookModel does no I/O: whoever holds the records — a transaction, a resolver with
/// caches, a test's array — answers.
public protocol RecordLookup {
  associatedtype Found: FieldReader
  /// The record of a kind with that key, nil when there is none.
  func record(_ kind: KindID, _ key: String) -> Found?
  /// The account the record of a kind with that key belongs to (see `AccountRecords`); `depth`
  /// counts the `about` links already followed. A lookup with a cache answers from it; the
  /// default asks the rule.
  func account(ofKind kind: KindID, key: String, depth: Int) -> String?
  /// Every record of a kind, in the book's order, for the rules that search (a policy's
  /// renewal term: the policy whose `prior` it is). A lookup that cannot list answers none.
  func records(_ kind: KindID) -> [Found]
}

extension RecordLookup {
  public func records(_ kind: KindID) -> [Found] { [] }

  public func account(ofKind kind: KindID, key: String, depth: Int) -> String? {
    record(kind, key).flatMap { AccountRecords.account(of: $0, kind: kind, depth: depth, in: self) }
  }

  /// The record an id of any kind names: by its prefix (`P-0001`), else an account, a person or
  /// a carrier with that id.
  public func anyRecord(_ id: String) -> (record: Found, kind: KindID)? {
    if let spec = Schema.kind(ofID: id), let record = record(spec.kind, id) {
      return (record, spec.kind)
    }
    for kind in [KindID.account, .person, .carrier] {
      if let record = record(kind, id) { return (record, kind) }
    }
    return nil
  }
}
