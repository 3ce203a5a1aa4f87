extension Query {
  /// The clause words, in the order a query takes them: the parser reads a query by this list
  /// and completion offers from it, so a clause is added in one place.
  public static let clauses = [
    "where", "sort", "limit", "fields", "sum", "avg", "min", "max", "count", "by", "as", "into",
  ]

  /// The clause words that aggregate; a query takes one of them.
  public static let aggregateClauses: Set<String> = ["sum", "avg", "min", "max", "count"]
}
