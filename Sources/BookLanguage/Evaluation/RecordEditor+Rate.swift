import BookModel

extension RecordEditor {
  /// An exposure's `rate=2.50/1000`: the rate and its base (`per`) together; nil for any
  /// other assignment (a plain `rate=2.50` sets the rate alone).
  func rate(_ assignment: Assignment, of spec: FieldSpec) throws(LanguageError) -> Rate? {
    guard kind == .exposure, spec.name == "rate" else { return nil }
    let text = try ValueInterpreter(session: session).text(assignment.value)
    guard text.contains("/") else { return nil }
    do {
      return try Rate(parsing: text)
    } catch {
      throw .refused(
        .unreadable(assignment.value.literal.source, as: .rate, reason: error.reason),
        at: assignment.value.range)
    }
  }
}
