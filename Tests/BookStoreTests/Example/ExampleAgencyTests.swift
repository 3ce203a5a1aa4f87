import BookModel
import BookStore
import Foundation
import Testing

/// The package root, found from this file's path (Tests/BookStoreTests/Example/…).
private func packageRoot() -> URL {
  URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
}

@Suite struct ExampleAgencyTests {
  let directory = packageRoot().appendingPathComponent("examples/agency")

  @Test func embeddedFilesEqualExamplesByteForByte() throws {
    for file in ExampleAgency.files {
      let data = try Data(contentsOf: directory.appendingPathComponent(file.name))
      #expect(
        Array(data) == Array(file.text.utf8),
        "\(file.name) differs from examples/agency: run scripts/embed-example")
    }
  }

  @Test func everyKindButTheJournalHasItsFileInSchemaOrder() {
    let expected = Schema.kinds.filter { $0.kind != .change }.map(\.file)
    #expect(ExampleAgency.files.map(\.name) == expected)
  }

  @Test func noExampleFileIsLeftOut() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".rec") }
    #expect(Set(names) == Set(ExampleAgency.files.map(\.name)))
  }

  @Test func eachFileStartsWithItsKindsDescriptor() {
    for spec in Schema.kinds where spec.kind != .change {
      let text = ExampleAgency.files.first { $0.name == spec.file }?.text ?? ""
      #expect(text.hasPrefix(spec.descriptor + "\n"), "\(spec.file)")
      #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"), "\(spec.file)")
    }
  }

  @Test func theExampleIsATrainingBookPinnedToNovember23() {
    let agency = ExampleAgency.files.first { $0.name == "agency.rec" }?.text ?? ""
    #expect(agency.contains("\ntoday: 2026-11-23\n"))
    #expect(agency.contains("\ndefault_user: jkim\n"))
  }
}
