import BookModel
import BookStore

/// Reads field paths and derived fields of records, with lookups across references cached.
///
/// A resolver sees the transaction as it was when made, on one day: make a new one after a
/// change. Records passed in are those of that transaction (derived values are cached by kind
/// and id). Not for sharing across threads.
public final class FieldResolver {
  let source: Transaction
  let today: Day
  /// Checked paths, by kind and path as written.
  private var paths: [PathKey: ResolvedPath] = [:]
  /// Records grouped by a field's value, built once per kind and field.
  private var indexes: [IndexKey: [String: [RecordView]]] = [:]
  /// Policies' terms by id (nil when their dates do not decode).
  var terms: [String: PolicyTerm?] = [:]
  /// Audit premiums by audit id.
  var auditFigures: [String: AuditFigures?] = [:]
  /// The account of a record by kind and id, for records reached through references.
  var accounts: [IndexKey: String?] = [:]
  /// The agency's days from period end to an audit's due day.
  lazy var auditDueDays: Int = {
    let agency = source.records(.agency).first
    return agency.flatMap { try? AgencySettings($0).auditDueDays } ?? Audit.defaultDueDays
  }()

  /// A resolver over a transaction's records, with `today` for derived fields.
  public init(_ source: Transaction, today: Day) {
    self.source = source
    self.today = today
  }

  /// Checks a path (`account.advocate`) from a kind; returns the final field.
  public func resolve(_ path: [String], from kind: KindID) throws(FieldError) -> FieldInfo {
    try resolved(path, from: kind).info
  }

  /// The values of a path on a record: one for a single field, several for a repeating field
  /// or a path through one; [] when absent/empty. Typed per FieldInfo.type; a stored value that
  /// does not parse as its type is `.text(raw)`.
  public func values(_ path: [String], of record: RecordView, kind: KindID) throws(FieldError)
    -> [Value]
  {
    let steps = try resolved(path, from: kind).steps
    guard steps.count > 1 else {
      guard let entry = steps[0].entry(on: kind) else { return [] }
      return values(of: entry, in: record, kind: kind)
    }
    var current = [(record: record, kind: kind)]
    for step in steps.dropLast() {
      var next: [(record: RecordView, kind: KindID)] = []
      for (record, kind) in current {
        guard let entry = step.entry(on: kind) else { continue }
        next += targets(of: entry, in: record, kind: kind)
      }
      current = next
      if current.isEmpty { return [] }
    }
    let last = steps[steps.count - 1]
    var out: [Value] = []
    for (record, kind) in current {
      guard let entry = last.entry(on: kind) else { continue }
      out += values(of: entry, in: record, kind: kind)
    }
    return out
  }

  /// The first value or `.empty`.
  public func value(_ path: [String], of record: RecordView, kind: KindID) throws(FieldError)
    -> Value
  {
    try values(path, of: record, kind: kind).first ?? .empty
  }

  // MARK: Reading one field

  /// The values of one field (stored or derived) of a record.
  func values(of entry: FieldCatalog.Entry, in record: RecordView, kind: KindID) -> [Value] {
    if let derived = entry.derived { return derivedValues(derived, of: record, kind: kind) }
    let type = entry.stored ?? .text
    if !entry.info.repeats {
      guard let raw = record.value(entry.info.name), !raw.isEmpty else { return [] }
      return [Self.parse(raw, as: type)]
    }
    return record.values(entry.info.name).filter { !$0.isEmpty }.map { Self.parse($0, as: type) }
  }

  /// The records a reference field (stored or derived) of a record leads to.
  func targets(of entry: FieldCatalog.Entry, in record: RecordView, kind: KindID)
    -> [(record: RecordView, kind: KindID)]
  {
    let ids = values(of: entry, in: record, kind: kind).compactMap { value -> String? in
      if case .text(let id) = value { return id }
      return nil
    }
    if let target = entry.info.reference {
      return ids.compactMap { id in source.record(target, id).map { ($0, target) } }
    }
    return ids.compactMap { anyRecord($0) }
  }

  /// A stored value typed per its field; `.text(raw)` when it does not parse.
  static func parse(_ raw: String, as type: FieldType) -> Value {
    switch type {
    case .money: return Money(raw).map(Value.money) ?? .text(raw)
    case .decimal: return ExactDecimal(raw).map(Value.decimal) ?? .text(raw)
    case .int: return Int(raw).map(Value.int) ?? .text(raw)
    case .date: return Day(iso: raw).map(Value.day) ?? .text(raw)
    case .text, .timestamp, .enumeration, .reference, .anyReference: return .text(raw)
    }
  }

  // MARK: Indexes

  /// The records of a kind whose field holds the value, in file order (each record once).
  func records(_ kind: KindID, where field: String, is value: String) -> [RecordView] {
    let key = IndexKey(kind: kind, name: field)
    if let index = indexes[key] { return index[value] ?? [] }
    var index: [String: [RecordView]] = [:]
    for record in source.records(kind) {
      let values = record.values(field)
      for (position, value) in values.enumerated()
      where !value.isEmpty && !values[..<position].contains(value) {
        index[value, default: []].append(record)
      }
    }
    indexes[key] = index
    return index[value] ?? []
  }

  // MARK: Paths

  private func resolved(_ path: [String], from kind: KindID) throws(FieldError) -> ResolvedPath {
    let key = PathKey(kind: kind, path: path)
    if let resolved = paths[key] { return resolved }
    let resolved = try ResolvedPath(path, from: kind)
    paths[key] = resolved
    return resolved
  }
}

/// A kind and a name: the key of indexes and caches.
struct IndexKey: Hashable {
  let kind: KindID
  let name: String
}

/// A path as written, from a kind.
struct PathKey: Hashable {
  let kind: KindID
  let path: [String]
}

/// An audit's premiums, and whether any row has an audited figure yet.
struct AuditFigures {
  let premium: AuditPremium
  let audited: Bool
}
