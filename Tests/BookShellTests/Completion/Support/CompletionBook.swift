import BookLanguage
import BookShell
import BookStore
import Foundation

/// A fresh copy of the example agency in a temporary directory, with a few files beside it
/// for file-name completion (`trav.csv`, `out/x1.csv`, `out/xs/`, `.hidden`).
final class CompletionBook {
  let root: String
  let view: Transaction

  init() throws {
    root =
      FileManager.default.temporaryDirectory.path + "/book-complete-\(UUID().uuidString.prefix(8))"
    try BookInitializer().write(ExampleAgency.files, into: root)
    let manager = FileManager.default
    try manager.createDirectory(atPath: root + "/out/xs", withIntermediateDirectories: true)
    for name in ["trav.csv", "out/x1.csv", "out/y.csv", ".hidden", "two words.csv"] {
      manager.createFile(atPath: root + "/" + name, contents: Data())
    }
    view = Transaction(base: try DataDirectory(root: root).load())
  }

  deinit {
    try? FileManager.default.removeItem(atPath: root)
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
