import BookLanguage
import Foundation
import Testing

/// The service team's output on a fresh copy of the example book, kept as golden files under
/// `Golden/service/` (re-record with `BOOK_RECORD_GOLDEN=1`, review the diff): the sweep as
/// text and json, an account's notes, the workload, and `my` as the advocate mlopez.
@Suite struct ServiceGoldenTests {
  static let examples: [(name: String, command: String, user: String?)] = [
    ("sweep", "sweep", nil),
    ("sweep-json", "sweep as json", nil),
    ("sweep-mlopez", "sweep mlopez", nil),
    ("notes-acme", "notes ACME", nil),
    ("workload", "workload", nil),
    ("workload-mlopez", "workload mlopez", nil),
    ("my-mlopez", "my", "mlopez"),
    ("review-mlopez", "review mlopez", nil),
    ("review-mlopez-md", "review mlopez as md", nil),
    ("review-mlopez-html", "review mlopez as html", nil),
  ]

  /// The command, its output, its errors and its exit code, run as `user` (default: jkim).
  static func transcript(_ command: String, user: String?) throws -> String {
    let book = try LanguageBook()
    let session = try book.session()
    if let user { session.context.user = user }
    let code = session.run(command)
    var text = "$ book -c '\(command)'" + (user.map { "  # as \($0)" } ?? "") + "\n"
    text += book.output.out
    if !book.output.err.isEmpty { text += "[stderr]\n" + book.output.err }
    return text + "[exit \(code)]\n"
  }

  @Test(arguments: examples.map(\.name))
  func example(name: String) throws {
    guard let example = Self.examples.first(where: { $0.name == name }) else { return }
    let actual = try Self.transcript(example.command, user: example.user)
    let folder = GoldenTests.directory + "/service"
    let path = folder + "/\(name).txt"
    if GoldenTests.recording {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
      return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      actual == expected, "golden service/\(name).txt differs; re-record with BOOK_RECORD_GOLDEN=1")
  }
}
