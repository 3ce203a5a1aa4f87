import BookLanguage
import BookModel

/// Field paths as typed (`account.advocate`): split into names and followed across references.
enum FieldPaths {
  /// The lower-case names of a typed path.
  static func path(_ text: String) -> [String] {
    text.split(separator: ".", omittingEmptySubsequences: false).map { $0.lowercased() }
  }

  /// The field a path names from a kind, with the kind that holds it; nil when a name is not a
  /// field or a name before the last is not a reference.
  static func field(_ path: [String], of kind: KindID) -> (kind: KindID, info: FieldInfo)? {
    guard let last = path.last else { return nil }
    guard let holder = Self.kind(reachedBy: path.dropLast(), from: kind),
      let info = FieldCatalog.field(last, of: holder)
    else { return nil }
    return (holder, info)
  }

  /// The kind reached by following the named references in turn.
  static func kind(reachedBy names: ArraySlice<String>, from kind: KindID) -> KindID? {
    var current = kind
    for name in names {
      guard let next = FieldCatalog.field(name, of: current)?.reference else { return nil }
      current = next
    }
    return current
  }
}
