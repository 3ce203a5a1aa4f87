import BookModel

/// `book check` and the guard of every commit: the files' descriptors, every record against
/// its kind's rules, unique ids and references that resolve.
public enum Validation {
  /// Every problem of a loaded book, in file order, as `file:line:col` diagnostics.
  /// `otherFiles` are the names in the directory, to find `.rec` files of no known kind.
  public static func check(_ snapshot: Snapshot, otherFiles: [String] = []) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    let known = Set(DataDirectory.dataKinds.map { $0.spec.file })
    for name in otherFiles where name.hasSuffix(".rec") && !known.contains(name) {
      problems.append(
        StoreProblem.unknownFile(name: name, path: snapshot.paths.path(name), known: known.sorted())
          .diagnostic)
    }
    let exists = { (kind: KindID, key: String) in snapshot.record(kind, key) != nil }
    let anyExists = { (key: String) in
      DataDirectory.dataKinds.contains { snapshot.record($0, key) != nil }
    }
    for kind in DataDirectory.dataKinds {
      let file = snapshot.file(kind)
      let spec = kind.spec
      let path = snapshot.paths.path(file.name)
      if file.descriptorSpan == nil && !file.records.isEmpty {
        problems.append(
          StoreProblem.noDescriptor(file: file.name, path: path, kind: kind).diagnostic)
      }
      problems += DescriptorCheck.problems(file, as: spec, path: path)
      if kind == .agency && file.records.count != 1 {
        problems.append(
          StoreProblem.agencyRecords(count: file.records.count, path: path).diagnostic)
      }
      var seen: [String: Int] = [:]
      for index in 0..<file.records.count {
        let record = file.record(index)
        var violations = RecordValidator.validate(record, as: spec)
        violations += RecordValidator.validateReferences(
          record, as: spec, exists: exists, anyExists: anyExists)
        violations += RecordRules.check(
          record, before: nil, as: kind, moment: .standing, in: snapshot)
        if let keyField = spec.keyField, let key = record.nonEmpty(keyField) {
          if let first = seen[key] {
            violations.append(
              Violation(
                .duplicateID, field: keyField,
                "duplicate \(keyField) '\(key)': line \(first) has the same one",
                hint: "give one of them another \(keyField)"))
          } else {
            seen[key] = record.line
          }
        }
        problems += violations.map { diagnostic($0, in: record, path: path) }.sorted {
          ($0.location?.line ?? 0) < ($1.location?.line ?? 0)
        }
      }
    }
    return problems
  }

  /// A violation as a diagnostic at its field's place in the file.
  static func diagnostic(_ violation: Violation, in record: LoadedRecord, path: String)
    -> Diagnostic
  {
    let location = record.location(of: violation.field, occurrence: violation.occurrence)
    return Diagnostic(
      violation.message, file: path, location: location,
      sourceLine: record.file.lineText(location.line),
      notes: violation.hint.map { [$0] } ?? [])
  }

  /// A rule a changed record breaks: which record, which field (when one is at fault), and
  /// the diagnostic to show.
  public struct Problem: Sendable {
    public var kind: KindID
    public var id: String
    public var field: String?
    public var diagnostic: Diagnostic
  }

  /// What the transaction's changed records break: rules of each record, references that do
  /// not resolve, and deletions that would leave references dangling. An undo or redo is
  /// `restoring` a state the book had: its records are judged as they stand (`.standing`), not
  /// as moves from what they are now (undoing `audit complete` is not an audit move); so are
  /// records brought in as they stood (`PendingChange.standing`, an import). Each
  /// record's move is judged from the start of the transaction, which may hold several
  /// commands (a script moving an audit accepted, then billed).
  public static func problems(_ transaction: Transaction, today: Day, restoring: Bool = false)
    -> [Problem]
  {
    problems(
      of: transaction.effectiveChanges.map { ($0, $0.before) }, in: transaction, today: today,
      restoring: restoring, stepwise: false)
  }

  /// What one command's changes break (`Transaction.commandEdits`: each with its record as it
  /// was before that command), read through the whole transaction; each record's move is
  /// judged one step, from what it was before the command.
  public static func problems(
    ofCommand edits: [(change: PendingChange, before: Record?)], in transaction: Transaction,
    today: Day
  ) -> [Problem] {
    problems(of: edits, in: transaction, today: today, restoring: false, stepwise: true)
  }

  private static func problems(
    of edits: [(change: PendingChange, before: Record?)], in transaction: Transaction,
    today: Day, restoring: Bool, stepwise: Bool
  ) -> [Problem] {
    var problems: [Problem] = []
    let exists = { (kind: KindID, key: String) in transaction.record(kind, key) != nil }
    let anyExists = { (key: String) in
      DataDirectory.dataKinds.contains { transaction.record($0, key) != nil }
    }
    for (change, before) in edits {
      let spec = change.kind.spec
      let name = "\(spec.singular) \(change.id)"
      if let after = change.after {
        let standing = restoring || change.standing
        let violations =
          RecordValidator.validate(after, as: spec)
          + RecordValidator.validateReferences(
            after, as: spec, exists: exists, anyExists: anyExists)
          + RecordRules.check(
            after,
            before: standing ? nil : before,
            as: change.kind, moment: standing ? .standing : .written(today: today),
            in: transaction, stepwise: stepwise)
        problems += violations.map {
          Problem(
            kind: change.kind, id: change.id, field: $0.field,
            diagnostic: Diagnostic("\(name): \($0.message)", notes: $0.hint.map { [$0] } ?? []))
        }
        // A key moved away (a rename in place) must leave nothing referring to the old one.
        if let key = change.key, key != change.id {
          let found = referrers(to: change.kind, key, in: transaction)
          if !found.isEmpty {
            problems.append(
              Problem(
                kind: change.kind, id: change.id, field: change.kind.spec.keyField,
                diagnostic: StoreProblem.cannotBecome(
                  change.kind, key: key, id: change.id, referrers: found
                ).diagnostic))
          }
        }
      } else {
        let found = referrers(to: change.kind, change.id, in: transaction)
        guard !found.isEmpty else { continue }
        problems.append(
          Problem(
            kind: change.kind, id: change.id, field: nil,
            diagnostic: StoreProblem.cannotDelete(change.kind, id: change.id, referrers: found)
              .diagnostic))
      }
    }
    return problems
  }

  /// Refuses a transaction whose changed records break a rule or whose deletions leave
  /// references dangling (exit 1).
  public static func refuseInvalid(_ transaction: Transaction, today: Day, restoring: Bool = false)
    throws(StoreError)
  {
    let problems = problems(transaction, today: today, restoring: restoring)
    guard problems.isEmpty else { throw .refused(problems.map(\.diagnostic)) }
  }

  /// Descriptions (`policy P-0001 (account)`) of the records that refer to a key, in kind and
  /// file order (added records last), as the transaction sees them.
  public static func referrers(to kind: KindID, _ key: String, in transaction: Transaction)
    -> [String]
  {
    var found: [String] = []
    for other in DataDirectory.dataKinds {
      let spec = other.spec
      let fields = ReferenceIndex.fields(of: other, referringTo: kind)
      guard !fields.isEmpty else { continue }
      for record in transaction.records(other, mayReferTo: kind, key) {
        for field in fields
        where record.values(field.name).contains(where: { ReferenceIndex.refers($0, to: key) }) {
          let id = spec.keyField.flatMap { record.value($0) } ?? "?"
          found.append("\(spec.singular) \(id) (\(field.name))")
        }
      }
    }
    return found
  }
}
