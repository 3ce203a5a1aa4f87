import BookModel
import Synchronization

/// One kind's file in a snapshot: parsed when a command first reads the kind. Its bytes are
/// those of the file opened at load (or written at commit), whatever happened to the path
/// since; a snapshot reads only the kinds a command touches.
final class LazyRecFile: Sendable {
  enum Source: Sendable {
    /// A file opened at load whose stamp a clean parse has vouched for.
    case opened(any OpenedFile, path: String)
    /// Bytes `book` itself wrote (a commit's new file).
    case written(RecBytes)
  }

  let name: String
  private let parsed: Mutex<RecFile?>
  private let source: Mutex<Source?>
  /// How many records the file held when its stamp parsed cleanly (`.book/cache/parsed`), if
  /// that was noted: the shell's banner counts without parsing.
  private let vouchedCount: Int?

  init(name: String, parsed file: RecFile) {
    self.name = name
    self.parsed = Mutex(file)
    self.source = Mutex(nil)
    self.vouchedCount = nil
  }

  init(name: String, source: Source, count: Int? = nil) {
    self.name = name
    self.parsed = Mutex(nil)
    self.source = Mutex(source)
    self.vouchedCount = count
  }

  /// The parsed file (parsed now when it was not yet).
  var file: RecFile {
    if let file = parsed.withLock({ $0 }) { return file }
    let file = ReadStats.timed { parse() }
    ReadStats.add {
      $0.filesParsed += 1
      $0.bytesParsed += file.bytes.count
    }
    parsed.withLock { $0 = file }
    return file
  }

  /// The number of records, when known without parsing (parsed, or noted with the stamp).
  var knownCount: Int? {
    parsed.withLock { $0?.records.count } ?? vouchedCount
  }

  /// The number of records (parsed now when not known otherwise).
  var recordCount: Int { knownCount ?? file.records.count }

  /// Whether the file has been parsed.
  var isParsed: Bool { parsed.withLock { $0 != nil } }

  private func parse() -> RecFile {
    guard let source = source.withLock({ $0 }) else { return RecFile(name: name, bytes: []) }
    switch source {
    case .written(let storage):
      do {
        return try RecParser.parse(name: name, storage: storage)
      } catch {
        preconditionFailure("book wrote \(name) and cannot read it back: \(error.message)")
      }
    case .opened(let opened, let path):
      // The stamp of this very file parsed cleanly before (the parsed-stamps cache), so it
      // parses now unless it was rewritten in place, under the same stamp, since it was
      // opened; then the snapshot cannot be trusted and neither can anything else.
      do {
        let storage = try opened.bytes()
        return try RecParser.parse(name: name, storage: storage)
      } catch let error as RecParser.Failure {
        preconditionFailure("\(path) changed while book read it: \(error.message)")
      } catch {
        preconditionFailure("\(path) could not be read: \(error)")
      }
    }
  }
}
