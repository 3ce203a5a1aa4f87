import CLibEdit
import Testing

@Suite struct LinkTests {
  @Test func historyKeepsEntriesAndDropsConsecutiveDuplicates() {
    guard let history = book_history_open(10) else {
      Issue.record("history_init returned NULL")
      return
    }
    defer { history_end(history) }
    #expect(book_history_enter(history, "policies") >= 0)
    #expect(book_history_enter(history, "policies") >= 0)
    #expect(book_history_enter(history, "accounts") >= 0)
    #expect(book_history_count(history) == 2)
  }
}
