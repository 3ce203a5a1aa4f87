import BookModel
import Testing

@testable import BookStore

/// The referrers a deletion is checked against come from the snapshot's reference index and
/// the transaction's changes; they are exactly what reading every record would find, in the
/// same order, whatever the transaction changed.
@Suite struct ReferrersIndexTests {
  /// Reading every record of every kind, as the transaction sees it (what the index replaces).
  static func scan(to kind: KindID, _ key: String, in transaction: Transaction) -> [String] {
    var found: [String] = []
    for other in DataDirectory.dataKinds {
      let spec = other.spec
      let fields = spec.fields.filter { Transaction.mayRefer($0, to: kind) }
      for record in transaction.records(other) {
        for field in fields
        where record.values(field.name).contains(where: { value in
          value == key
            || value.split(separator: ",").contains {
              String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) == key
            }
        }) {
          let id = spec.keyField.flatMap { record.value($0) } ?? "?"
          found.append("\(spec.singular) \(id) (\(field.name))")
        }
      }
    }
    return found
  }

  static func keys(_ transaction: Transaction) -> [(KindID, String)] {
    [KindID.account, .policy, .carrier, .person, .note, .contact, .location].flatMap { kind in
      transaction.records(kind).compactMap { kind.key(of: $0) }.map { (kind, $0) }
    }
  }

  func expectSame(_ transaction: Transaction, _ label: String) {
    for (kind, key) in Self.keys(transaction) {
      let indexed = Validation.referrers(to: kind, key, in: transaction)
      #expect(indexed == Self.scan(to: kind, key, in: transaction), "\(label): \(kind) \(key)")
    }
  }

  @Test(arguments: [1, 2, 3, 4])
  func indexedReferrersEqualReadingEveryRecord(seed: UInt64) throws {
    let directory = TemporaryDirectory()
    let book = try ExampleCopy.make(in: directory)
    var transaction = Transaction(base: try book.load())
    expectSame(transaction, "as read")
    var state = seed &* 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let accounts = transaction.records(.account).compactMap { $0.value("id") }
    let policies = transaction.records(.policy).compactMap { $0.value("id") }
    for step in 0..<40 {
      switch next(5) {
      case 0:
        let id = policies[next(policies.count)]
        guard var policy = transaction.record(.policy, id)?.record else { continue }
        policy.set("account", accounts[next(accounts.count)])
        try transaction.update(.policy, id, policy)
      case 1:
        let about = next(2) == 0 ? accounts[next(accounts.count)] : policies[next(policies.count)]
        try transaction.add(
          .note,
          Record([
            Field("about", about), Field("by", "jkim"), Field("at", "2026-11-23 10:00"),
            Field("text", "step \(step)"),
          ]))
      case 2:
        let notes = transaction.records(.note).compactMap { $0.value("id") }
        try transaction.delete(.note, notes[next(notes.count)])
      case 3:
        let certificates = transaction.records(.certificate).compactMap { $0.value("id") }
        let id = certificates[next(certificates.count)]
        guard var certificate = transaction.record(.certificate, id)?.record else { continue }
        certificate.set(
          "wos", "\(policies[next(policies.count)]), \(policies[next(policies.count)])")
        try transaction.update(.certificate, id, certificate)
      default:
        transaction.beginCommand("step \(step)")
        try? transaction.delete(.note, "N-000\(1 + next(9))")
        transaction.undoCommand()
      }
    }
    expectSame(transaction, "seed \(seed)")
  }
}
