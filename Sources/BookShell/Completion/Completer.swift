import BookLanguage
import BookModel
import BookStore

/// Completion for the line editor's Tab: reads the words before the cursor by the registry's
/// grammar and offers what fits there from the registry, the schema and the data.
public struct Completer: Sendable {
  /// The commands whose names and grammars are completed.
  public let registry: Registry
  /// The records ids and values come from (the session's view, pending changes included).
  public let view: Transaction
  /// The `use` focus: ids of kinds with an `account` field are the focused account's only.
  public let focus: String?
  /// Where file names are listed from; nil: the process's directory.
  public let workingDirectory: String?
  let fileSystem: any FileSystem

  /// A completer over the records the session sees.
  public init(
    registry: Registry, view: Transaction, focus: String? = nil, workingDirectory: String? = nil
  ) {
    self.init(
      registry: registry, view: view, focus: focus, workingDirectory: workingDirectory,
      fileSystem: PosixFileSystem())
  }

  /// A completer listing files through the given file system (for tests).
  public init(
    registry: Registry, view: Transaction, focus: String?, workingDirectory: String?,
    fileSystem: any FileSystem
  ) {
    self.registry = registry
    self.view = view
    self.focus = focus
    self.workingDirectory = workingDirectory
    self.fileSystem = fileSystem
  }

  /// Candidates for the word before `cursor` (a Unicode-scalar offset into `line`).
  public func complete(line: String, cursor: Int) -> Completion {
    let scalars = Array(line.unicodeScalars)
    let end = min(max(cursor, 0), scalars.count)
    var start = end
    while start > 0, Self.continuesWord(scalars[start - 1]) { start -= 1 }
    let partial = Self.text(scalars[start..<end])
    let none = Completion(candidates: [], start: start, partial: partial)
    guard var stream = Self.command(before: Self.text(scalars[..<start])) else { return none }
    let offers = GrammarWalker(registry: registry).command(&stream)
    let source = CandidateSource(
      registry: registry, view: view, focus: focus,
      files: FileNames(fileSystem: fileSystem, workingDirectory: workingDirectory))
    return Completion(
      candidates: source.candidates(for: offers, partial: partial), start: start,
      partial: partial)
  }

  /// The tokens of the command the cursor is in; nil when the cursor is in a string or a
  /// comment, or the text before it does not lex.
  static func command(before text: String) -> TokenStream? {
    guard var tokens = try? Lexer.tokens(text) else { return nil }
    tokens.removeLast()  // the end of the input
    // The lexer's comment runs to the line end: a text ending in one has the cursor in it.
    if tokens.last?.isComment == true { return nil }
    tokens.removeAll(where: \.isComment)
    let start = tokens.lastIndex(where: \.isEnd).map { $0 + 1 } ?? 0
    return TokenStream(Array(tokens[start...]))
  }

  /// Whether a scalar belongs to a word of the language (letters, digits, `-_./`).
  static func continuesWord(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
      || "-_./".unicodeScalars.contains(scalar)
      || scalar.properties.generalCategory == .nonspacingMark
  }

  private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}
