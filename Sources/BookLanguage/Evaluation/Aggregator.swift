import BookModel
import BookStore

/// `sum`, `avg`, `min` and `max` over a field of records, exact: money stays money (an
/// average is rounded half-up to the cent), decimals stay decimals.
enum Aggregator {
  static func compute(
    _ aggregate: Query.Aggregate, over records: [RecordView], query: Query,
    resolver: FieldResolver, info: (FieldRef) throws(LanguageError) -> FieldInfo
  ) throws(LanguageError) -> (name: String, value: Value) {
    guard let field = aggregate.field else { return ("count", .int(records.count)) }
    let fieldInfo = try info(field)
    let name = "\(aggregate.function.rawValue)_\(field.name)"
    var values: [Value] = []
    for record in records {
      values += ((try? resolver.values(field.path, of: record, kind: query.kind)) ?? []).filter {
        !$0.isEmpty
      }
    }
    switch aggregate.function {
    case .count:
      return ("count", .int(records.count))
    case .min:
      return (name, values.min(by: ValueOrder.less) ?? .empty)
    case .max:
      return (name, values.max(by: ValueOrder.less) ?? .empty)
    case .sum, .avg:
      guard [.money, .decimal, .int].contains(fieldInfo.type) else {
        throw .refused(
          .notANumberField(
            function: aggregate.function.rawValue, field: fieldInfo.name, type: fieldInfo.type),
          at: field.range)
      }
      var total = ExactDecimal.zero
      for value in values {
        let term: ExactDecimal
        switch value {
        case .money(let money): term = money.decimal
        case .decimal(let decimal): term = decimal
        case .int(let int): term = ExactDecimal(int)
        default: continue
        }
        guard let sum = total.adding(term) else {
          throw .refused(
            .aggregateTooLarge(function: aggregate.function.rawValue, field: fieldInfo.name),
            at: field.range)
        }
        total = sum
      }
      var result = total
      if aggregate.function == .avg {
        guard !values.isEmpty else { return (name, .empty) }
        result =
          total.divided(by: ExactDecimal(values.count), places: fieldInfo.type == .money ? 2 : 6)
          ?? total
      }
      switch fieldInfo.type {
      case .money: return (name, .money(Money(rounding: result)))
      case .int where aggregate.function == .sum: return (name, .int(Int(result.units)))
      default: return (name, .decimal(result.normalized))
      }
    }
  }
}
