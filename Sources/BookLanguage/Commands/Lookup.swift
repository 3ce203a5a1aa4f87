import BookModel
import BookStore

/// Finding records by what people type: an id of any kind, or an account by id or name.
public enum Lookup {
  /// The kinds an id without a numbered prefix most likely belongs to, tried first.
  static let mnemonicKinds: [KindID] = [.account, .person, .carrier, .macro]

  /// Every kind whose records have ids, in the order tried after the kind an id's prefix
  /// names: the mnemonic kinds, then the others in schema order (any kind accepts a given
  /// id on add, so `KWHIT` may be a contact and `GL-4471` a policy).
  static let keyedKinds: [KindID] =
    mnemonicKinds
    + KindID.allCases.filter { kind in
      kind != .change && kind.spec.keyField != nil && !mnemonicKinds.contains(kind)
    }

  /// The kind and record an id names (`P-0001`, `CT-0001`, `ACME`, `mlopez`, a given id).
  public static func record(_ id: String, in view: Transaction) -> (KindID, RecordView)? {
    let prefixed = Schema.kind(ofID: id)?.kind
    if let prefixed, let record = view.record(prefixed, id) { return (prefixed, record) }
    for kind in keyedKinds where kind != prefixed {
      if let record = view.record(kind, id) { return (kind, record) }
    }
    return nil
  }

  /// Accounts whose name (or dba) holds the text, ignoring case and accents.
  static func accounts(named text: String, in view: Transaction) -> [RecordView] {
    let needle = TextFolding.fold(text)
    return view.records(.account).filter {
      TextFolding.contains($0.value("name") ?? "", folded: needle)
        || TextFolding.contains($0.value("dba") ?? "", folded: needle)
    }
  }

  /// The id of the account a word names: its id, or a name that only one account has.
  static func account(_ text: String, in view: Transaction, at range: SourceRange)
    throws(LanguageError) -> String
  {
    if view.record(.account, text) != nil { return text }
    let named = accounts(named: text, in: view)
    if named.count == 1, let id = named[0].value("id") { return id }
    if named.count > 1 {
      let list = named.prefix(8).compactMap { record in
        record.value("id").map { "\($0)  \(record.value("name") ?? "")" }
      }
      throw .refused(.accountsMatch(text, count: named.count, list: list), at: range)
    }
    let ids = view.records(.account).compactMap { $0.value("id") }
    throw .refused(.noAccount(text, suggestion: Suggestion.closest(to: text, in: ids)), at: range)
  }
}
