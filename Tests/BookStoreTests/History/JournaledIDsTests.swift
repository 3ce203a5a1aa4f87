import Testing

@testable import BookStore

/// New ids never reuse one the journals name: deleting the last record (or undoing its add)
/// does not hand its number to the next record, which history would then confuse with it.
@Suite struct JournaledIDsTests {
  @Test func theScanReadsChangeIdLinesNotTheRecordTextInPlusLines() {
    let journal = Array(
      """
      %rec: Change

      txn: 1
      kind: note
      id: N-0021
      op: add
      after:
      + id: N-0099
      + about: ACME

      txn: 2
      kind: policy
      id: P-0300
      op: delete

      """.utf8)
    #expect(JournaledIDs.scan(journal, for: Array("id: N-".utf8)) == 21)
    #expect(JournaledIDs.scan(journal, for: Array("id: P-".utf8)) == 300)
    #expect(JournaledIDs.scan(journal, for: Array("id: CE-".utf8)) == 0)
  }
}
