import BookModel

extension Snapshot {
  /// The book's records at the end of a day from the journals alone: every journaled change
  /// made after that day taken back, newest first, from the journals' before-images. `unjournaled`
  /// is the newest change that found its record otherwise than it left it (something changed
  /// that record since outside the journals), nil when every one found it as it left it.
  func journalPast(_ day: Day, history: History) -> (
    records: PastRecords, unjournaled: JournalEntry?
  ) {
    taken(back: history.transactions.filter { $0.day > day })
  }

  /// This snapshot's records with those transactions taken back, newest first; the newest
  /// change that did not find its record as it left it.
  func taken(back transactions: [JournalTransaction]) -> (
    records: PastRecords, unjournaled: JournalEntry?
  ) {
    var records = PastRecords(self)
    var unjournaled: JournalEntry?
    for transaction in transactions.reversed() {
      for entry in transaction.entries.reversed() where !records.takeBack(entry) {
        if unjournaled == nil { unjournaled = entry }
      }
    }
    return (records, unjournaled)
  }
}
