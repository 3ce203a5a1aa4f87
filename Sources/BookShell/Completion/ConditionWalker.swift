import BookLanguage
import BookModel

/// Reads a condition (`status = active and (line in (GL, WC) or not in_force)`) up to the
/// cursor and says what may come there: a field, an operator, a value of the field, `and`/`or`.
struct ConditionWalker {
  let kind: KindID

  private enum State {
    /// A field, `not` or `(`.
    case field
    /// An operator after the field (or nothing, for a yes/no field).
    case operation([String])
    /// A value of the field.
    case value([String])
    /// After a value: day arithmetic, or the end of the comparison.
    case afterValue
    /// `in` after `FIELD not`.
    case notIn([String])
    /// `(` opening an `in` list.
    case listOpen([String])
    /// A value in an `in` list.
    case listValue([String])
    /// `,` or `)` in an `in` list.
    case listNext([String])
    /// After `within` (and `last`, when seen): a span.
    case within(last: Bool)
    /// After `is`: `not` or `empty`.
    case isWord
    /// After `is not`: `empty`.
    case isNot
    /// After a whole comparison: `and`, `or`, `)`, or the end of the condition.
    case after
  }

  /// Reads the condition from the stream's position. `.consumed` leaves the stream on the
  /// first token that is not part of the condition.
  func walk(_ stream: inout TokenStream) -> Step {
    var state = State.field
    var depth = 0
    while let token = stream.peek {
      switch state {
      case .field:
        if token.isWord("not") {
          stream.advance()
        } else if token.isSymbol("(") {
          depth += 1
          stream.advance()
        } else if token.kind == .word {
          state = .operation(FieldPaths.path(token.text))
          stream.advance()
        } else {
          return .mismatch
        }
      case .operation(let path):
        if token.kind == .symbol, Self.operators.contains(token.text) {
          state = .value(path)
          stream.advance()
        } else if token.isWord("in") {
          state = .listOpen(path)
          stream.advance()
        } else if token.isWord("not") {
          state = .notIn(path)
          stream.advance()
        } else if token.isWord("within") {
          state = .within(last: false)
          stream.advance()
        } else if token.isWord("is") {
          state = .isWord
          stream.advance()
        } else {
          state = .after  // a yes/no field stands alone
        }
      case .value:
        guard stream.nextIsSimpleValue || token.isSymbol("+") || token.isSymbol("-") else {
          return .mismatch
        }
        if stream.nextIsSimpleValue { state = .afterValue }
        stream.advance()
      case .afterValue:
        if token.isSymbol("+") || token.isSymbol("-") {
          state = .value([])
          stream.advance()
        } else {
          state = .after
        }
      case .notIn(let path):
        guard token.isWord("in") else { return .mismatch }
        state = .listOpen(path)
        stream.advance()
      case .listOpen(let path):
        guard token.isSymbol("(") else { return .mismatch }
        state = .listValue(path)
        stream.advance()
      case .listValue(let path):
        if token.isSymbol(")") {
          state = .after
        } else if stream.nextIsSimpleValue {
          state = .listNext(path)
        } else {
          return .mismatch
        }
        stream.advance()
      case .listNext(let path):
        if token.isSymbol(",") {
          state = .listValue(path)
        } else if token.isSymbol(")") {
          state = .after
        } else {
          return .mismatch
        }
        stream.advance()
      case .within(let last):
        if !last && token.isWord("last") {
          state = .within(last: true)
        } else if stream.nextIsSimpleValue {
          state = .after
        } else {
          return .mismatch
        }
        stream.advance()
      case .isWord, .isNot:
        if token.isWord("not"), case .isWord = state {
          state = .isNot
        } else if token.isWord("empty") {
          state = .after
        } else {
          return .mismatch
        }
        stream.advance()
      case .after:
        if token.isWord("and") || token.isWord("or") {
          state = .field
        } else if token.isSymbol(")"), depth > 0 {
          depth -= 1
        } else {
          return .consumed
        }
        stream.advance()
      }
    }
    return offers(at: state, closed: depth == 0)
  }

  private static let operators: Set<String> = ["=", "!=", "<", "<=", ">", ">=", "~"]

  /// What may come when the words run out in a state.
  private func offers(at state: State, closed: Bool) -> Step {
    let joiners = Offer.words(["and", "or"])
    switch state {
    case .field: return .ended([.fields(kind)])
    case .operation(let path):
      let info = FieldPaths.field(path, of: kind)?.info
      if info?.type == .bool { return closed ? .open([joiners]) : .ended([joiners]) }
      return .ended([
        .words(info?.type == .day ? ["in", "is", "not", "within"] : ["in", "is", "not"])
      ])
    case .notIn: return .ended([.words(["in"])])
    case .value(let path), .listValue(let path):
      return .ended(path.isEmpty ? [] : [.values(kind, path: path)])
    case .afterValue, .after: return closed ? .open([joiners]) : .ended([joiners])
    case .listOpen, .listNext: return .ended([])
    case .within(let last): return .ended(last ? [] : [.words(["last"])])
    case .isWord: return .ended([.words(["empty", "not"])])
    case .isNot: return .ended([.words(["empty"])])
    }
  }
}
