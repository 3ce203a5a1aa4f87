import BookModel
import BookStore

/// What the audit verbs share: finding an audit and its rows in a transaction, refusing a verb
/// the lifecycle does not allow, and reading the options a verb takes.
enum AuditSupport {
  /// An audit as a verb finds it.
  struct Found {
    let record: Record
    let audit: Audit
    /// Its exposure rows, in file order.
    let rows: [(id: String, record: Record, exposure: Exposure)]
  }

  /// The audit of that id with its rows, decoded; an error when missing or invalid.
  static func find(_ id: String, in transaction: Transaction, at range: SourceRange)
    throws(LanguageError) -> Found
  {
    let view = try ChangeCommands.existing(.audit, id, in: transaction, at: range)
    let audit: Audit
    do {
      audit = try Audit(view.record)
    } catch {
      throw .refused(.unreadableRecord(.audit, id, reason: error.message), at: range)
    }
    var rows: [(id: String, record: Record, exposure: Exposure)] = []
    for row in transaction.records(.exposure) where row.value("audit") == id {
      let rowID = row.value("id") ?? "?"
      do {
        rows.append((rowID, row.record, try Exposure(row.record)))
      } catch {
        throw .refused(.unreadableRecord(.exposure, rowID, reason: error.message), at: range)
      }
    }
    return Found(record: view.record, audit: audit, rows: rows)
  }

  /// Refuses a verb the audit's state does not allow, naming the state and what is allowed.
  static func require(_ verb: AuditVerb, on found: Found, at range: SourceRange)
    throws(LanguageError)
  {
    guard let refusal = verb.refusal(id: found.audit.id, status: found.audit.status) else {
      return
    }
    throw .refused(.rule(message: refusal.message, hint: refusal.hint), at: range)
  }

  /// The options given, by name; an option the verb does not take is a usage error.
  static func options(
    _ assignments: [Assignment], allowed: [String], verb: String, session: Session
  ) throws(LanguageError) -> [String: (text: String, node: ValueNode)] {
    var found: [String: (text: String, node: ValueNode)] = [:]
    for assignment in assignments {
      let name = assignment.field.name.lowercased()
      guard allowed.contains(name) else {
        throw .refused(
          .noOption(verb: verb, option: assignment.field.name, takes: allowed, seeHelp: true),
          at: assignment.field.range)
      }
      found[name] = (try session.text(of: assignment.value), assignment.value)
    }
    return found
  }

  /// The rows with `audited=` applied, written into the transaction.
  static func setAudited(
    _ option: (text: String, node: ValueNode), on found: Found, in transaction: inout Transaction
  ) throws(LanguageError) -> [Exposure] {
    let updated: [Exposure]
    do {
      updated = try AuditedFigures.apply(
        option.text, to: found.rows.map(\.exposure), audit: found.audit.id)
    } catch {
      throw .refused(.rule(message: error.message, hint: error.hint), at: option.node.range)
    }
    for (row, exposure) in zip(found.rows, updated) where exposure != row.exposure {
      let record = exposure.record(updating: row.record)
      try storing { () throws(StoreError) in try transaction.update(.exposure, row.id, record) }
    }
    return updated
  }

  /// Writes the audit with its new status (and other changes) into the transaction.
  static func store(_ audit: Audit, over found: Found, in transaction: inout Transaction)
    throws(LanguageError)
  {
    let record = audit.record(updating: found.record)
    try storing { () throws(StoreError) in
      try transaction.update(.audit, found.audit.id, record)
    }
  }

  /// The ids completion offers for a verb: audits in the states it is allowed from.
  static func completes(_ verb: AuditVerb) -> SlotCompletion {
    .idsWithStatus(.audit, verb.from.map(\.rawValue))
  }

  /// A record's fields in its kind's schema order.
  static func ordered(_ record: Record, as kind: KindID) -> Record {
    var fields: [Field] = []
    for spec in kind.spec.fields { fields += record.fields.filter { $0.name == spec.name } }
    return Record(fields)
  }

  /// `audit AU-0003: requested → in-progress`.
  static func moved(_ id: String, _ from: AuditStatus, _ to: AuditStatus) -> String {
    "audit \(id): \(from.rawValue) → \(to.rawValue)"
  }
}
