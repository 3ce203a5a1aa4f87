import BookStore

/// The one-line banner: the book, its counts, a pinned day, an unfinished merge, and the
/// `help` hint.
public enum Banner {
  public static func text(_ snapshot: Snapshot, _ context: BookContext?, merging: Bool = false)
    -> String
  {
    let name = snapshot.records(.agency).first?.value("name") ?? "book"
    // Counted without parsing where `.book/cache/parsed` noted them.
    let accounts = snapshot.recordCount(.account)
    let policies = snapshot.recordCount(.policy)
    var line = "book — \(name) · \(accounts) accounts · \(policies) policies"
    if let context {
      line += " · today \(context.today.iso)"
      if context.daySource != .real { line += " (pinned)" }
    }
    if merging {
      line += " · read-only: a sync's merge is unfinished (book conflicts, book resolve, book sync)"
    }
    return line
  }
}
