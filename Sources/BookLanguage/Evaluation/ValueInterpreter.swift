import BookModel
import BookStore

/// What a literal means against a field: money for `premium`, a day for `due`, an enum value
/// for `status` (checked, with did-you-mean), text otherwise. Variables and `me` are resolved.
struct ValueInterpreter {
  let session: Session
  /// The book ids are looked up in, when not the session's view: inside a change, the
  /// transaction the change works on.
  var lookup: Transaction? = nil

  var today: Day { session.context.today }

  /// The time stamp `now` stands for, `YYYY-MM-DD HH:MM`: the book's day (pinned or not) at
  /// the real time.
  var now: String {
    let time = session.clock.now()
    return Timestamp(day: today, hour: time.hour, minute: time.minute)?.description
      ?? today.iso + " 00:00"
  }

  /// The literal with variables replaced by what they hold.
  func resolved(_ node: ValueNode) throws(LanguageError) -> Literal {
    try resolved(node.literal, at: node.range)
  }

  private func resolved(_ literal: Literal, at range: SourceRange) throws(LanguageError) -> Literal
  {
    switch literal {
    case .variable(let name):
      return try resolved(try session.variable(name, at: range), at: range)
    case .offset(let base, let sign, let amount):
      let newBase: Literal?
      if let base { newBase = try resolved(base, at: range) } else { newBase = nil }
      return .offset(base: newBase, sign: sign, amount: try resolved(amount, at: range))
    default:
      return literal
    }
  }

  /// The text of a literal (strings unquoted, money without `$`, day arithmetic as written).
  func text(_ node: ValueNode) throws(LanguageError) -> String {
    let literal = try resolved(node)
    switch literal {
    case .word(let text), .string(let text), .raw(let text): return text
    case .money(let text): return text
    case .variable(let name): return "$" + name
    case .offset: return literal.source
    }
  }

  /// The value a literal stands for when compared with (or assigned to) a field.
  func value(_ node: ValueNode, for field: FieldInfo) throws(LanguageError) -> Value {
    let text = try self.text(node)
    let literal = try resolved(node)
    switch field.type {
    case .money:
      do {
        return .money(try Money(parsing: text))
      } catch .beyondLimit(let maximum) {
        throw .refused(
          .tooLarge(literal.source, field: field.name, maximum: "\(maximum)"), at: node.range)
      } catch {
        throw .refused(.notOfType(literal.source, field: field.name, type: .money), at: node.range)
      }
    case .decimal:
      guard let decimal = ExactDecimal(text) else {
        throw .refused(
          .notOfType(literal.source, field: field.name, type: .decimal), at: node.range)
      }
      return .decimal(decimal)
    case .int:
      guard let number = Int(text) else {
        throw .refused(.notOfType(literal.source, field: field.name, type: .int), at: node.range)
      }
      return .int(number)
    case .day:
      return .day(try day(node))
    case .bool:
      switch text.lowercased() {
      case "yes", "true": return .bool(true)
      case "no", "false": return .bool(false)
      default:
        throw .refused(.notOfType(text, field: field.name, type: .bool), at: node.range)
      }
    case .text:
      if field.reference == .person && text == "me" { return .text(session.context.user) }
      if let kind = field.reference, !text.isEmpty {
        try requireRecord(kind, text, at: node.range)
      }
      if let allowed = field.allowedValues, !allowed.contains(text) {
        throw .refused(
          .notAllowed(
            text, field: field.name, allowed: allowed,
            suggestion: Suggestion.closest(to: text, in: allowed)), at: node.range)
      }
      return .text(text)
    }
  }

  /// Refuses an id that names no record of the kind a reference field points to, with the
  /// closest ids: a mistyped id is never a silent empty result.
  private func requireRecord(_ kind: KindID, _ id: String, at range: SourceRange)
    throws(LanguageError)
  {
    let view = lookup ?? session.view
    guard view.record(kind, id) == nil else { return }
    let keyField = kind.spec.keyField ?? "id"
    let ids = view.records(kind).compactMap { $0.value(keyField) }
    throw .refused(.noRecord(kind, id, closest: Suggestion.nearest(to: id, in: ids)), at: range)
  }

  /// Refuses an id that names no record of any kind (`about=ACEM`), with the closest ids of
  /// the kinds it could be.
  func requireAnyRecord(_ id: String, at range: SourceRange) throws(LanguageError) {
    let view = lookup ?? session.view
    guard !id.isEmpty, Lookup.record(id, in: view) == nil else { return }
    let kinds = Schema.kind(ofID: id).map { [$0.kind] } ?? Lookup.mnemonicKinds
    let ids = kinds.flatMap { kind in
      view.records(kind).compactMap { $0.value(kind.spec.keyField ?? "id") }
    }
    throw .refused(.noRecord(nil, id, closest: Suggestion.nearest(to: id, in: ids)), at: range)
  }

  /// The day a literal names (`2026-03-01`, `03/01/2026`, `today + 14d`, `+5d`).
  func day(_ node: ValueNode) throws(LanguageError) -> Day {
    let literal = try resolved(node)
    let text: String
    switch literal {
    case .offset: text = literal.source
    default: text = try self.text(node)
    }
    do {
      return try DayExpression.evaluate(text, today: today)
    } catch {
      throw .refused(.unreadable(literal.source, as: .day, reason: error.reason), at: node.range)
    }
  }

  /// A length of time (`90d`, `2w`, a bare number of days).
  func period(_ node: ValueNode) throws(LanguageError) -> Period {
    let text = try self.text(node)
    do {
      return try Period(parsing: text)
    } catch {
      throw .refused(.unreadable(text, as: .period, reason: error.reason), at: node.range)
    }
  }
}
