import BookModel

/// What one command did to a transaction: the changes it touched (so that only they are
/// checked), and what they and the indexes were before it (so that a refused command can be
/// taken back without copying the transaction).
struct CommandLog: Sendable {
  /// The command's text, as the journal names it.
  let text: String
  /// How many changes the transaction had when the command began.
  let count: Int
  /// The highest numbers assigned when the command began (one per kind).
  let highest: [KindID: Int]
  /// The records the command adds are brought in as they stood (an import).
  let standing: Bool
  /// The changes touched, in the order first touched.
  private(set) var touched: [Int] = []
  private var seen: Set<Int> = []
  /// Changes older than the command, as they were before it first changed them, by index.
  private(set) var kept: [Int: PendingChange] = [:]
  /// Key positions as they were before each change of one, in order.
  var positions: [(KindID, String, Int?)] = []
  /// Vacated keys as they were before each change of one, in order.
  var vacated: [(KindID, String, Bool)] = []

  init(text: String, count: Int, highest: [KindID: Int], standing: Bool) {
    self.text = text
    self.count = count
    self.highest = highest
    self.standing = standing
  }

  /// Notes that the command touches a change.
  mutating func touch(_ index: Int) {
    if seen.insert(index).inserted { touched.append(index) }
  }

  /// Notes that the command is about to change a change, keeping it as it was the first time.
  mutating func keep(_ index: Int, _ change: PendingChange) {
    guard seen.insert(index).inserted else { return }
    touched.append(index)
    if index < count { kept[index] = change }
  }
}
