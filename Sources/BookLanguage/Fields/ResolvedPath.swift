import BookModel

/// A field path checked against the schema: one step per name, each with the field it reads on
/// the kind the path reaches there.
struct ResolvedPath {
  /// One name of a path.
  struct Step {
    /// The name, lower-case.
    let name: String
    /// The kind the step was checked on.
    let kind: KindID
    /// The field on that kind.
    let entry: FieldCatalog.Entry

    /// The field this step reads on a record of a kind (after `about`, records of several
    /// kinds meet the same step); nil when that kind has no such field.
    func entry(on kind: KindID) -> FieldCatalog.Entry? {
      kind == self.kind ? entry : FieldCatalog.entry(name, of: kind)
    }
  }

  let steps: [Step]
  /// The last field of the path.
  let info: FieldInfo

  /// The kinds a field like `about` may name: every kind whose records have an id.
  static let anyKinds = KindID.allCases.filter { $0.spec.keyField == "id" }

  /// Checks a path from a kind: each name a field, each but the last a reference.
  init(_ path: [String], from kind: KindID) throws(FieldError) {
    guard !path.isEmpty else { throw .emptyPath(kind: kind) }
    var steps: [Step] = []
    var current: KindID? = kind
    var through = (kind: kind, field: "")
    for (position, written) in path.enumerated() {
      let name = written.lowercased()
      let step: Step
      if let current {
        guard let entry = FieldCatalog.entry(name, of: current) else {
          let suggestion = Suggestion.closest(to: written, in: FieldCatalog.names(of: current))
          throw .unknownField(kind: current, name: written, suggestion: suggestion)
        }
        step = Step(name: name, kind: current, entry: entry)
      } else {
        let isLast = position == path.count - 1
        let candidates = Self.anyKinds.compactMap { kind in
          FieldCatalog.entry(name, of: kind).map { Step(name: name, kind: kind, entry: $0) }
        }
        let chosen =
          isLast ? candidates.first : candidates.first { $0.entry.isReference } ?? candidates.first
        guard let chosen else {
          var names: [String] = []
          for kind in Self.anyKinds {
            names += FieldCatalog.names(of: kind).filter { !names.contains($0) }
          }
          throw .unknownThroughAnyReference(
            kind: through.kind, field: through.field, name: written,
            suggestion: Suggestion.closest(to: written, in: names))
        }
        step = chosen
      }
      steps.append(step)
      guard position < path.count - 1 else { break }
      guard step.entry.isReference else {
        throw .notAReference(kind: step.kind, field: step.name, next: path[position + 1])
      }
      if step.entry.info.reference == nil { through = (step.kind, step.name) }
      current = step.entry.info.reference
    }
    self.steps = steps
    self.info = steps[steps.count - 1].entry.info
  }
}
