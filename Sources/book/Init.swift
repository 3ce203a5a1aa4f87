import ArgumentParser
import BookModel
import BookStore

/// `book init DIR [--example]`: a new book.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Make a new book in DIR (with --example: the demo agency, a training book).")

  @Argument(help: "The directory to create.")
  var directory: String

  @Flag(help: "Fill it with the demo agency (today pinned to 2026-11-23).")
  var example = false

  @Option(help: "The agency's name (an empty book).")
  var name: String?

  func run() throws {
    let files: [(name: String, text: String)]
    if example {
      files = ExampleAgency.files
    } else {
      files = try BookInitializer.emptyBook(agencyName: name ?? Self.defaultName(directory))
    }
    do {
      try BookInitializer().write(files, into: directory)
    } catch {
      throw CommandLineSession.report(error.diagnostics, exitCode: error.exitCode)
    }
    let what = example ? "the demo agency" : "an empty book"
    Output.standard("made \(what) in \(directory); open it with: book --data \(directory)")
  }

  static func defaultName(_ directory: String) -> String {
    let last = directory.split(separator: "/").last.map(String.init) ?? directory
    return last.isEmpty ? "My agency" : last
  }
}
