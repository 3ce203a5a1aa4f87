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
        throw .refused(.withinNeedsDay(field: info.name, type: info.type), at: ref.range)
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
        throw .refused(.needsComparison(field: info.name, written: ref.name), at: ref.range)
      }
      return .flag(ref.path)
    }
  }

  /// How many records of the kind meet the condition, counted over columns of the snapshot
  /// (see `Snapshot.column`) without reading the records; nil when a part of the condition
  /// needs the records themselves (a path, a derived field, a value only the text holds).
  func columnCount(_ snapshot: Snapshot) -> Int? {
    columnRows(snapshot)?.count
  }

  /// The rows (record positions in the file) that meet the condition, from columns; nil as
  /// for `columnCount`.
  func columnRows(_ snapshot: Snapshot) -> [Int]? {
    guard let test = ColumnTest(test, snapshot: snapshot, kind: kind) else { return nil }
    return test.rows
  }

  /// A condition over columns: the same answers as `evaluate` gives records read in place.
  private indirect enum ColumnTest {
    case and(ColumnTest, ColumnTest)
    case or(ColumnTest, ColumnTest)
    case not(ColumnTest)
    /// The record's code equals `code` (nil: a value the column never holds).
    case text(codes: [UInt32], code: UInt32?, equal: Bool)
    case money(cents: [Int64], wanted: Int64, Condition.Comparison)

    init?(_ test: Test, snapshot: Snapshot, kind: KindID) {
      switch test {
      case .and(let left, let right):
        guard let left = ColumnTest(left, snapshot: snapshot, kind: kind),
          let right = ColumnTest(right, snapshot: snapshot, kind: kind)
        else { return nil }
        self = .and(left, right)
      case .or(let left, let right):
        guard let left = ColumnTest(left, snapshot: snapshot, kind: kind),
          let right = ColumnTest(right, snapshot: snapshot, kind: kind)
        else { return nil }
        self = .or(left, right)
      case .not(let inner):
        guard let inner = ColumnTest(inner, snapshot: snapshot, kind: kind) else { return nil }
        self = .not(inner)
      case .raw(let raw, _):
        switch (raw.check, snapshot.column(kind, raw.field)) {
        case (.text(let wanted, let equal), .text(let values, let codes)):
          let code = values.firstIndex(of: wanted).map { UInt32($0 + 1) }
          self = .text(codes: codes, code: code, equal: equal)
        case (.money(let wanted, let op), .money(let cents)):
          self = .money(cents: cents, wanted: wanted, op)
        default:
          return nil
        }
      default:
        return nil
      }
    }

    /// The rows of the columns (records, in file order) that meet the test.
    var rows: [Int] {
      var rows: [Int] = []
      for row in 0..<count where matches(row) { rows.append(row) }
      return rows
    }

    private var count: Int {
      switch self {
      case .and(let left, _), .or(let left, _), .not(let left): return left.count
      case .text(let codes, _, _): return codes.count
      case .money(let cents, _, _): return cents.count
      }
    }

    /// As `RawTest.matches`: a record without the value is unequal to anything.
    private func matches(_ row: Int) -> Bool {
      switch self {
      case .and(let left, let right): return left.matches(row) && right.matches(row)
      case .or(let left, let right): return left.matches(row) || right.matches(row)
      case .not(let inner): return !inner.matches(row)
      case .text(let codes, let code, let equal):
        let value = codes[row]
        if value == 0 { return !equal }
        return (value == code) == equal
      case .money(let cents, let wanted, let op):
        let value = cents[row]
        if value == Column.absent { return op == .notEqual }
        switch op {
        case .equal: return value == wanted
        case .notEqual: return value != wanted
        case .less: return value < wanted
        case .lessOrEqual: return value <= wanted
        case .greater: return value > wanted
        case .greaterOrEqual: return value >= wanted
        }
      }
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
