import Foundation
import Testing

/// The script tests: each `.book` file under `Scripts/` runs with `book run` on a fresh copy of
/// the example book. Its `# expect:` lines are checked by the runner itself; `# error: TEXT`
/// lines are lines its stderr must hold, in order; `# args: …` adds arguments and `# exit: N`
/// names the exit status (else 1 with errors, 0 without). A script that fails leaves the data
/// files byte-identical.
@Suite struct ScriptFileTests {
  static let directory =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
    + "/Scripts"

  static var files: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasSuffix(".book") }.sorted()
  }

  /// The values of the `# NAME:` comment lines of a script.
  static func directives(_ name: String, in text: String) -> [String] {
    text.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("# \(name):") else { return nil }
      return String(line.dropFirst(name.count + 3)).trimmingCharacters(in: .whitespaces)
    }
  }

  @Test(arguments: files)
  func script(name: String) throws {
    let text = try String(contentsOfFile: Self.directory + "/" + name, encoding: .utf8)
    let errors = Self.directives("error", in: text)
    let arguments = Self.directives("args", in: text).flatMap { $0.split(separator: " ") }.map(
      String.init)
    let exit =
      Self.directives("exit", in: text).first.flatMap { Int32($0) }
      ?? (errors.isEmpty ? 0 : 1)
    let scratch = Scratch()
    let root = scratch.path + "/book"
    #expect(try BookBinary.run(["init", root, "--example"]).status == 0)
    let before = scratch.dataFiles("book")
    let result = try BookBinary.run(
      ["--data", root, "run", name] + arguments, in: Self.directory)
    #expect(result.status == exit, "\(name): \(result.stderr)")
    let lines = result.stderr.split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    var position = 0
    for wanted in errors {
      guard let found = lines[position...].firstIndex(of: wanted) else {
        Issue.record("\(name): stderr lacks '\(wanted)' (in order):\n\(result.stderr)")
        break
      }
      position = found + 1
    }
    if errors.isEmpty { #expect(result.stderr.isEmpty, "\(name): \(result.stderr)") }
    if result.status != 0 { #expect(scratch.dataFiles("book") == before, "\(name) wrote") }
  }
}
