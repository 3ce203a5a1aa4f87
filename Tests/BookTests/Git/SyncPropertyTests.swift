import BookTestSupport
import Foundation
import Testing

/// Random non-conflicting change sets on two clones, synced in either order, end with the
/// same files, which pass `book check` and `recfix --check`, and no change is lost.
@Suite(.serialized) struct SyncPropertyTests {
  /// One side's changes: the commands, and what the book must hold afterwards.
  struct ChangeSet {
    var commands: [String] = []
    /// (file, id, field line that must be there).
    var present: [(String, String, String)] = []
    /// (file, id) that must be gone.
    var gone: [(String, String)] = []
  }

  /// Changes on disjoint records: policies, notes and new account ids by parity of the side.
  static func changes(side: Int, _ random: inout SeededGenerator) -> ChangeSet {
    var set = ChangeSet()
    let policies = stride(from: 1 + side, through: 60, by: 2).shuffled(using: &random).prefix(4)
    for number in policies {
      let id = String(format: "P-%04d", number)
      if Bool.random(using: &random) {
        let value = "N\(side)-\(Int.random(in: 1000...9999, using: &random))"
        set.commands.append("set policy \(id) number=\(value)")
        set.present.append(("policies.rec", id, "number: \(value)"))
      } else {
        let form = "ZZ \(side) \(Int.random(in: 10...99, using: &random)) 01/26"
        set.commands.append("set policy \(id) form+=\"\(form)\"")
        set.present.append(("policies.rec", id, "form: \(form)"))
      }
    }
    for number in stride(from: 1 + side, through: 20, by: 2).shuffled(using: &random).prefix(2) {
      let id = String(format: "N-%04d", number)
      set.commands.append("delete note \(id)")
      set.gone.append(("notes.rec", id))
    }
    let account = "SIDE\(side)X\(Int.random(in: 10...99, using: &random))"
    set.commands.append(
      "add account id=\(account) name=\"Side \(side)\" manager=jkim status=active")
    set.present.append(("accounts.rec", account, "id: \(account)"))
    return set
  }

  /// The data files (journals aside) of a clone after both sides synced in an order.
  static func synced(_ sets: [ChangeSet], first: Int) throws -> [String: String] {
    let team = try GitTeam()
    for side in 0..<2 {
      try team.change(side, sets[side].commands.joined(separator: "; "))
    }
    let second = 1 - first
    try team.check(team.sync(first))
    try team.check(team.sync(second))
    try team.check(team.sync(first))
    try team.check(team.book(0, ["check"]))
    var files: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: team.clone(0))
    where name.hasSuffix(".rec") {
      files[name] = team.text(0, name)
      #expect(team.text(1, name) == files[name], "\(name) differs between the clones")
      if let recfix = ExternalTool.path("recfix") {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: recfix)
        process.arguments = ["--check", team.clone(0) + "/" + name]
        #expect(try ProcessRunner.run(process).status == 0, "recfix --check \(name)")
      }
    }
    for set in sets {
      for (file, id, line) in set.present {
        #expect(team.record(0, file, id).contains(line), "\(id) lost \(line)")
      }
      for (file, id) in set.gone { #expect(team.record(0, file, id).isEmpty, "\(id) is back") }
    }
    return files
  }

  @Test(arguments: [UInt64(7), 19])
  func nonConflictingChangesSyncedInEitherOrderGiveTheSameFiles(seed: UInt64) throws {
    var random = SeededGenerator(state: seed)
    let sets = [Self.changes(side: 0, &random), Self.changes(side: 1, &random)]
    let one = try Self.synced(sets, first: 0)
    let other = try Self.synced(sets, first: 1)
    #expect(one.keys.sorted() == other.keys.sorted())
    for (name, text) in one { #expect(other[name] == text, "\(name) depends on the order") }
  }
}
