import BookModel
import Foundation
import Testing

@testable import BookStore

/// Random changes to the example book, then as many undos: every data file is byte for byte
/// as at the start; and undo then redo gives back the files as after the changes.
/// `BOOK_UNDO_SEED=N` replays one failing run.
@Suite struct UndoPropertyTests {
  static let runs = 30
  static let firstSeed: UInt64 = 20_261_123

  @Test func randomChangesAndAsManyUndosGiveBackEveryByte() throws {
    let seeds: [UInt64] =
      ProcessInfo.processInfo.environment["BOOK_UNDO_SEED"].flatMap(UInt64.init).map { [$0] }
      ?? (0..<UInt64(Self.runs)).map { Self.firstSeed + $0 }
    let directory = TemporaryDirectory("book-undo")
    let pristine = try ExampleCopy.make(in: directory)
    let template = ExampleCopy.files(pristine)
    for seed in seeds {
      let run = TemporaryDirectory("book-undo-\(seed)")
      for (name, bytes) in template {
        try run.write(name, String(decoding: bytes, as: UTF8.self))
      }
      try run.write(".gitignore", BookInitializer.gitignore)
      let book = DataDirectory(root: run.path, wait: 2)
      try check(seed: seed, book: book, start: template)
    }
  }

  private func check(seed: UInt64, book: DataDirectory, start: [String: [UInt8]]) throws {
    var random = SplitMix64(seed: seed)
    let commits = random.int(1, 6)
    var done: [String] = []
    for _ in 0..<commits {
      var transaction = Transaction(base: try book.load())
      var steps: [String] = []
      for _ in 0..<random.int(1, 2) {
        if let step = try RandomChange.apply(&random, to: &transaction) { steps.append(step) }
      }
      guard !transaction.isEmpty else { continue }
      var request = Fixtures.request
      request.command = steps.joined(separator: "; ")
      do {
        _ = try book.commit(transaction, request, clock: Fixtures.clock)
      } catch {
        Issue.record("seed \(seed): committing \(request.command): \(error)")
        return
      }
      done.append(request.command)
    }
    let changed = ExampleCopy.files(book)
    let context = "seed \(seed) (BOOK_UNDO_SEED=\(seed)), after: \(done.joined(separator: " | "))"
    if !done.isEmpty {
      try book.undoLast()
      try book.redoLast()
      #expect(
        ExampleCopy.differences(ExampleCopy.files(book), changed) == [], "undo, redo: \(context)")
    }
    for _ in done { try book.undoLast() }
    #expect(try book.history().lastUndoable(user: "jkim") == nil, "\(context)")
    #expect(ExampleCopy.differences(ExampleCopy.files(book), start) == [], "\(context)")
    #expect(Validation.check(try book.load()).isEmpty, "\(context)")
  }
}

/// One random change of the kinds a person makes: add a note, delegation or policy; set a
/// field; delete a record nothing refers to; rename an account or carrier.
enum RandomChange {
  /// Applies one change and describes it; nil when the pick found nothing to do.
  static func apply(_ random: inout SplitMix64, to transaction: inout Transaction) throws
    -> String?
  {
    switch random.int(0, 5) {
    case 0:
      let account = try pickID(.account, &random, transaction)
      let id = try transaction.add(
        .note,
        Record([
          Field("about", account), Field("by", "jkim"), Field("at", "2026-11-23 10:00"),
          Field("text", "Random note \(random.int(1, 999))"),
        ]))
      return "add note \(id)"
    case 1:
      let about = try pickID(.policy, &random, transaction)
      let id = try transaction.add(
        .delegation,
        Record([
          Field("from", "jkim"), Field("to", "mlopez"), Field("about", about),
          Field("task", "Follow up \(random.int(1, 999))"), Field("priority", "normal"),
          Field("created", "2026-11-23"), Field("due", "2026-12-01"), Field("status", "open"),
        ]))
      return "add delegation \(id)"
    case 2:
      let source = try pickID(.policy, &random, transaction)
      var policy = try #require(transaction.record(.policy, source)).record
      policy.remove("id")
      policy.remove("number")
      policy.remove("prior")
      let id = try transaction.add(.policy, policy)
      return "add policy \(id) like \(source)"
    case 3:
      let kind = random.pick([KindID.account, .policy, .delegation, .note])
      let id = try pickID(kind, &random, transaction)
      var record = try #require(transaction.record(kind, id)).record
      let field = kind == .note ? "text" : "notes"
      record.set(field, "Changed \(random.int(1, 999))")
      try transaction.update(kind, id, record)
      return "set \(kind.spec.singular) \(id) \(field)"
    case 4:
      let kind = random.pick([KindID.note, .delegation, .claim, .invoice, .quote, .subjectivity])
      let candidates = transaction.records(kind).compactMap { $0.value("id") }.filter {
        Validation.referrers(to: kind, $0, in: transaction).isEmpty
      }
      guard !candidates.isEmpty else { return nil }
      let id = random.pick(candidates)
      try transaction.delete(kind, id)
      return "delete \(kind.spec.singular) \(id)"
    default:
      let kind = random.pick([KindID.account, .carrier])
      let old = try pickID(kind, &random, transaction)
      let new = old + "-\(random.int(1, 99))"
      guard transaction.record(kind, new) == nil else { return nil }
      try transaction.rename(kind, from: old, to: new)
      return "rename \(kind.spec.singular) \(old) \(new)"
    }
  }

  private static func pickID(_ kind: KindID, _ random: inout SplitMix64, _ transaction: Transaction)
    throws -> String
  {
    let ids = transaction.records(kind).compactMap { $0.value("id") }
    return try #require(ids.isEmpty ? nil : random.pick(ids))
  }
}
