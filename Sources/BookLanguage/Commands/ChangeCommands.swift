import BookModel
import BookStore

/// `add`, `set`, `delete` and `rename`: every change goes through the rules and one
/// transaction.
enum ChangeCommands {
  static let all = [add, set, delete]

  static let add = CommandSpec(
    "add", group: .changes, summary: "add a record",
    grammar: [.kind("kind"), .assignments("assignments")],
    usage: ["add KIND FIELD=VALUE…"],
    examples: [
      "add account id=BRIGHT name=\"Bright Dental Group\" status=active manager=jkim advocate=mlopez producer=dchen",
      "add policy account=ACME line=UMB carrier=TRAV number=UM-1180 effective=2026-01-15 expiration=2027-01-15 premium=4,800 status=active",
      "add note about=ACME text=\"Called Jim: renewal apps by Friday\"",
      "add delegation to=mlopez task=\"Request 5-year loss runs\" about=ACME due=+5d",
    ],
    details: [
      "Kinds with numbered ids (P-0001, AU-0001…) get the next one; accounts, people and carriers need an id=. $last then holds the new id.",
      "Values with spaces go in double quotes; money may use separators (premium=12,500); days are 2026-01-15, 01/15/2026 or today + 30d; me is you; now is the time stamp of this minute (at=now).",
      "What you leave out is filled in and named in the message: a note is by you, at now; a delegation is from you, created today, open, of normal priority; under use ACCOUNT, account (and a note's or a delegation's about) is the focus.",
    ]
  ) { invocation throws(LanguageError) in
    guard let (kind, range) = invocation.kind("kind") else { return }
    try requireIDs(kind, at: range)
    let session = invocation.session
    let assignments = invocation.assignments()
    let (record, filled) = try RecordEditor(session: session, kind: kind).make(assignments)
    let id = try session.change(invocation.command, assignments: assignments) {
      transaction throws(LanguageError) in
      let id = try storing { () throws(StoreError) in try transaction.add(kind, record) }
      try requireMandatory(
        transaction.record(kind, id)?.record ?? record, kind, id, assignments,
        writing: { "add \(kind.spec.singular) … \($0)=…" })
      return id
    }
    session.lastID = id
    let defaults = filled.isEmpty ? "" : " (" + filled.joined(separator: ", ") + ")"
    invocation.write("added \(kind.spec.singular) \(id)\(defaults)\n")
  }

  static let set = CommandSpec(
    "set", group: .changes, summary: "change fields of one record, or of every record that matches",
    grammar: [
      .kind("kind"), .optional([.word("id", completes: .idsOfKind)]), .assignments("assignments"),
      .optional([.keyword("where"), .condition("condition")]),
    ],
    usage: ["set KIND ID FIELD=VALUE…", "set KIND FIELD=VALUE… where COND"],
    examples: [
      "set policy P-0001 premium=13250.00",
      "set policies billing=direct where carrier = HART",
      "set policy P-0001 form+=\"CG 20 26 04/13\"",
      "set policy P-0001 form-=\"CG 24 04 05/09\" notes=",
    ],
    details: [
      "An empty value clears a field: set policy P-0001 notes=",
      "On a field that repeats (limit, form, a certificate's policy), FIELD+=VALUE adds one value, FIELD-=VALUE removes one, and FIELD=VALUE replaces them all; the message lists what was removed.",
      "With where, every matching record changes in one transaction and the count is reported.",
    ]
  ) { invocation throws(LanguageError) in
    guard let (kind, range) = invocation.kind("kind") else { return }
    let assignments = invocation.assignments()
    guard !assignments.isEmpty else {
      throw .refused(
        .needs(verb: "set", .assignments, example: "set policy P-0001 premium=13250"),
        at: invocation.command.range)
    }
    let session = invocation.session
    let editor = RecordEditor(session: session, kind: kind)
    if let idNode = invocation.value("id"), invocation.condition() != nil {
      throw .refused(
        .idAndCondition(.set(kind)), at: idNode.range)
    }
    if let idNode = invocation.value("id") {
      let id = try session.text(of: idNode)
      let summary = try session.change(invocation.command, assignments: assignments) {
        transaction throws(LanguageError) in
        let current = try existing(kind, id, in: transaction, at: idNode.range)
        let changed = try editor.reading(transaction).apply(assignments, to: current.record)
        try requireMandatory(
          changed, kind, id, assignments,
          writing: { "set \(kind.spec.singular) \(id) \($0)=…" })
        try storing { () throws(StoreError) in try transaction.update(kind, id, changed) }
        return ChangeSummary(kind: kind, before: current.record, after: changed).lines
      }
      invocation.write(ChangeSummary.text("\(kind.spec.singular) \(id)", summary))
      return
    }
    guard let condition = invocation.condition() else {
      throw .refused(
        .needsIDOrCondition(.set(kind)), at: range)
    }
    let resolver = session.resolver()
    let evaluator = try ConditionEvaluator(
      condition, kind: kind, session: session, resolver: resolver)
    let keyField = kind.spec.keyField ?? "id"
    let matching = session.focused(session.view.records(kind), kind: kind, resolver).filter(
      evaluator.matches)
    if matching.count > 1, let confirm = session.confirm {
      let what = assignments.map(\.source).joined(separator: " ")
      guard confirm("set \(what) on \(matching.count) \(kind.spec.plural)?") else {
        invocation.write("nothing changed\n")
        return
      }
    }
    let replaced = Set(
      assignments.filter {
        $0.operation == .replace && $0.field.path.count == 1
          && kind.spec.field($0.field.name)?.repeats == true
      }.map(\.field.name))
    var removals: [String] = []
    let changed = try session.change(invocation.command, assignments: assignments) {
      transaction throws(LanguageError) in
      var changed = 0
      for record in matching {
        guard let key = record.value(keyField) else { continue }
        let after = try editor.reading(transaction).apply(
          assignments, to: record.record, tolerant: true)
        guard after != record.record else { continue }
        try requireMandatory(
          after, kind, key, assignments,
          writing: { "set \(kind.spec.singular) \(key) \($0)=…" })
        try storing { () throws(StoreError) in try transaction.update(kind, key, after) }
        changed += 1
        if !replaced.isEmpty {
          let summary = ChangeSummary(kind: kind, before: record.record, after: after)
          removals += summary.lines.filter { line in
            replaced.contains { line.hasPrefix($0 + ": removed") }
          }.map { "  \(kind.spec.singular) \(key): \($0)\n" }
        }
      }
      return changed
    }
    let what = assignments.map(\.source).joined(separator: " ")
    let noun = changed == 1 ? kind.spec.singular : kind.spec.plural
    invocation.write(
      "set \(what) on \(changed) \(noun)"
        + (matching.count != changed ? " (\(matching.count - changed) already so)" : "") + "\n"
        + removals.joined())
  }

