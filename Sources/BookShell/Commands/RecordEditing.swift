import BookLanguage
import BookModel
import BookStore

#if canImport(Glibc)
  import Glibc
#endif

/// One `edit`: the record as rec text in the editor, checked when saved; an invalid record
/// reopens with its errors as comments; nothing changes when the editor quits unchanged.
struct RecordEditing {
  let shell: any SessionHost
  let invocation: Invocation

  var session: Session { invocation.session }

  func run() throws(LanguageError) {
    let range = invocation.command.range
    guard !session.safe else {
      throw ShellRefusal.editInSafeMode.error(at: range)
    }
    guard let id = try invocation.text("id") else { return }
    let (kind, current) = try record(id)
    guard let editor = shell.editor else {
      throw ShellRefusal.noEditor.error(at: range)
    }
    let original: String
    do {
      original = try RecPrinter.text(of: current.record)
    } catch {
      throw ShellRefusal.notPrintable(kind: kind, id: id, reason: "\(error)").error(at: range)
    }
    let path = Self.temporaryPath(for: id)
    defer { unlink(path) }
    var text = original
    var problems: [String] = []
    while true {
      let header =
        "# edit \(kind.spec.singular) \(id): save to check and commit; quit without saving to change nothing.\n"
        + problems.map { "# error: \($0)\n" }.joined()
      guard LocalFile.writePrivate(header + text, to: path) else {
        throw ShellRefusal.cannotWrite(path: path).error(at: range)
      }
      let status = system(editor + " " + ShellWord.quoted(path))
      guard status == 0 else {
        throw ShellRefusal.editorFailed(editor: editor).error(at: range)
      }
      let edited = Self.withoutComments(LocalFile.text(path) ?? "")
      if edited == text {
        invocation.write(
          problems.isEmpty
            ? "\(kind.spec.singular) \(id): no change\n" : "nothing changed\n")
        return
      }
      text = edited
      switch parse(edited, kind: kind, id: id) {
      case .failure(let message):
        problems = [message]
        continue
      case .success(let record):
        do throws(LanguageError) {
          try session.change(invocation.command) { transaction throws(LanguageError) in
            do throws(StoreError) {
              try transaction.update(kind, id, record)
            } catch {
              throw LanguageError(error)
            }
          }
          invocation.write("saved \(kind.spec.singular) \(id)\n")
          return
        } catch {
          guard error.status == .failed else { throw error }
          problems = error.diagnostics.map(\.message)
        }
      }
    }
  }

  /// The record to edit: of the kind given, or of the kind its id tells (as `show` finds it).
  private func record(_ id: String) throws(LanguageError) -> (KindID, RecordView) {
    let at = invocation.value("id")?.range
    if let (kind, _) = invocation.kind("kind") {
      guard let current = session.view.record(kind, id) else {
        throw ShellRefusal.noRecord(kind: kind, id: id).error(at: at)
      }
      return (kind, current)
    }
    guard let found = Lookup.record(id, in: session.view) else {
      throw ShellRefusal.noSuchID(id).error(at: at)
    }
    return found
  }

  private enum Parsed {
    case success(Record)
    case failure(String)
  }

  private func parse(_ text: String, kind: KindID, id: String) -> Parsed {
    let file: RecFile
    do {
      file = try RecParser.parse(name: "edit", bytes: Array(text.utf8))
    } catch {
      return .failure("line \(error.location.line): \(error.message)")
    }
    guard file.records.count == 1 else {
      return .failure("keep exactly one record (found \(file.records.count))")
    }
    let record = file.record(0).record
    if let keyField = kind.spec.keyField, record.value(keyField) != id {
      return .failure(
        "the \(keyField) must stay \(id); to change it use: rename \(kind.spec.singular) \(id) NEW")
    }
    return .success(record)
  }

  static func temporaryPath(for id: String) -> String {
    let base = ProcessEnvironment.variables()["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    let safe = String(id.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
    return "\(base)/book-edit-\(getpid())-\(safe).rec"
  }

  /// The text without `#` comment lines (ours, and any the person added) and blank lines
  /// around the record.
  static func withoutComments(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter {
      !$0.hasPrefix("#")
    }
    var kept = Array(lines)
    while kept.first?.allSatisfy(\.isWhitespace) == true { kept.removeFirst() }
    while kept.last?.allSatisfy(\.isWhitespace) == true { kept.removeLast() }
    return kept.joined(separator: "\n") + "\n"
  }
}
