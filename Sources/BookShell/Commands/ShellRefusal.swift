import BookLanguage
import BookModel

/// Why a command of the shell refuses: data here, the wording of every case in one place.
enum ShellRefusal: Equatable {
  case shellOnly(command: String)
  case historyCount
  case timingSetting
  case editInSafeMode
  case noEditor
  case notPrintable(kind: KindID, id: String, reason: String)
  case cannotWrite(path: String)
  case editorFailed(editor: String)
  case noRecord(kind: KindID, id: String)
  case noSuchID(String)
  case notRecording
  case recordOutsideInSafeMode(file: String)
  case cannotRecord(file: String, reason: String)

  /// The refusal as the language reports it, at that place of the input: a usage error for a
  /// command written wrong, else a refused command.
  func error(at range: SourceRange?) -> LanguageError {
    switch self {
    case .historyCount, .timingSetting: return .usage(message, notes: notes, at: range)
    default: return .failed(message, notes: notes, at: range)
    }
  }

  var message: String {
    switch self {
    case .shellOnly(let command): return "\(command) works in the interactive shell only"
    case .historyCount: return "history takes a number of lines"
    case .timingSetting: return "timing is on or off"
    case .editInSafeMode: return "edit is off in safe mode: no editor is started"
    case .noEditor: return "no editor: set $VISUAL or $EDITOR, or editor: in your config"
    case .notPrintable(let kind, let id, let reason):
      return "\(kind.spec.singular) \(id) cannot be shown as rec text: \(reason)"
    case .cannotWrite(let path): return "could not write \(path)"
    case .editorFailed(let editor): return "the editor (\(editor)) failed; nothing changed"
    case .noRecord(let kind, let id): return "no \(kind.spec.singular) \(id)"
    case .noSuchID(let id): return "nothing has the id '\(id)'"
    case .notRecording: return "nothing is being recorded"
    case .recordOutsideInSafeMode(let file):
      return "record is off in safe mode for files outside the data directory: \(file)"
    case .cannotRecord(let file, let reason): return "cannot record into \(file): \(reason)"
    }
  }

  var notes: [String] {
    switch self {
    case .shellOnly:
      return ["Start the shell (book, in the book's folder, or book --data DIR) and type it there."]
    case .noRecord(let kind, _): return ["List them: \(kind.spec.plural)"]
    case .noSuchID:
      return ["Ids look like ACME, P-0001, AU-0001; or name the kind: edit policy P-0001"]
    case .notRecording: return ["Start with: record FILE"]
    case .recordOutsideInSafeMode:
      return ["Record into the book's directory, or run without --safe."]
    default: return []
    }
  }
}
