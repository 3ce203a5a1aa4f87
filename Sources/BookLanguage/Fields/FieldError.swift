import BookModel

/// Why a field path cannot be read from a kind. Data only; the wording is in
/// `LanguageRefusal+Phrases`.
public enum FieldError: Error, Sendable, Equatable {
  /// No field was named.
  case emptyPath(kind: KindID)
  /// The kind has no such field, stored or derived; `suggestion` is the closest name.
  case unknownField(kind: KindID, name: String, suggestion: String?)
  /// A path goes on (`next`) past a field of the kind that is not a reference.
  case notAReference(kind: KindID, field: String, next: String)
  /// A path goes through `field` (which may name a record of any kind, like `about`) to a
  /// name that no kind it can name has.
  case unknownThroughAnyReference(kind: KindID, field: String, name: String, suggestion: String?)
}
