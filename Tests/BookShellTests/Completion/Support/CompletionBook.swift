import BookLanguage
import BookShell
import BookStore
import Foundation

/// A fresh copy of the example agency in a temporary directory, with a few files beside it
/// for file-name completion (`trav.csv`, `out/x1.csv`, `out/xs/`, `.hidden`).
final class CompletionBook {
  private let copy: ExampleCopy
  var root: String { copy.root }
  let view: Transaction

  init() throws {
    copy = try ExampleCopy("complete")
    let root = copy.root
    let manager = FileManager.default
    try manager.createDirectory(atPath: root + "/out/xs", withIntermediateDirectories: true)
    for name in ["trav.csv", "out/x1.csv", "out/y.csv", ".hidden", "two words.csv"] {
      manager.createFile(atPath: root + "/" + name, contents: Data())
    }
    view = Transaction(base: try copy.directory.load())
  }

  /// A completer over the book, listing files from its directory.
  func completer(focus: String? = nil) -> Completer {
    Completer(registry: .standard, view: view, focus: focus, workingDirectory: root)
  }

  /// The completion at the cursor, `|` in the line marking it (else the end).
  func complete(_ marked: String, focus: String? = nil) -> Completion {
    let scalars = Array(marked.unicodeScalars)
    let cursor = scalars.firstIndex(of: "|") ?? scalars.count
    var line = String.UnicodeScalarView()
    line.append(contentsOf: scalars.filter { $0 != "|" })
    return completer(focus: focus).complete(line: String(line), cursor: cursor)
  }
}
