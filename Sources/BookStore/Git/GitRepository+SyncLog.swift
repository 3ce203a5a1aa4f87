extension GitRepository {
  /// For each journaled transaction already committed, the commit that brought it: `abc1234
  /// 2026-11-23 14:02 Jenny Kim` (short hash, when, who synced). Empty when the book is not
  /// in git.
  public func syncCommits() -> [String: String] {
    guard exists else { return [:] }
    let output = run([
      "log", "--reverse", "--no-color", "--unified=0", "--date=format:%Y-%m-%d %H:%M",
      "--format=commit %h %ad %an", "-p", "--", "journal/",
    ])
    var commits: [String: String] = [:]
    var current = ""
    for line in output.stdout.split(separator: "\n") {
      if line.hasPrefix("commit ") {
        current = String(line.dropFirst(7))
      } else if line.hasPrefix("+txn: ") {
        let txn = String(line.dropFirst(6))
        if commits[txn] == nil { commits[txn] = current }
      }
    }
    return commits
  }
}
