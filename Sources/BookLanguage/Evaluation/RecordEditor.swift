import BookModel
import BookStore

/// Applies `FIELD=VALUE` assignments to a record: checks each field exists and may be set,
/// turns each value into the text files hold (ISO days, plain money), clears on empty.
struct RecordEditor {
  let session: Session
  let kind: KindID

  /// The record with the assignments applied.
  func apply(_ assignments: [Assignment], to record: Record) throws(LanguageError) -> Record {
    var record = record
    var seenRepeating: Set<String> = []
    for assignment in assignments {
      let (spec, info) = try field(assignment.field)
      if let rate = try rate(assignment, of: spec) {
        record.set("rate", rate.rate.description)
        record.set("per", rate.per.rawValue)
        continue
      }
      let values = try texts(assignment.value, for: info, repeats: spec.repeats)
      if spec.repeats {
        let existing = seenRepeating.contains(spec.name) ? record.values(spec.name) : []
        record.setAll(spec.name, existing + values)
        seenRepeating.insert(spec.name)
      } else {
        record.set(spec.name, values.first ?? "")
      }
    }
    return record
  }

  /// A record made of the assignments, fields in the kind's schema order.
  func make(_ assignments: [Assignment]) throws(LanguageError) -> Record {
    let built = try apply(assignments, to: Record())
    let order = kind.spec.fields.map(\.name)
    var fields: [Field] = []
    for name in order { fields += built.fields.filter { $0.name == name } }
    return Record(fields)
  }

  private func field(_ ref: FieldRef) throws(LanguageError) -> (FieldSpec, FieldInfo) {
    let spec = kind.spec
    guard ref.path.count == 1 else {
      throw .failed(
        "\(ref.name) is a field of another record; set it there",
        notes: [
          "For example: set \(ref.path[0]) ID \(ref.path.dropFirst().joined(separator: "."))=…"
        ],
        at: ref.range)
    }
    let name = ref.path[0]
    guard let stored = spec.field(name), let info = FieldCatalog.field(name, of: kind) else {
      if let derived = FieldCatalog.field(name, of: kind), derived.derived {
        throw .failed(
          "\(name) is derived from other fields of \(spec.plural); it cannot be set",
          notes: ["help \(spec.plural) lists the fields that can be set."], at: ref.range)
      }
      var notes: [String] = []
      if let close = Suggestion.closest(to: name, in: spec.fields.map(\.name)) {
        notes.append("Did you mean '\(close)'?")
      }
      notes.append("Fields of \(spec.plural): help \(spec.plural)")
      throw .failed("\(spec.plural) have no field '\(name)'", notes: notes, at: ref.range)
    }
    return (stored, info)
  }

  private func texts(_ node: ValueNode, for info: FieldInfo, repeats: Bool)
    throws(LanguageError) -> [String]
  {
    let interpreter = ValueInterpreter(session: session)
    let raw = try interpreter.text(node)
    if raw.isEmpty { return [] }
    if repeats, case .raw = try interpreter.resolved(node) {
      var out: [String] = []
      for part in raw.split(separator: ",") {
        let piece = ValueNode(.word(String(part).trimmed), node.range)
        out.append(try text(piece, for: info, interpreter))
      }
      return out
    }
    return [try text(node, for: info, interpreter)]
  }

  private func text(_ node: ValueNode, for info: FieldInfo, _ interpreter: ValueInterpreter)
    throws(LanguageError) -> String
  {
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
