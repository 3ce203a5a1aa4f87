import BookModel
import BookStore

/// `log ACCOUNT`: the account's activity history — the journal's changes to any of its records
/// (the account itself, its policies, delegations, notes…) and the notes people wrote, one
/// list by day.
struct AccountActivity {
  let account: String
  let view: Transaction

  /// Nil when the id names no account (then `log` shows that record's changes alone).
  init?(account: String, view: Transaction) {
    guard view.record(.account, account) != nil else { return nil }
    self.account = account
    self.view = view
  }

  /// Whether a journal entry changed one of the account's records (as it was, or became).
  func includes(_ entry: JournalEntry) -> Bool {
    if entry.kind == .account { return entry.id == account }
    // A note added is listed as the note itself.
    if entry.kind == .note, entry.before == nil, view.record(.note, entry.id) != nil {
      return false
    }
    return [entry.after, entry.before].contains { record in
      record.map { AccountRecords.account(of: $0, kind: entry.kind, in: view) == account }
        ?? false
    }
  }

  /// The change rows with the account's notes among them, by day and time (a note's time is
  /// its `at`); `since` keeps the notes from that day on.
  func interleaved(_ changes: [[Value]], since: Day?) -> [[Value]] {
    var rows = changes
    for note in view.records(.note) {
      guard let at = note.value("at").flatMap({ Timestamp($0) }),
        AccountRecords.account(of: note, kind: .note, in: view) == account
      else { continue }
      if let since, at.day < since { continue }
      rows.append([
        .text(at.description), .day(at.day), .text(note.value("by") ?? ""),
        .text("note \(note.value("id") ?? "")"), .text(note.value("text") ?? ""), .text(""),
      ])
    }
    let key = { (row: [Value]) -> (Day, String) in
      let day: Day
      if case .day(let value) = row[1] { day = value } else { day = Day(daysSinceEpoch: 0) }
      let time: String
      if case .text(let value) = row[0] { time = value } else { time = "" }
      return (day, time)
    }
    return rows.enumerated().sorted { left, right in
      let (a, b) = (key(left.element), key(right.element))
      return a != b ? a < b : left.offset < right.offset
    }.map(\.element)
  }
}
