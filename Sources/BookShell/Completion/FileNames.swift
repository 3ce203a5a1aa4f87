import BookLanguage
import BookStore

/// File and directory names for `into FILE` and `run FILE`, listed through the file-system
/// seam: relative to the working directory, directories with a trailing `/`.
struct FileNames {
  let fileSystem: any FileSystem
  /// Where relative names are resolved; nil: the process's directory.
  let workingDirectory: String?

  /// The names that continue a typed path (`out/x` → `out/x1.csv`, `out/xs/`), written as
  /// the language's words; hidden ones only when a dot is typed.
  func candidates(for partial: String) -> [String] {
    let slash = partial.lastIndex(of: "/")
    let directory = slash.map { String(partial[...$0]) } ?? ""
    let name = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
    let listed = directory.hasPrefix("/") ? directory : base + directory
    guard let entries = fileSystem.list(listed.isEmpty ? "." : listed) else { return [] }
    return entries.compactMap { entry in
      guard entry.hasPrefix(name), name.hasPrefix(".") || !entry.hasPrefix(".") else {
        return nil
      }
      let candidate =
        directory + entry + (fileSystem.isDirectory(listed + entry) ? "/" : "")
      return Lexer.isWord(candidate) ? candidate : nil
    }
  }

  /// The names of a script's `param` lines (`param days = 30` → `days`), in order.
  func parameters(of script: String) -> [String] {
    let path = script.hasPrefix("/") ? script : base + script
    guard let bytes = try? fileSystem.read(path) else { return [] }
    let text = String(decoding: bytes, as: UTF8.self)
    return text.split(separator: "\n").compactMap { line in
      let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "=" })
      guard words.count >= 2, words[0] == "param" else { return nil }
      return String(words[1])
    }
  }

  /// The working directory as a prefix of relative names (`/tmp/book/`), or empty.
  private var base: String {
    guard let workingDirectory, !workingDirectory.isEmpty else { return "" }
    return workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
  }
}
