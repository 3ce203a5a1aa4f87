import BookModel

// The wording of refusals about values given to fields, in one place.
extension LanguageError {
  /// An id that names no record: "no carrier TRV", with the closest ids.
  static func noRecord(_ kind: KindID?, _ id: String, closest: [String], at range: SourceRange)
    -> LanguageError
  {
    var notes: [String] = []
    if !closest.isEmpty { notes.append("Did you mean \(Self.either(closest))?") }
    guard let kind else {
      return .failed("no record has the id \(id)", notes: notes, at: range)
    }
    notes.append("List them: \(kind.spec.plural)")
    return .failed("no \(kind.spec.singular) \(id)", notes: notes, at: range)
  }

  /// `+=` or `-=` on a field that holds one value.
  static func notRepeating(_ assignment: Assignment, kind: KindID) -> LanguageError {
    let name = assignment.field.name
    let verb = assignment.operation == .add ? "adds a value to" : "removes a value from"
    let repeating = kind.spec.fields.filter(\.repeats).map(\.name)
    var notes = ["Replace its value: \(name)=\(assignment.value.literal.source)"]
    if !repeating.isEmpty {
      notes.append(
        "Fields of \(kind.spec.plural) that repeat: " + repeating.joined(separator: ", "))
    }
    return .failed(
      "\(assignment.operation.rawValue) \(verb) a field that repeats; \(name) holds one value",
      notes: notes, at: assignment.field.range)
  }

  /// `+=` of a value the field holds already.
  static func alreadyHolds(_ field: String, _ value: String, at range: SourceRange)
    -> LanguageError
  {
    .failed("\(field) already holds '\(value)'", at: range)
  }

  /// `-=` of a value the field does not hold, with the closest of those it holds.
  static func doesNotHold(
    _ field: String, _ value: String, holding: [String], at range: SourceRange
  ) -> LanguageError {
    var notes: [String] = []
    if let close = Suggestion.closest(to: value, in: holding) {
      notes.append("Did you mean '\(close)'?")
    }
    notes.append(
      holding.isEmpty
        ? "\(field) is empty"
        : "\(field) holds: " + holding.map { "'\($0)'" }.joined(separator: ", "))
    return .failed("\(field) holds no '\(value)'", notes: notes, at: range)
  }

  /// "A", "A or B", "A, B or C".
  static func either(_ words: [String]) -> String {
    guard let last = words.last, words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " or " + last
  }
}