  static let delete = CommandSpec(
    "delete", group: .changes, summary: "delete a record (refused while others refer to it)",
    grammar: [.kind("kind"), .word("id", completes: .idsOfKind)],
    examples: ["delete note N-0001", "begin; delete delegation D-0001; rollback"],
    details: ["A record that others refer to is kept; the error lists what refers to it."]
  ) { invocation throws(LanguageError) in
    guard let (kind, _) = invocation.kind("kind"), let idNode = invocation.value("id") else {
      return
    }
    let session = invocation.session
    let id = try session.text(of: idNode)
    try session.change(invocation.command) { transaction throws(LanguageError) in
      _ = try existing(kind, id, in: transaction, at: idNode.range)
      try storing { () throws(StoreError) in try transaction.delete(kind, id) }
    }
    invocation.write("deleted \(kind.spec.singular) \(id)\n")
  }

  // MARK: Helpers

  /// The record of a kind with that id, or a "not found" error.
  static func existing(
    _ kind: KindID, _ id: String, in transaction: Transaction, at range: SourceRange
  )
    throws(LanguageError) -> RecordView
  {
    if let record = transaction.record(kind, id) { return record }
    let spec = kind.spec
    if let other = Schema.kind(ofID: id), other.kind != kind {
      throw .refused(.otherKind(kind, id, isA: other.singular), at: range)
    }
    let ids = transaction.records(kind).compactMap { $0.value(spec.keyField ?? "id") }
    throw .refused(.noRecord(kind, id, closest: Suggestion.nearest(to: id, in: ids)), at: range)
  }

  static func requireIDs(_ kind: KindID, at range: SourceRange) throws(LanguageError) {
    guard kind.spec.keyField != nil, kind != .change else {
      throw .refused(.notAddable(kind), at: range)
    }
  }

  /// Refuses a record that lacks a mandatory field, with the hint written as the language
  /// writes it (`add delegation … from=…`); the caret under the assignment that cleared it.
  static func requireMandatory(
    _ record: Record, _ kind: KindID, _ id: String, _ assignments: [Assignment],
    writing: (String) -> String
  ) throws(LanguageError) {
    let missing = kind.spec.mandatoryFields.filter { record.value($0) == nil }
    guard !missing.isEmpty else { return }
    let diagnostics = missing.map { field in
      LanguageRefusal.missingField(kind, id, field: field, writing: writing(field))
        .diagnostic(at: assignments.last { $0.field.path == [field] }?.value.range)
    }
    throw LanguageError(diagnostics, status: .failed)
  }
}
