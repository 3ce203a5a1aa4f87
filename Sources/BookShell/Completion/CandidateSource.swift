import BookLanguage
import BookModel
import BookStore

/// Turns offers into the words that fit the typed part: names from the registry and the
/// schema (matched ignoring case), values from the data (matched with case first), files.
struct CandidateSource {
  let registry: Registry
  let view: Transaction
  let focus: String?
  let files: FileNames

  /// The words of every offer that fit `partial`.
  func candidates(for offers: [Offer], partial: String) -> [String] {
    var names: [String] = []
    var values: [String] = []
    var texts: [String] = []
    for offer in offers {
      switch offer {
      case .words(let words): names += words
      case .commandStart: names += commandWords + kindWords + ["count"]
      case .secondWords(let first): names += secondWords(after: first)
      case .kinds: names += kindWords
      case .fields(let kind): names += fieldPaths(of: kind, partial: partial)
      case .assignments(let kind):
        names += FieldCatalog.fields(of: kind).filter { !$0.derived }.map { $0.name + "=" }
      case .values(let kind, let path):
        // A holder's name is text with spaces: offered quoted (`cert issue … holder=`).
        if path == ["holder"] && kind != .account { texts += holders }
        values += self.values(of: path, on: kind, partial: partial)
      case .ids(let kind): values += ids(of: kind)
      case .idsWithStatus(let kind, let states): values += ids(of: kind, status: states)
      case .records: values += records(partial: partial)
      case .people: values += ids(of: .person) + ["me"]
      case .holders: texts += holders
      case .helpTopics:
        names += commandWords + queryKinds.map(\.plural) + ["where", "kinds", "days", "formats"]
      case .files: values += files.candidates(for: partial)
      case .parameters(let file): names += files.parameters(of: file).map { $0 + "=" }
      }
    }
    let lower = partial.lowercased()
    var fitting = names.filter { $0.lowercased().hasPrefix(lower) }
    let exact = values.filter { $0.hasPrefix(partial) }
    fitting += exact.isEmpty ? values.filter { $0.lowercased().hasPrefix(lower) } : exact
    // Texts match on what they say and are written as the language reads them (quoted).
    fitting += texts.filter { $0.lowercased().hasPrefix(lower) }.map {
      Lexer.isWord($0) ? $0 : Literal.quote($0)
    }
    return fitting
  }

  // MARK: Names

  /// The kinds a query may name (the journal is read with `log`).
  private var queryKinds: [KindSpec] { Schema.kinds.filter { $0.kind != .change } }

  private var kindWords: [String] {
    queryKinds.flatMap { [$0.singular, $0.plural] + $0.aliases }
  }

  /// The first words of command names and aliases.
  private var commandWords: [String] {
    registry.allNames.compactMap { $0.split(separator: " ").first.map(String.init) }
  }

  private func secondWords(after first: String) -> [String] {
    registry.allNames.compactMap { name in
      let words = name.split(separator: " ").map(String.init)
      return words.count == 2 && words[0] == first ? words[1] : nil
    }
  }

  /// Field names of a kind; a typed path (`account.adv`) lists the fields of the kind it
  /// reaches, prefixed. A reference field typed in full is offered with a dot too
  /// (`account` → `account`, `account.`), so Tab can go on across it.
  private func fieldPaths(of kind: KindID, partial: String) -> [String] {
    let path = FieldPaths.path(partial)
    guard let holder = FieldPaths.kind(reachedBy: path.dropLast(), from: kind),
      let typed = path.last
    else { return [] }
    let prefix = path.dropLast().map { $0 + "." }.joined()
    var names: [String] = []
    for info in FieldCatalog.fields(of: holder) {
      names.append(prefix + info.name)
      if info.reference != nil && info.name == typed { names.append(prefix + info.name + ".") }
    }
    return names
  }

  // MARK: Values

  /// The values a field takes: its enumeration, the ids it refers to, or the words the book
  /// holds in it; nothing for yes/no fields, days and amounts.
  private func values(of path: [String], on kind: KindID?, partial: String) -> [String] {
    guard let kind, let (holder, info) = FieldPaths.field(path, of: kind) else {
      // A list named like a kind (`policies=P-0001,…`) takes that kind's ids.
      guard path.count == 1, let spec = Schema.kind(named: path[0]), spec.keyField != nil else {
        return []
      }
      return ids(of: spec.kind)
    }
    if let allowed = info.allowedValues { return allowed }
    if let reference = info.reference {
      return ids(of: reference) + (reference == .person ? ["me"] : [])
    }
    guard !info.derived, info.type == .text, let stored = holder.spec.field(info.name) else {
      return []
    }
    if stored.type == .anyReference { return records(partial: partial) }
    guard stored.type == .text else { return [] }
    var seen: Set<String> = []
    for record in view.records(holder) {
      for value in record.values(info.name) where Lexer.isWord(value) { seen.insert(value) }
    }
    return Array(seen)
  }

  /// The ids of a kind's records; with a focus, only the focused account's where the kind
  /// has an `account` field.
  private func ids(of kind: KindID, status states: [String]? = nil) -> [String] {
    guard let key = kind.spec.keyField else { return [] }
    let focused = focus.flatMap { kind.spec.field("account") != nil ? $0 : nil }
    return view.records(kind).compactMap { record in
      if let focused, record.value("account") != focused { return nil }
      if let states, !states.contains(record.value("status") ?? "") { return nil }
      return record.value(key)
    }
  }

  /// The holders named on certificates and requirements, in the book's order, each once.
  private var holders: [String] {
    var seen: Set<String> = []
    var found: [String] = []
    for kind in [KindID.certificate, .requirement] {
      for record in view.records(kind) {
        guard let holder = record.nonEmpty("holder"), seen.insert(holder).inserted else { continue }
        found.append(holder)
      }
    }
    return found
  }

  /// Account ids, and the ids of the kind a typed prefix names (`P-00` → policies).
  private func records(partial: String) -> [String] {
    var found = ids(of: .account)
    if let spec = Schema.kind(ofID: partial.uppercased()) { found += ids(of: spec.kind) }
    return found
  }
}
