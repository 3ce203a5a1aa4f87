import BookModel
import BookStore

// The account a record belongs to: the `use ACCOUNT` focus and the derived `account` field, by
// BookModel's rule (`AccountRecords`), with the accounts of records reached through references
// cached.
extension FieldResolver: RecordLookup {
  /// The account a record belongs to (see `AccountRecords.account`); nil when none.
  public func account(of record: RecordView, kind: KindID) -> String? {
    AccountRecords.account(of: record, kind: kind, in: self)
  }

  /// The record of a kind with that key in the transaction.
  public func record(_ kind: KindID, _ key: String) -> RecordView? {
    source.record(kind, key)
  }

  /// The account of the record of a kind with that key, cached.
  public func account(ofKind kind: KindID, key: String, depth: Int) -> String? {
    let cacheKey = IndexKey(kind: kind, name: key)
    if let cached = accounts[cacheKey] { return cached }
    let found = source.record(kind, key).flatMap {
      AccountRecords.account(of: $0, kind: kind, depth: depth, in: self)
    }
    accounts[cacheKey] = .some(found)
    return found
  }
}
