import BookModel
import BookStore

/// Decides whether a record meets a `where` condition. The condition is compiled once per
/// query (fields checked, literals turned into values), then tested on each record.
struct ConditionEvaluator {
  private indirect enum Test {
    case and(Test, Test)
    case or(Test, Test)
    case not(Test)
    case compare([String], Condition.Comparison, Value)
    case member([String], [Value], negated: Bool)
    case between([String], Value, Value)
    case isEmpty([String], negated: Bool)
    case contains([String], String)
    case flag([String])
    /// A comparison tested on the bytes of a record read in place, else as `slow`.
    case raw(RawTest, slow: Box)
  }

  /// A test held by reference, so that `raw` keeps the test it falls back on.
  private final class Box {
    let test: Test
    init(_ test: Test) { self.test = test }
  }

  private let test: Test
  private let kind: KindID
  private let resolver: FieldResolver

  init(_ condition: Condition, kind: KindID, session: Session, resolver: FieldResolver)
    throws(LanguageError)
  {
    self.kind = kind
    self.resolver = resolver
    self.test = try Self.compile(
      condition, kind: kind, interpreter: ValueInterpreter(session: session), resolver: resolver)
  }

  private static func compile(
    _ condition: Condition, kind: KindID, interpreter: ValueInterpreter, resolver: FieldResolver
  ) throws(LanguageError) -> Test {
    func field(_ ref: FieldRef) throws(LanguageError) -> FieldInfo {
      do {
        return try resolver.resolve(ref.path, from: kind)
      } catch {
        throw LanguageError(error, at: ref.range)
      }
    }
    func value(_ node: ValueNode, _ ref: FieldRef, _ info: FieldInfo) throws(LanguageError)
      -> Value
    {
      let stored = ref.path.count == 1 ? kind.spec.field(info.name)?.type : nil
      if stored == .timestamp, case .word(let word) = try interpreter.resolved(node),
        word.lowercased() == "now"
      {
        return .text(interpreter.now)
      }
      let value = try interpreter.value(node, for: info)
      if stored == .anyReference,
        case .text(let id) = value
      {
        try interpreter.requireAnyRecord(id, at: node.range)
      }
      return value
    }
    func sub(_ inner: Condition) throws(LanguageError) -> Test {
      try compile(inner, kind: kind, interpreter: interpreter, resolver: resolver)
    }
    switch condition {
    case .and(let left, let right): return .and(try sub(left), try sub(right))
    case .or(let left, let right): return .or(try sub(left), try sub(right))
    case .not(let inner): return .not(try sub(inner))
    case .compare(let ref, let op, let node):
      let info = try field(ref)
      let wanted = try value(node, ref, info)
      let slow = Test.compare(ref.path, op, wanted)
      guard ref.path.count == 1, !info.derived,
        let raw = RawTest(
          field: info.name, stored: kind.spec.field(info.name)?.type, repeats: info.repeats,
          op: op, wanted: wanted)
      else { return slow }
      return .raw(raw, slow: Box(slow))
    case .member(let ref, let nodes, let negated):
      let info = try field(ref)
      var values: [Value] = []
      for node in nodes { values.append(try value(node, ref, info)) }
      return .member(ref.path, values, negated: negated)
    case .within(let ref, let last, let node):
      let info = try field(ref)
      guard info.type == .day else {
        throw .failed(
          "within needs a date field; \(info.name) is \(info.type.rawValue)", at: ref.range)
      }
      let period = try interpreter.period(node)
      let today = interpreter.today
      return last
        ? .between(ref.path, .day(today.subtracting(period)), .day(today))
        : .between(ref.path, .day(today), .day(today.adding(period)))
    case .isEmpty(let ref, let negated):
      _ = try field(ref)
      return .isEmpty(ref.path, negated: negated)
    case .matches(let ref, let node):
      _ = try field(ref)
      return .contains(ref.path, TextFolding.fold(try interpreter.text(node)))
    case .flag(let ref):
      let info = try field(ref)
      guard info.type == .bool || info.allowedValues == ["yes", "no"] else {
        throw .failed(
          "\(info.name) is not a yes/no field, so it needs a comparison",
          notes: ["Compare it: \(ref.name) = VALUE, or test it: \(ref.name) is empty"],
          at: ref.range)
      }
      return .flag(ref.path)
    }
  }

  /// Whether the record meets the condition.
  func matches(_ record: RecordView) -> Bool {
    evaluate(test, record)
  }

  private func values(_ path: [String], _ record: RecordView) -> [Value] {
    (try? resolver.values(path, of: record, kind: kind)) ?? []
  }

  private func evaluate(_ test: Test, _ record: RecordView) -> Bool {
    switch test {
    case .and(let left, let right): return evaluate(left, record) && evaluate(right, record)
    case .or(let left, let right): return evaluate(left, record) || evaluate(right, record)
    case .not(let inner): return !evaluate(inner, record)
    case .compare(let path, let op, let wanted):
      let found = values(path, record)
      if op == .notEqual {
        return !found.contains { ValueOrder.compare($0, wanted) == .orderedSame }
      }
      return found.contains { value in
        let order = ValueOrder.compare(value, wanted)
        switch op {
        case .equal: return order == .orderedSame
        case .notEqual: return order != .orderedSame
        case .less: return order == .orderedAscending
        case .lessOrEqual: return order != .orderedDescending
        case .greater: return order == .orderedDescending
        case .greaterOrEqual: return order != .orderedAscending
        }
      }
    case .member(let path, let wanted, let negated):
      return values(path, record).contains { value in
        wanted.contains { ValueOrder.compare(value, $0) == .orderedSame }
      } != negated
    case .between(let path, let low, let high):
      return values(path, record).contains {
        ValueOrder.compare($0, low) != .orderedAscending
          && ValueOrder.compare($0, high) != .orderedDescending
      }
    case .isEmpty(let path, let negated):
      return values(path, record).allSatisfy(\.isEmpty) != negated
    case .contains(let path, let needle):
      return values(path, record).contains {
        TextFolding.contains(Renderer.display($0), folded: needle)
      }
    case .flag(let path):
      return values(path, record).contains { $0 == .bool(true) || $0 == .text("yes") }
    case .raw(let raw, let slow):
      if case .loaded(let loaded) = record, let answer = raw.matches(loaded) { return answer }
      return evaluate(slow.test, record)
    }
  }
}
