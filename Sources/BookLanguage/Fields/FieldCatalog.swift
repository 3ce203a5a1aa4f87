import BookModel

/// The fields of each kind as the language sees them: the schema's stored fields, then the
/// derived ones; and the columns a plain query shows.
public enum FieldCatalog {
  /// Every field of a kind: stored (schema order), then derived.
  public static func fields(of kind: KindID) -> [FieldInfo] {
    table[kind]?.fields ?? []
  }

  /// The field of that name (case-insensitive), stored or derived.
  public static func field(_ name: String, of kind: KindID) -> FieldInfo? {
    entry(name, of: kind)?.info
  }

  /// Every field name of a kind, for suggestions and completion.
  public static func names(of kind: KindID) -> [String] {
    fields(of: kind).map(\.name)
  }

  /// The columns a plain query shows: the fields people scan a list by, ~100 characters wide.
  public static func listColumns(of kind: KindID) -> [String] {
    switch kind {
    case .agency: return ["name", "producer_code", "xlist_days", "audit_due_days", "today"]
    case .person: return ["id", "name", "role", "email"]
    case .carrier: return ["id", "name", "naic", "billing"]
    case .contact: return ["id", "name", "carrier", "account", "role", "email", "phone"]
    case .account: return ["id", "name", "status", "manager", "advocate", "producer"]
    case .location: return ["id", "account", "name", "entity", "address"]
    case .policy:
      return [
        "id", "account", "line", "carrier", "number", "effective", "expiration", "premium",
        "status",
      ]
    case .subjectivity: return ["id", "policy", "text", "due", "status"]
    case .allocation: return ["id", "policy", "location", "exposure"]
    case .audit: return ["id", "account", "policy", "type", "period_end", "due", "status"]
    case .exposure:
      return ["id", "audit", "class", "basis", "per", "estimated", "audited", "rate"]
    case .certificate: return ["id", "account", "holder", "policy", "issued", "status"]
    case .delegation: return ["id", "to", "about", "task", "priority", "due", "status"]
    case .claim: return ["id", "policy", "occurred", "status", "paid", "expense", "reserve"]
    case .quote: return ["id", "account", "line", "carrier", "premium", "effective", "status"]
    case .endorsement:
      return ["id", "policy", "effective", "description", "premium_change", "status"]
    case .requirement: return ["id", "account", "holder", "line", "ai", "wos", "pnc"]
    case .binder:
      return ["id", "account", "line", "carrier", "effective", "expires", "premium", "status"]
    case .invoice: return ["id", "account", "policy", "amount", "issued", "due", "paid"]
    case .note: return ["id", "about", "by", "at", "text"]
    case .macro: return ["name", "command", "description"]
    case .change: return ["txn", "time", "user", "kind", "id", "op", "command"]
    }
  }

  // MARK: The table

  /// A field of a kind with what the resolver needs to read it.
  struct Entry: Sendable {
    let info: FieldInfo
    /// The stored field's type; nil for a derived field.
    let stored: FieldType?
    /// The derived field; nil for a stored one.
    let derived: DerivedField?

    /// Whether a path may go on through this field.
    var isReference: Bool {
      switch stored {
      case .reference, .anyReference: return true
      case nil: return info.reference != nil
      default: return false
      }
    }
  }

  struct KindFields: Sendable {
    let fields: [FieldInfo]
    let entries: [String: Entry]
  }

  /// The entry of a field of a kind (case-insensitive).
  static func entry(_ name: String, of kind: KindID) -> Entry? {
    guard let fields = table[kind] else { return nil }
    return fields.entries[name] ?? fields.entries[name.lowercased()]
  }

  private static let table: [KindID: KindFields] = {
    var table: [KindID: KindFields] = [:]
    for kind in KindID.allCases {
      var entries: [String: Entry] = [:]
      var fields: [FieldInfo] = []
      for spec in kind.spec.fields {
        let info = FieldInfo(spec)
        fields.append(info)
        entries[spec.name] = Entry(info: info, stored: spec.type, derived: nil)
      }
      for derived in DerivedField.fields(of: kind) where entries[derived.rawValue] == nil {
        let info = derived.info(on: kind)
        fields.append(info)
        entries[derived.rawValue] = Entry(info: info, stored: nil, derived: derived)
      }
      table[kind] = KindFields(fields: fields, entries: entries)
    }
    return table
  }()
}
