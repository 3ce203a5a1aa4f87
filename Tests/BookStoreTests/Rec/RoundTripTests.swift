import BookModel
import Foundation
import Testing

@testable import BookStore

/// Every example file reads and prints back byte for byte, and passes recfix.
@Suite struct RoundTripTests {
  static let names = ExampleAgency.files.map(\.name)

  @Test(arguments: names)
  func reprintingEveryRecordGivesTheSameBytes(name: String) throws {
    let text = try #require(ExampleAgency.files.first { $0.name == name }?.text)
    let file = try RecParser.parse(name: name, bytes: Array(text.utf8))
    #expect(!file.records.isEmpty)
    let kind = try #require(DataDirectory.dataKinds.first { $0.spec.file == name })
    var edits: [Int: FileSplicer.Edit] = [:]
    for index in 0..<file.records.count {
      edits[index] = .replace(file.record(index).record)
    }
    let reprinted = try FileSplicer.splice(file, kind: kind, edits: edits, additions: [])
    #expect(String(decoding: reprinted, as: UTF8.self) == text)
    let untouched = try FileSplicer.splice(file, kind: kind, edits: [:], additions: [])
    #expect(untouched == Array(text.utf8))
  }

  @Test func theExampleBookValidatesAndPassesRecfix() throws {
    let directory = TemporaryDirectory()
    try BookInitializer().write(ExampleAgency.files, into: directory.path + "/agency")
    let book = DataDirectory(root: directory.path + "/agency")
    let snapshot = try book.load()
    #expect(Validation.check(snapshot).map(\.formatted) == [])
    guard FileManager.default.fileExists(atPath: "/usr/bin/recfix") else { return }
    for name in Self.names {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/recfix")
      process.arguments = ["--check", directory.path + "/agency/" + name]
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "recfix --check \(name)")
    }
  }
}
