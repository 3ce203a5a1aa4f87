import BookModel

/// What a change did to a record's fields, for people: `premium: 12,500.00 → 13,250.00`
/// (money as tables write it); on a field that repeats, the values removed and added, so a
/// replacement never drops values silently.
struct ChangeSummary {
  let kind: KindID
  let before: Record
  let after: Record

  /// One line per changed field, in the order the fields stand.
  var lines: [String] {
    changedNames.compactMap { name -> String? in
      let old = before.values(name)
      let new = after.values(name)
      guard old != new else { return nil }
      guard kind.spec.field(name)?.repeats == true else {
        return "\(name): \(show(old.first, name)) → \(show(new.first, name))"
      }
      let removed = Self.without(old, new)
      let added = Self.without(new, old)
      var parts: [String] = []
      if !removed.isEmpty { parts.append("removed " + removed.joined(separator: ", ")) }
      if !added.isEmpty { parts.append("added " + added.joined(separator: ", ")) }
      if parts.isEmpty { parts.append("reordered: " + new.joined(separator: ", ")) }
      return "\(name): " + parts.joined(separator: "; ")
    }
  }

  /// The names whose values may differ, each once, in the order they first stand in `before`
  /// then `after`. When both hold the same names in the same order (a `set` of values), only
  /// the names at a position whose value differs: a script of 10,000 `set` lines summarizes
  /// 10,000 changes, so this stays a walk over the two lists.
  private var changedNames: [String] {
    let old = before.fields
    let new = after.fields
    guard old.count == new.count, zip(old, new).allSatisfy({ $0.name == $1.name }) else {
      var names: [String] = []
      var seen: Set<String> = []
      for field in old + new where seen.insert(field.name).inserted { names.append(field.name) }
      return names
    }
    var names: [String] = []
    for (index, field) in old.enumerated()
    where field.value != new[index].value && !names.contains(field.name) {
      names.append(field.name)
    }
    guard names.count > 1 else { return names }
    let first = { (name: String) in old.firstIndex { $0.name == name } ?? old.count }
    return names.sorted { first($0) < first($1) }
  }

  /// `policy P-0001: premium: …` for one field, one indented line per field for several.
  static func text(_ title: String, _ lines: [String]) -> String {
    switch lines.count {
    case 0: return "\(title): unchanged\n"
    case 1: return "\(title): \(lines[0])\n"
    default: return "\(title):\n" + lines.map { "  \($0)\n" }.joined()
    }
  }

  private func show(_ raw: String?, _ name: String) -> String {
    guard let raw, !raw.isEmpty else { return "(empty)" }
    if kind.spec.field(name)?.type == .money, let money = Money(raw) {
      return Renderer.display(.money(money))
    }
    return raw
  }

  /// The values of `list` that `other` does not hold, each occurrence counted once.
  private static func without(_ list: [String], _ other: [String]) -> [String] {
    var left = other
    var out: [String] = []
    for value in list {
      if let index = left.firstIndex(of: value) {
        left.remove(at: index)
      } else {
        out.append(value)
      }
    }
    return out
  }
}
