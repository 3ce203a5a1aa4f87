import BookModel

/// What `add` fills in when a field is not given — what a person would not type: a note is
/// by you, now; a delegation is from you, created today, open, of normal priority; under
/// `use ACCOUNT` a record's `account` is the focus. One table, per kind.
struct FieldDefaults {
  /// Where a default comes from.
  enum Source: Sendable {
    /// The session's user (`me`).
    case me
    /// The book's day.
    case today
    /// The book's day and the real time: `YYYY-MM-DD HH:MM`.
    case now
    /// The account of `use ACCOUNT`; nothing without a focus.
    case focus
    /// A fixed value.
    case value(String)
  }

  /// The defaults of each kind, in the order they are filled.
  static let table: [KindID: [(field: String, source: Source)]] = [
    .note: [("about", .focus), ("by", .me), ("at", .now)],
    .delegation: [
      ("from", .me), ("about", .focus), ("priority", .value("normal")), ("created", .today),
      ("status", .value("open")),
    ],
  ]

  /// The defaults of a kind: its row of the table, and `account` under a focus for every
  /// kind that has an account.
  static func sources(for kind: KindID) -> [(field: String, source: Source)] {
    var sources = table[kind] ?? []
    if kind.spec.field("account")?.type == .reference(.account) {
      sources.insert(("account", .focus), at: 0)
    }
    return sources
  }

  let session: Session

  /// The default values of a kind's fields in this session (a focus default only when there
  /// is a focus).
  func values(for kind: KindID) -> [(field: String, value: String)] {
    Self.sources(for: kind).compactMap { field, source in
      value(of: source).map { (field, $0) }
    }
  }

  private func value(of source: Source) -> String? {
    switch source {
    case .me: return session.context.user
    case .today: return session.context.today.iso
    case .now: return ValueInterpreter(session: session).now.description
    case .focus: return session.focus
    case .value(let value): return value
    }
  }
}
