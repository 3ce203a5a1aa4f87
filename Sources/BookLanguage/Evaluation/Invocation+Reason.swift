import BookModel

extension Invocation {
  /// The `reason="…"` of a verb that takes that assignment alone (`cancel D-…`, `waive S-…`,
  /// `cert void CE-…`): any other assignment is a usage error naming the verb and `example`;
  /// nil when no reason was given.
  func reason(verb: String, example: String) throws(LanguageError) -> String? {
    var reason: String?
    for assignment in assignments() {
      guard assignment.field.path == ["reason"] else {
        throw .refused(
          .takesOnlyField(verb: verb, field: "reason", example: example), at: assignment.field.range
        )
      }
      reason = try session.text(of: assignment.value)
    }
    return reason
  }

  /// The reason as `reason(verb:example:)` reads it, required and not empty (`what`: "cancelling
  /// a delegation").
  func requiredReason(verb: String, what: String, example: String, at range: SourceRange)
    throws(LanguageError) -> String
  {
    guard let reason = try reason(verb: verb, example: example), !reason.isEmpty else {
      throw .refused(.needsReason(what, example: example), at: range)
    }
    return reason
  }
}
