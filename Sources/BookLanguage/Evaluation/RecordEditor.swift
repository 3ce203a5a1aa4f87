import BookModel
import BookStore

/// Applies `FIELD=VALUE`, `FIELD+=VALUE` and `FIELD-=VALUE` assignments to a record: checks
/// each field exists and may be set, turns each value into the text files hold (ISO days,
/// plain money), clears on empty; fills a new record's defaults.
struct RecordEditor {
  let session: Session
  let kind: KindID
  /// The book ids are looked up in, when not the session's view (see `reading`).
  var lookup: Transaction? = nil

  /// The editor looking ids up in a transaction: the one a change's body works on (while it
  /// runs, the session's view does not show it).
  func reading(_ transaction: Transaction) -> RecordEditor {
    var editor = self
    editor.lookup = transaction
    return editor
  }

  /// The record with the assignments applied. On a field that repeats, `=` replaces every
  /// value (several `=` in one command add up), `+=` adds one and `-=` removes one. A value
  /// `+=` finds already there, or `-=` does not find, is refused — or, `tolerant` (a bulk
  /// `set`, where such records are already so), left as it is.
  func apply(_ assignments: [Assignment], to record: Record, tolerant: Bool = false)
    throws(LanguageError) -> Record
  {
    var record = record
    var replaced: Set<String> = []
    for assignment in assignments {
      let (spec, info) = try field(assignment.field)
      if assignment.operation == .replace, let rate = try rate(assignment, of: spec) {
        record.set("rate", rate.rate.description)
        record.set("per", rate.per.rawValue)
        continue
      }
      let name = spec.name
      if assignment.operation != .replace && !spec.repeats {
        throw .refused(
          .notRepeating(
            operation: assignment.operation.rawValue, field: assignment.field.name,
            value: assignment.value.literal.source, kind: kind), at: assignment.field.range)
      }
      switch assignment.operation {
      case .replace:
        let values = try texts(assignment.value, for: info, spec: spec)
        if spec.repeats {
          let kept = replaced.contains(name) ? record.values(name) : []
          record.setAll(name, kept + values)
          replaced.insert(name)
        } else {
          record.set(name, values.first ?? "")
        }
      case .add:
        for value in try texts(assignment.value, for: info, spec: spec) {
          let current = record.values(name)
          guard !current.contains(value) else {
            if tolerant { continue }
            throw .refused(.alreadyHolds(field: name, value: value), at: assignment.value.range)
          }
          record.setAll(name, current + [value])
        }
      case .remove:
        for wanted in try removals(assignment.value, for: info, spec: spec) {
          var current = record.values(name)
          guard let index = wanted.lazy.compactMap({ current.firstIndex(of: $0) }).first else {
            if tolerant { continue }
            throw .refused(
              .doesNotHold(field: name, value: wanted.first ?? "", holding: current),
              at: assignment.value.range)
          }
          current.remove(at: index)
          record.setAll(name, current)
        }
      }
    }
    return record
  }

  /// A record made of the assignments and the kind's defaults, fields in schema order; with
  /// the defaults that were filled in (`from jkim`).
  func make(_ assignments: [Assignment]) throws(LanguageError) -> (
    record: Record, filled: [String]
  ) {
    var built = try apply(assignments, to: Record())
    var filled: [String] = []
    for (name, value) in FieldDefaults(session: session).values(for: kind)
    where built.value(name) == nil && !assignments.contains(where: { $0.field.path == [name] }) {
      built.set(name, value)
      filled.append("\(name) \(value)")
    }
    let order = kind.spec.fields.map(\.name)
    var fields: [Field] = []
    for name in order { fields += built.fields.filter { $0.name == name } }
    return (Record(fields), filled)
  }

  private func field(_ ref: FieldRef) throws(LanguageError) -> (FieldSpec, FieldInfo) {
    let spec = kind.spec
    guard ref.path.count == 1 else {
      throw .refused(.fieldOfAnotherRecord(name: ref.name, path: ref.path), at: ref.range)
    }
    let name = ref.path[0]
    guard let stored = spec.field(name), let info = FieldCatalog.field(name, of: kind) else {
      if let derived = FieldCatalog.field(name, of: kind), derived.derived {
        throw .refused(.derivedField(name, plural: spec.plural), at: ref.range)
      }
      throw .refused(
        .noField(kind, name, suggestion: Suggestion.closest(to: name, in: spec.fields.map(\.name))),
        at: ref.range)
    }
    return (stored, info)
  }

  /// The values a literal stands for: none when empty, each of a comma-separated raw list on
  /// a field that repeats (`policy=P-0001,P-0002`), else one.
  private func pieces(_ node: ValueNode, repeats: Bool) throws(LanguageError) -> [ValueNode] {
    let interpreter = ValueInterpreter(session: session, lookup: lookup)
    let raw = try interpreter.text(node)
    if raw.isEmpty { return [] }
    if repeats, case .raw = try interpreter.resolved(node) {
      return raw.split(separator: ",").map { ValueNode(.word(String($0).trimmed), node.range) }
    }
    return [node]
  }

  private func texts(_ node: ValueNode, for info: FieldInfo, spec: FieldSpec)
    throws(LanguageError) -> [String]
  {
    var out: [String] = []
    for piece in try pieces(node, repeats: spec.repeats) {
      out.append(try text(piece, for: info, spec: spec))
    }
    return out
  }

  /// For `-=`: each value as written, and as the field would hold it when that differs (a
  /// value once valid may no longer name a record, and is still removed).
  private func removals(_ node: ValueNode, for info: FieldInfo, spec: FieldSpec)
    throws(LanguageError) -> [[String]]
  {
    let interpreter = ValueInterpreter(session: session, lookup: lookup)
    var out: [[String]] = []
    for piece in try pieces(node, repeats: spec.repeats) {
      let written = try interpreter.text(piece)
      let held = try? text(piece, for: info, spec: spec)
      out.append([written] + (held.map { $0 == written ? [] : [$0] } ?? []))
    }
    return out
  }

  private func text(_ node: ValueNode, for info: FieldInfo, spec: FieldSpec)
    throws(LanguageError) -> String
  {
    let interpreter = ValueInterpreter(session: session, lookup: lookup)
    if spec.type == .timestamp, case .word(let word) = try interpreter.resolved(node),
      word.lowercased() == "now"
    {
      return interpreter.now
    }
    if spec.type == .anyReference {
      try interpreter.requireAnyRecord(try interpreter.text(node), at: node.range)
    }
    switch try interpreter.value(node, for: info) {
    case .empty: return ""
    case .text(let text): return text
    case .money(let money): return money.fileText
    case .decimal(let decimal): return decimal.description
    case .int(let int): return String(int)
    case .day(let day): return day.iso
    case .bool(let flag): return flag ? "yes" : "no"
    }
  }
}
