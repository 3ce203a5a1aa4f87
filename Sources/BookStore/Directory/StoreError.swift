import BookModel

#if canImport(Glibc)
  import Glibc
#endif

/// Why the store refused or failed, with the exit code DESIGN.md gives each case.
public enum StoreError: Error, Sendable, Equatable {
  /// The data directory is unreadable, corrupt or invalid (exit 3).
  case invalidBook([Diagnostic])
  /// A record breaks a rule (exit 1).
  case refused([Diagnostic])
  /// The lock could not be had in time (exit 4).
  case lockTimeout(seconds: Double)
  /// A record we change was changed by someone else since we read it (exit 4).
  case conflict(kind: KindID, id: String, reason: String)
  /// Writing failed; the message says whether the book is as before (exit 3).
  case writeFailed(FileSystemError, restored: Bool)
  /// Writing under a pinned day outside a training book or sandbox (exit 1).
  case pinnedDay(Day)
  /// A kind's file is missing from the book (exit 3).
  case missingFile(kind: KindID, root: String)
  /// An interrupted commit's write-ahead file no longer matches these files (changed since),
  /// so it is not replayed over them (exit 3).
  case staleWriteAhead(paths: [String], root: String)
  /// A sync's merge is unfinished (`.git/MERGE_HEAD`): the book is read-only (exit 4).
  case mergeUnfinished

  /// How the process ends for this error.
  public var status: ExitStatus {
    switch self {
    case .invalidBook, .writeFailed, .staleWriteAhead, .missingFile: return .invalidBook
    case .refused, .pinnedDay: return .failed
    case .lockTimeout, .conflict, .mergeUnfinished: return .busy
    }
  }

  /// The process exit code for this error.
  public var exitCode: Int32 { status.rawValue }

  /// The diagnostics to print, one per problem.
  public var diagnostics: [Diagnostic] {
    switch self {
    case .invalidBook(let list), .refused(let list):
      return list
    case .lockTimeout(let seconds):
      return [
        Diagnostic(
          "the book is locked by another writer; gave up after \(Self.seconds(seconds))",
          notes: ["Try again, or wait longer with --wait SECONDS."])
      ]
    case .conflict(let kind, let id, let reason):
      return [
        Diagnostic(
          "\(kind.spec.singular) \(id) was changed by someone else since it was read: \(reason)",
          notes: ["Nothing was written. Look at it again (show \(id)) and redo your change."])
      ]
    case .writeFailed(let error, let restored):
      return [
        Diagnostic(
          "\(error.description)",
          notes: [
            restored
              ? "Nothing was changed: every file is as it was before the command."
              : error.code == ENOSPC
                ? "The change is saved in .book/wal and will be completed by the next command once the disk has room: free some space, then run any command (book check)."
                : "The change is saved in .book/wal and will be completed when the book is next opened."
          ])
      ]
    case .missingFile(let kind, let root):
      let file = kind.spec.file
      let lines = kind.spec.descriptor.split(separator: "\n").map { ShellWord.quoted(String($0)) }
      return [
        Diagnostic(
          "\(file) is missing: the book has a file for every kind", file: root + "/" + file,
          notes: [
            "Put it back from git (git checkout -- \(file) in the book's repository), or, if it "
              + "never held records, start it empty:",
            "printf '%s\\n' " + lines.joined(separator: " ") + " > "
              + ShellWord.quoted(root + "/" + file),
          ])
      ]
    case .staleWriteAhead(let paths, let root):
      let names = paths.joined(separator: ", ")
      return [
        Diagnostic(
          "a commit that was interrupted (.book/wal) no longer matches the files: \(names) "
            + "changed since; nothing was replayed",
          notes: [
            "If the files as they are now are right, drop the interrupted commit: "
              + "rm \(root)/.book/wal",
            "To finish it instead, put \(names) back as they were (git checkout -- \(names) "
              + "in the book's repository), then run book again.",
          ])
      ]
    case .mergeUnfinished:
      return [
        Diagnostic(
          "the book is read-only: a sync's merge is unfinished; nothing was changed",
          notes: [
            "List the conflicts with: book conflicts",
            "Settle each (book resolve RECORD FIELD ours|theirs|VALUE), then finish with: book sync",
          ])
      ]
    case .pinnedDay(let day):
      return [
        Diagnostic(
          "today is pinned to \(day.iso)" + Self.pinnedDayRefusal,
          notes: [
            "Backdated certificates and audits are an E&O risk. Unpin the day (drop --today),",
            "or practise on a training book (one with 'today:' in agency.rec), such as the demo:",
            "book init practice --example && book --data practice",
          ])
      ]
    }
  }

  /// How the refusal to write under a pinned day ends its message (so a script runner can
  /// offer the same script on a sandbox).
  public static let pinnedDayRefusal = " and this is not a training book: changes are refused"

  private static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value))s" : "\(value)s"
  }
}
