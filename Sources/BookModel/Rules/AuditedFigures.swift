/// What `audited=` gives an audit's exposure rows (DESIGN.md "Domain notes: Audits"): a bare
/// figure for the only row (`audited=910000`), or figures named by class
/// (`audited=5645:460000,8810:90000`) or by row id (`EX-0003:50000`). A class named twice sets
/// its rows in order; figures may use thousands separators (`5645:460,000`).
public enum AuditedFigures {
  /// The rows with their new audited figures; every row must end with one.
  public static func apply(_ text: String, to rows: [Exposure], audit: String)
    throws(AuditedFiguresError) -> [Exposure]
  {
    guard !rows.isEmpty else { throw .noRows(audit: audit) }
    var rows = rows
    let classes = rows.compactMap(\.classCode).reduce(into: [String]()) { list, code in
      if !list.contains(code) { list.append(code) }
    }
    if !text.contains(":") {
      guard let figure = number(text) else { throw .notANumber(text) }
      guard rows.count == 1 else {
        throw .needsClasses(audit: audit, rows: rows.count, classes: classes)
      }
      rows[0].audited = figure
      return rows
    }
    var used: Set<Int> = []
    for part in pairs(text) {
      let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
      guard pieces.count == 2 else { throw .notAPair(String(part)) }
      let key = pieces[0].trimmingSpacesAround
      guard let figure = number(String(pieces[1])) else { throw .notANumber(String(pieces[1])) }
      let matching = rows.indices.filter { rows[$0].id == key || rows[$0].classCode == key }
      guard !matching.isEmpty else {
        throw .unknownClass(key, audit: audit, classes: classes)
      }
      guard let index = matching.first(where: { !used.contains($0) }) else {
        throw .namedTooOften(key, audit: audit, rows: matching.count)
      }
      used.insert(index)
      rows[index].audited = figure
    }
    let missing = rows.filter { $0.audited == nil }.map { $0.classCode ?? $0.id }
    guard missing.isEmpty else { throw .missing(audit: audit, classes: missing) }
    return rows
  }

  /// The `CLASS:FIGURE` parts; a part of three digits alone continues the figure before it
  /// (`5645:460,000,8810:90,000`).
  static func pairs(_ text: String) -> [String] {
    var parts: [String] = []
    for part in text.split(separator: ",", omittingEmptySubsequences: false) {
      if part.count == 3, part.allSatisfy(\.isNumber), let last = parts.last, last.contains(":") {
        parts[parts.count - 1] = last + "," + part
      } else {
        parts.append(String(part))
      }
    }
    return parts
  }

  private static func number(_ text: String) -> ExactDecimal? {
    guard let value = ExactDecimal(text.trimmingSpacesAround), value.units >= 0 else { return nil }
    return value
  }
}

/// Why `audited=` cannot be applied to an audit's rows.
public enum AuditedFiguresError: Error, Sendable, Equatable {
  case noRows(audit: String)
  case notANumber(String)
  case notAPair(String)
  case needsClasses(audit: String, rows: Int, classes: [String])
  case unknownClass(String, audit: String, classes: [String])
  case namedTooOften(String, audit: String, rows: Int)
  case missing(audit: String, classes: [String])

  /// What is wrong, for people.
  public var message: String {
    switch self {
    case .noRows(let audit): return "\(audit) has no exposure rows to audit"
    case .notANumber(let text): return "'\(text)' is not an exposure figure"
    case .notAPair(let text): return "'\(text)' is not CLASS:FIGURE"
    case .needsClasses(let audit, let rows, _):
      return "\(audit) has \(rows) exposure rows: name each audited figure by its class"
    case .unknownClass(let code, let audit, let classes):
      return "\(audit) has no exposure row of class \(code); its classes are "
        + classes.joined(separator: ", ")
    case .namedTooOften(let code, let audit, let rows):
      return "class \(code) is named more often than \(audit) has rows of it (\(rows))"
    case .missing(let audit, let classes):
      return "no audited figure for class " + classes.joined(separator: ", ") + " of \(audit)"
    }
  }

  /// What to write instead: `audited=5645:460000,8810:90000`.
  public var hint: String? {
    switch self {
    case .noRows(let audit):
      return "add one first: audit exposure \(audit) class=… basis=… estimated=… rate=…"
    case .needsClasses(_, _, let classes), .unknownClass(_, _, let classes):
      return "for example: audited=" + classes.map { "\($0):N" }.joined(separator: ",")
    case .missing:
      return "give every row its audited figure (a class named twice sets its rows in order)"
    case .notANumber, .notAPair:
      return "write audited=N for the only row, or audited=CLASS:N,CLASS:N"
    case .namedTooOften: return nil
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces.
  var trimmingSpacesAround: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
