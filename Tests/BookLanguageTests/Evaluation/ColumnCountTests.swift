import BookModel
import BookStore
import BookTestSupport
import Foundation
import Testing

@testable import BookLanguage

#if canImport(Glibc)
  import Glibc
#endif

/// A count answered from the column cache equals the count of the records the same condition
/// lists (which never uses the cache), on a generated book, with the cache cold, built and
/// served, for conditions over every field type.
@Suite struct ColumnCountTests {
  static let conditions = [
    "line = GL and premium > 10000", "premium = 12500.00", "premium != 12500.00",
    "premium <= 5000", "premium >= 250000", "premium < 0", "status = active",
    "status != active or carrier = TRAV", "not (line = WC)",
    "account = \(firstAccount)", "number = \(firstNumber)", "effective < 2026-01-01",
    "expiration within 90d", "premium > 1000 and effective >= 2026-03-01",
    "billing = direct", "prior is empty", "stage = quoted or line in (GL, WC)",
    "number ~ 00", "in_force",
  ]

  static let grouped: [(fast: String, slow: String)] = [
    "policies where status = active sum premium by carrier", "policies count by line",
    "policies where line = GL count by status",
    "policies where premium > 5000 sum premium by billing",
    "policies where carrier = TRAV sum premium by stage limit 3",
  ].map { query in
    let slow =
      query.contains(" where ")
      ? query.replacing(" where ", with: " where effective > 1900-01-01 and ", maxReplacements: 1)
      : query.replacing(
        "policies ", with: "policies where effective > 1900-01-01 ", maxReplacements: 1)
    return (query, slow)
  }

  static let files = BookGenerator(accounts: 60, seed: 42).files()
  static let firstAccount = firstValue("accounts.rec", "id")
  static let firstNumber = firstValue("policies.rec", "number")

  static func firstValue(_ file: String, _ field: String) -> String {
    let text = files.first { $0.name == file }?.text ?? ""
    let line = text.split(separator: "\n").first { $0.hasPrefix(field + ": ") } ?? ""
    return String(line.dropFirst(field.count + 2))
  }

  func session(_ directory: TemporaryDirectory) throws -> (Session, CapturedOutput) {
    let book = DataDirectory(root: directory.path)
    let snapshot = try book.load()
    let context = BookContext.resolve(
      snapshot: snapshot, environment: [:], config: UserConfig(), pinnedToday: nil,
      sandbox: false, clock: ExampleClock.clock)
    let output = CapturedOutput()
    return (Session(directory: book, snapshot: snapshot, context: context, output: output), output)
  }

  func answer(_ command: String, _ directory: TemporaryDirectory) throws -> String {
    let (session, output) = try session(directory)
    session.options.format = .csv
    session.options.header = false
    #expect(session.run(command) == 0, "\(command): \(output.err)")
    return output.out
  }

  @Test func countsFromColumnsEqualTheRecordsListed() throws {
    let directory = TemporaryDirectory("column-count")
    let old = timespec(tv_sec: time(nil) - 3600, tv_nsec: 0)
    for file in Self.files {
      try directory.write(file.name, file.text)
      #expect(utimensat(AT_FDCWD, directory.path + "/" + file.name, [old, old], 0) == 0)
    }
    for condition in Self.conditions {
      let listed = try answer("policies where \(condition) fields id", directory)
      let rows = listed.split(whereSeparator: \.isNewline).count
      // Cold (the column built and cached), then served from the cache file.
      for _ in 0..<2 {
        let counted = try answer("count policies where \(condition)", directory)
        #expect(counted.split(whereSeparator: \.isNewline) == ["\(rows)"], "\(condition)")
      }
    }
    // Grouped: the same query, and with a date condition every policy meets (which no
    // column serves, so the records are read).
    for query in Self.grouped {
      let slow = try answer(query.slow, directory)
      for _ in 0..<2 { #expect(try answer(query.fast, directory) == slow, "\(query.fast)") }
    }
    let cached =
      (try? FileManager.default.contentsOfDirectory(atPath: directory.path + "/.book/cache")) ?? []
    #expect(cached.contains("policies.rec.premium.col"))
    #expect(cached.contains("policies.rec.line.col"))
  }
}
