import BookModel

// The wording of field errors, in one place.
extension FieldError {
  /// One line for people: "policies have no field 'premum'".
  public var message: String {
    switch self {
    case .emptyPath(let kind):
      return "a field of \(kind.spec.plural) is missing"
    case .unknownField(let kind, let name, _):
      return "\(Self.subject(kind)) no field '\(name)'"
    case .notAReference(let kind, let field, let next):
      return
        "'\(field)' of \(kind.spec.plural) is not a reference, so '\(field).\(next)' leads nowhere"
    case .unknownThroughAnyReference(_, let field, let name, _):
      return "no record '\(field)' can name has a field '\(name)'"
    }
  }

  /// What to do about it: a suggestion, where to find the fields.
  public var notes: [String] {
    switch self {
    case .emptyPath(let kind):
      return [Self.helpNote(kind)]
    case .unknownField(let kind, _, let suggestion):
      return Self.didYouMean(suggestion) + [Self.helpNote(kind)]
    case .notAReference(let kind, _, _):
      let references = FieldCatalog.fields(of: kind).filter {
        FieldCatalog.entry($0.name, of: kind)?.isReference == true
      }.map(\.name)
      guard !references.isEmpty else {
        return ["\(Self.subject(kind)) no references to follow", Self.helpNote(kind)]
      }
      return [
        "paths follow references; those of \(kind.spec.plural): "
          + references.joined(separator: ", ")
      ]
    case .unknownThroughAnyReference(_, let field, _, let suggestion):
      return Self.didYouMean(suggestion) + [
        "'\(field)' names an account, a person, a carrier or a record by its id (P-0001)"
      ]
    }
  }

  /// "policies have", "team has" (a plural that is a collective noun takes "has").
  static func subject(_ kind: KindID) -> String {
    let plural = kind.spec.plural
    return plural.hasSuffix("s") ? "\(plural) have" : "\(plural) has"
  }

  private static func helpNote(_ kind: KindID) -> String {
    "Fields of \(kind.spec.plural): help \(kind.spec.plural)"
  }

  private static func didYouMean(_ suggestion: String?) -> [String] {
    suggestion.map { ["Did you mean '\($0)'?"] } ?? []
  }
}
