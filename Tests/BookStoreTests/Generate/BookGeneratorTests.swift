import BookModel
import BookStore
import Foundation
import Testing

/// The records of a generated file: each a list of (name, value) pairs.
func generatedRecords(_ text: String) -> [[(name: String, value: String)]] {
  var records: [[(name: String, value: String)]] = []
  var current: [(name: String, value: String)] = []
  for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
    if line.hasPrefix("%") { continue }
    if line.isEmpty {
      if !current.isEmpty { records.append(current) }
      current = []
      continue
    }
    guard let colon = line.firstIndex(of: ":") else { continue }
    let value = line[line.index(after: colon)...].dropFirst()
    current.append((String(line[..<colon]), String(value)))
  }
  if !current.isEmpty { records.append(current) }
  return records
}

@Suite struct BookGeneratorTests {
  static let book = BookGenerator(accounts: 200, seed: 42).files()

  func records(_ kind: KindID) -> [[(name: String, value: String)]] {
    let text = Self.book.first { $0.name == kind.spec.file }?.text ?? ""
    return generatedRecords(text)
  }

  @Test func sameSeedSameBookOtherSeedOtherBook() {
    let again = BookGenerator(accounts: 200, seed: 42).files()
    let other = BookGenerator(accounts: 200, seed: 43).files()
    #expect(again.map(\.text) == Self.book.map(\.text))
    #expect(other.map(\.text) != Self.book.map(\.text))
  }

  @Test func everyKindButTheJournalInSchemaOrderWithItsDescriptor() {
    let specs = Schema.kinds.filter { $0.kind != .change }
    #expect(Self.book.map(\.name) == specs.map(\.file))
    for (file, spec) in zip(Self.book, specs) {
      #expect(file.text.hasPrefix(spec.descriptor), "\(file.name)")
    }
  }

  @Test func proportionsAreRoughlyRight() {
    let accounts = records(.account).count
    let policies = records(.policy).count
    #expect(accounts == 200)
    #expect((1_500...2_600).contains(policies), "policies: \(policies)")
    #expect((180...300).contains(records(.location).count))
    #expect((4...8).contains(records(.person).count))
    #expect(records(.carrier).count == 20)
    #expect(records(.audit).count > 50)
    #expect(records(.exposure).count >= records(.audit).count)
    for kind: KindID in [.certificate, .delegation, .claim, .quote, .note, .subjectivity] {
      #expect(!records(kind).isEmpty, "\(kind)")
    }
    let agency = records(.agency).first ?? []
    #expect(!agency.contains { $0.name == "today" }, "a generated book is not a training book")
  }

  @Test func everyReferenceResolvesAndIdsAreUnique() {
    var ids: [KindID: Set<String>] = [:]
    var all: Set<String> = []
    for spec in Schema.kinds where spec.kind != .change {
      guard let key = spec.keyField else { continue }
      let keys = records(spec.kind).compactMap { record in record.first { $0.name == key }?.value }
      #expect(Set(keys).count == keys.count, "duplicate ids in \(spec.file)")
      ids[spec.kind] = Set(keys)
      if key == "id" { all.formUnion(keys) }
    }
    for spec in Schema.kinds where spec.kind != .change {
      for record in records(spec.kind) {
        for field in record {
          switch spec.field(field.name)?.type {
          case .reference(let target):
            #expect(ids[target]?.contains(field.value) == true, "\(spec.file): \(field.value)")
          case .anyReference:
            #expect(all.contains(field.value), "\(spec.file): \(field.value)")
          case .enumeration(let values):
            #expect(values.contains(field.value), "\(spec.file): \(field.name)=\(field.value)")
          case nil:
            Issue.record("\(spec.file): unknown field \(field.name)")
          default:
            #expect(!field.value.isEmpty)
          }
        }
      }
    }
  }

  @Test func datesAreInOrder() {
    func value(_ record: [(name: String, value: String)], _ name: String) -> String? {
      record.first { $0.name == name }?.value
    }
    for policy in records(.policy) {
      let effective = value(policy, "effective") ?? ""
      let expiration = value(policy, "expiration") ?? ""
      #expect(expiration > effective)
      if let cancelled = value(policy, "cancelled") {
        #expect(cancelled >= effective && cancelled < expiration)
      }
    }
    for task in records(.delegation) {
      #expect((value(task, "due") ?? "") >= (value(task, "created") ?? ""))
      if value(task, "outcome") != nil || value(task, "closed") != nil {
        #expect(value(task, "status") == "done")
      }
    }
  }

  @Test func textIsWhatRecPrinterPrints() throws {
    for file in Self.book {
      let blocks = file.text.components(separatedBy: "\n\n").dropFirst()
      for block in blocks {
        let fields = generatedRecords(block).first ?? []
        let record = Record(fields.map { Field($0.name, $0.value) })
        let printed = try RecPrinter.text(of: record)
        #expect(printed == (block.hasSuffix("\n") ? block : block + "\n"), "\(file.name)")
      }
    }
  }

  @Test func recfixAcceptsEveryFile() throws {
    let recfix = "/usr/bin/recfix"
    guard FileManager.default.isExecutableFile(atPath: recfix) else { return }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("book-generate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for file in Self.book {
      let url = directory.appendingPathComponent(file.name)
      try file.text.write(to: url, atomically: true, encoding: .utf8)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: recfix)
      process.arguments = ["--check", url.path]
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "recfix --check \(file.name)")
    }
  }

  @Test func largeIdsGrowPastFourDigits() {
    let ids = records(.policy).compactMap { $0.first?.value }
    #expect(ids.first == "P-0001")
    #expect(ids.allSatisfy { $0.hasPrefix("P-") && $0.count >= 6 })
  }

  @Test func dumpWhenAsked() throws {
    guard let path = ProcessInfo.processInfo.environment["BOOK_GENERATE_DUMP"] else { return }
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for file in Self.book {
      try file.text.write(toFile: path + "/" + file.name, atomically: true, encoding: .utf8)
    }
  }
}
