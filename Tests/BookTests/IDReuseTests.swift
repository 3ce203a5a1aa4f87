import Foundation
import Testing

/// A deleted record's id, or the id of an add that was undone, is never given to a new record:
/// the journals still name it.
@Suite struct IDReuseTests {
  @Test func theLastRecordsIdIsNotGivenAgainAfterADeleteOrAnUndo() throws {
    let scratch = Scratch()
    let root = try scratch.book()
    func run(_ command: String) throws -> String {
      let result = try BookBinary.run(
        ["--data", root, "-c", command], environment: ["BOOK_USER": "w1"])
      #expect(result.status == 0, "\(command): \(result.stderr)")
      return result.stdout
    }
    #expect(try run("add note about=ACME text=one").hasPrefix("added note N-0001"))
    _ = try run("delete note N-0001")
    #expect(try run("add note about=ACME text=two").hasPrefix("added note N-0002"))
    _ = try run("undo")
    #expect(try run("add note about=ACME text=three").hasPrefix("added note N-0003"))
    let check = try BookBinary.run(["check", "--data", root])
    #expect(check.status == 0, "\(check.stderr)")
  }
}
