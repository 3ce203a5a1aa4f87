extension Subjectivity {
  /// Past due: still open and due before today.
  public func isPastDue(on today: Day) -> Bool {
    status == .open && due < today
  }

  /// Why it cannot be received or waived now: it already is. Nil while open.
  public var closingRefusal: Violation? {
    guard status != .open else { return nil }
    let when = received.map { " on \($0.iso)" } ?? ""
    return Violation(
      .lifecycle, field: "status", "already \(status.rawValue)\(when)",
      hint: "set its status to open first to change how it was met")
  }

  /// The subjectivity rules beyond the record's own fields: a status change follows the
  /// lifecycle (open → received | waived; either back to open).
  public static func guardViolations(_ record: some FieldReader, before: Record?) -> [Violation] {
    guard let before,
      let old = before.nonEmpty("status").flatMap(SubjectivityStatus.init),
      let new = record.nonEmpty("status").flatMap(SubjectivityStatus.init), old != new,
      let refusal = old.refusal(to: new, kind: "subjectivity")
    else { return [] }
    return [refusal]
  }
}

extension SubjectivityStatus: Lifecycle {
  /// open → received | waived; a received or waived one may be opened again.
  public var next: [SubjectivityStatus] {
    switch self {
    case .open: return [.received, .waived]
    case .received, .waived: return [.open]
    }
  }
}
