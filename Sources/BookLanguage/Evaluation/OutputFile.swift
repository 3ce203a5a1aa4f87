import BookModel
import BookStore

/// A file a command writes its result into (`into FILE`): beside the book, never inside its
/// data directory, and never in safe mode. Queries and documents (a certificate, a report)
/// write through here alike.
enum OutputFile {
  /// The full path to write `path` at, or the refusal: safe mode, or a path inside the book
  /// (whose hint offers `suggested`, a file name beside the book).
  static func resolve(
    _ path: String, in session: Session, at range: SourceRange, suggesting suggested: String? = nil
  ) throws(LanguageError) -> String {
    guard !session.safe else {
      throw .refused(.intoInSafeMode(path), at: range)
    }
    let full =
      path.hasPrefix("/") ? path : session.workingDirectory.map { $0 + "/" + path } ?? path
    guard session.directory.contains(full) else { return full }
    let name = suggested ?? path.split(separator: "/").last.map(String.init) ?? path
    let root = session.directory.paths.root
    let outside = DataDirectory.directory(of: session.directory.fs.canonicalPath(root) ?? root)
    throw .refused(.intoTheBook(path, outside: outside, name: name), at: range)
  }

  /// Writes the text at a path `resolve` gave (`path` as the person wrote it, for errors).
  static func write(
    _ text: String, to full: String, named path: String, at range: SourceRange,
    in session: Session
  ) throws(LanguageError) {
    try write(bytes: Array(text.utf8), to: full, named: path, at: range, in: session)
  }

  /// Writes bytes (a workbook) at a path `resolve` gave.
  static func write(
    bytes: [UInt8], to full: String, named path: String, at range: SourceRange,
    in session: Session
  ) throws(LanguageError) {
    do {
      try session.directory.fs.write(full, bytes)
    } catch {
      throw .refused(.cannotWrite(path, reason: error.description), at: range)
    }
  }

  /// Writes a table as an `.xlsx` workbook at a path the person gave.
  static func writeWorkbook(
    _ table: ResultTable, to path: String, in session: Session, at range: SourceRange
  ) throws(LanguageError) {
    let full = try resolve(path, in: session, at: range)
    try write(
      bytes: SpreadsheetWriter.workbook(table), to: full, named: path, at: range, in: session)
  }

  /// Whether a file name asks for a workbook (`into FILE.xlsx`).
  static func isWorkbook(_ path: String) -> Bool {
    path.lowercased().hasSuffix(".xlsx")
  }

  /// Resolves and writes in one step.
  static func write(_ text: String, to path: String, in session: Session, at range: SourceRange)
    throws(LanguageError)
  {
    let full = try resolve(path, in: session, at: range)
    try write(text, to: full, named: path, at: range, in: session)
  }
}
