import BookModel

#if canImport(Glibc)
  import Glibc
#endif

// The wording of every refusal and problem the store reports, in one place: what was wrong,
// where, and what to do, as a command that works when typed. The cases and their data are
// declared beside the code that finds them.

extension StoreError {
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

extension StoreProblem {
  /// The problem as the diagnostic to print.
  public var diagnostic: Diagnostic {
    switch self {
    case .badUserID(let id):
      return Diagnostic(
        "'\(id)' cannot be a user id: use letters, digits, '-', '_' or '.', starting with a letter or digit"
      )
    case .badPersonName(let name):
      return Diagnostic("a person's name is one line of text, not '\(name)'")
    case .alreadyABook(let root):
      return Diagnostic(
        "\(root) already holds a book (it has an agency.rec); nothing was written",
        notes: ["Choose a new directory, or remove this one first."])
    case .wouldOverwrite(let root, let files):
      return Diagnostic(
        "\(root) already has " + files.joined(separator: ", ") + "; nothing was written")
    case .noDataDirectory(let root):
      return Diagnostic(
        "no data directory at \(root)",
        notes: ["Make one with: book init \(root)   (or --example for the demo agency)"])
    case .notABook(let root):
      return Diagnostic(
        "\(root) is not a book: it has no agency.rec",
        notes: ["Make one with: book init \(root)"])
    case .sandboxUnmade(let base, let reason):
      return Diagnostic(
        "cannot make a sandbox under \(base): \(reason)",
        notes: ["Point TMPDIR at a directory you can write."])
    case .sandboxUncopied(let error):
      return Diagnostic("cannot copy the book into a sandbox: \(error.description)")
    case .unreadable(let said, let file):
      return Diagnostic(said, file: file)
    case .wrongRecordType(let name, let declared, let kind, let path, let line, let sourceLine):
      return Diagnostic(
        "\(name) declares records of kind '\(declared)'; this file holds \(kind.spec.recordType) records",
        file: path, location: SourceLocation(line: line, column: 7), sourceLine: sourceLine,
        notes: ["Fix the %rec: line (it must read '%rec: \(kind.spec.recordType)')."])
    case .unknownFile(let name, let path, let known):
      return Diagnostic(
        "\(name) holds no kind the book knows", file: path,
        notes: ["The kinds' files are: " + known.joined(separator: ", ") + "."])
    case .noDescriptor(let name, let path, let kind):
      return Diagnostic(
        "\(name) has no record descriptor",
        file: path, location: SourceLocation(line: 1, column: 1),
        notes: [
          "Start the file with:",
          kind.spec.descriptor.split(separator: "\n").joined(separator: "\n  "),
        ])
    case .agencyRecords(let count, let path):
      return Diagnostic(
        "agency.rec must hold exactly one Agency record; it holds \(count)", file: path)
    case .badHistorySize(let size, let path, let location):
      return Diagnostic(
        "history_size must be a whole number, not '\(size)'", file: path, location: location)
    case .notOnTeam(let user, let addYourself):
      return Diagnostic(
        "you (\(user)) are not on this book's team, so your changes cannot be recorded",
        notes: [
          "Set BOOK_USER to your id on the team; see who is on it with: team",
          "A manager on the team can add you with: \(addYourself)",
        ])
    case .emptyTeam(let user, let addYourself):
      return Diagnostic(
        "this book's team has no one yet, so its first change must add you (\(user)) to it",
        notes: ["Add yourself with: \(addYourself)"])
    case .journalName(let user):
      return Diagnostic(
        "the user id '\(user)' cannot name a journal file; nothing was changed",
        notes: ["Set BOOK_USER to your id on the team (see: team)."])
    case .unusableUser(let user):
      return Diagnostic(
        "'\(user)' cannot be a user id: use letters, digits, '-', '_' or '.'",
        notes: ["Set BOOK_USER, or `user:` in ~/.config/book/config.rec."])
    case .bookHasProblems(let count):
      return Diagnostic(
        "the book has \(count == 1 ? "1 problem" : "\(count) problems"); nothing was written",
        notes: ["Fix the files (book check lists them all), then try again."])
    case .notAddable(let kind):
      return Diagnostic("\(kind.spec.plural) cannot be added this way")
    case .needsID(let kind, let keyField):
      return Diagnostic(
        "a new \(kind.spec.singular) needs an id: give one, like \(keyField)=ACME")
    case .idTaken(let kind, let key, let lookable):
      return Diagnostic(
        "\(kind.spec.singular) \(key) already exists: ids are unique",
        notes: [
          lookable
            ? "Choose another id, or look at the one that has it: show \(key)"
            : "Choose another id."
        ])
    case .notFound(let kind, let key):
      return Diagnostic("no \(kind.spec.singular) \(key)")
    case .cannotBecome(let kind, let key, let id, let referrers):
      let spec = kind.spec
      return Diagnostic(
        "\(spec.singular) \(key) cannot become \(id): "
          + (referrers.count == 1 ? "1 record refers" : "\(referrers.count) records refer")
          + " to \(key)",
        notes: referrers.prefix(10).map { "  " + $0 } + [
          "Rename it instead, and the references follow: "
            + "rename \(spec.singular) \(key) \(id)"
        ])
    case .cannotDelete(let kind, let id, let referrers):
      let count = referrers.count == 1 ? "1 record refers" : "\(referrers.count) records refer"
      var notes = referrers.prefix(10).map { "  " + $0 }
      if referrers.count > 10 { notes.append("  … and \(referrers.count - 10) more") }
      notes.append("Delete or change what refers to it first (or rename it instead).")
      return Diagnostic(
        "\(kind.spec.singular) \(id) cannot be deleted: \(count) to it", notes: notes)
    case .unreadableCommit(let commit):
      return Diagnostic("git cannot read the files of commit \(commit)")
    case .syncOfInvalidBook:
      return Diagnostic(
        "the book has problems: nothing was committed or synced",
        notes: ["Mend them (book check lists them), then run: book sync"])
    case .remoteMoved:
      return Diagnostic(
        "the remote moved while syncing: nothing was lost", notes: ["Run again: book sync"])
    case .mergeBreaksRules(let count, let unfinished):
      let rules = count == 1 ? "a rule" : "rules"
      return unfinished
        ? Diagnostic(
          "the merged book breaks \(rules): the merge is not finished",
          notes: ["Abandon it with: git merge --abort, mend the records here, then: book sync"])
        : Diagnostic(
          "the merged book breaks \(rules): nothing was merged or committed",
          notes: ["Change the records here so that both sides agree, then run: book sync"])
    }
  }
}

extension GitProblem {
  public var diagnostics: [Diagnostic] {
    switch self {
    case .gitFailed(let arguments, let output):
      let said = (output.stderr + output.stdout).split(separator: "\n").map(String.init)
      return [
        Diagnostic(
          "git \(arguments.first ?? "") failed (exit \(output.status))",
          notes: said.isEmpty ? [] : said)
      ]
    case .file(let error):
      return [Diagnostic(error.description)]
    case .store(let error):
      return error.diagnostics
    case .insideRepository(let top):
      return [
        Diagnostic(
          "the book is inside the git repository \(top): book sync keeps a book at a repository's top level",
          notes: ["Sync a book of its own: copy it out, then run book sync there."])
      ]
    }
  }
}

extension ResolveProblem {
  public var diagnostics: [Diagnostic] {
    switch self {
    case .noMerge(let unfinished):
      return [
        Diagnostic(
          "there is no conflict to resolve",
          notes: [unfinished ? "Finish the merge with: book sync" : "Sync with: book sync"])
      ]
    case .notAConflict(let record, let field, let open):
      return [
        Diagnostic(
          "no open conflict at \(record) \(field)",
          notes: [
            "Open conflicts: " + open.joined(separator: ", "), "List them with: book conflicts",
          ])
      ]
    case .wholeFile(let path):
      return [
        Diagnostic(
          "\(path) could not be merged record by record",
          notes: [
            "Take one side with git checkout --ours \(path) (or --theirs), then git add \(path)"
          ])
      ]
    case .valueForWholeRecord(let record):
      return [
        Diagnostic(
          "\(record) was deleted on one side and changed on the other: keep ours or theirs",
          notes: ["book resolve \(record) - theirs"])
      ]
    case .unreadable(let path, let reason):
      return [Diagnostic("\(path): \(reason)")]
    case .git(let problem):
      return problem.diagnostics
    }
  }
}

extension RenameProblem {
  var diagnostic: Diagnostic {
    switch self {
    case .keyless(let kind):
      return Diagnostic(
        "the \(kind.spec.singular) has no id to rename",
        notes: ["Its fields can be changed with set; see: help set"])
    case .notFound(let kind, let key):
      return Diagnostic(
        "no \(kind.spec.singular) \(key) to rename",
        notes: ["List them with: \(kind.spec.plural)"])
    case .notAWord(let key):
      return Diagnostic(
        "'\(key)' cannot be an id: use letters, digits, '-', '_', '.' or '/', starting with a letter or digit",
        notes: ["Pick an id like ACME2 or acme-roofing."])
    case .taken(let kind, let key):
      return Diagnostic(
        "\(kind.spec.singular) \(key) already exists: ids are unique",
        notes: ["Choose another id, or look at the one that has it: show \(key)"])
    }
  }
}

extension JournalProblem {
  var message: String {
    switch self {
    case .notAJournal(let declared):
      return "a journal holds Change records; this one declares '\(declared)'"
    case .missingField(let name):
      return "this Change has no '\(name)'"
    case .badDay(let text):
      return "'\(text)' is not a day (YYYY-MM-DD)"
    case .unknownKind(let word):
      return "'\(word)' is no kind the book knows"
    case .unknownOperation(let word):
      return "'\(word)' is not an op: it is add, set or delete"
    case .unexpectedField(let name, let op):
      return "a Change with op \(op) has no '\(name)'"
    case .unreadableRecord(let field, let reason):
      return "the record in '\(field)' cannot be read: \(reason)"
    case .notOneRecord(let field):
      return "'\(field)' must hold exactly one record"
    }
  }

  /// The problem at its place in a journal file, with what to do about it.
  func diagnostic(file: String, at location: SourceLocation, sourceLine: String?) -> Diagnostic {
    Diagnostic(
      message, file: file, location: location, sourceLine: sourceLine,
      notes: [Self.note])
  }

  /// What to do about any of them.
  static let note =
    "The journal is written by book: put the file back from git, or mend this Change by hand."
}

extension DescriptorProblem {
  var reason: String {
    switch self {
    case .second(let name):
      return "a second \(name) line: a descriptor has one"
    case .key(let spec):
      return spec.keyField.map { "%key must be '\($0)' for \(spec.plural)" }
        ?? "\(spec.plural) have no key: remove %key"
    case .mandatory(let extra, let spec):
      return "%mandatory names " + extra.joined(separator: ", ")
        + ", which book does not require of \(spec.plural)"
    case .type(let value, let spec):
      return "'%type: \(value)' is not how book types \(spec.plural)"
    case .unsupported(let name):
      return "\(name) in a descriptor is not supported by book"
    }
  }

  /// The problem at its line of the file, with the kind's own descriptor to compare.
  func diagnostic(file: String, path: String, line: Int, sourceLine: String?, spec: KindSpec)
    -> Diagnostic
  {
    Diagnostic(
      reason, file: path, location: SourceLocation(line: line, column: 1), sourceLine: sourceLine,
      notes: [
        "Remove the line; book's descriptor for \(file) is:",
        spec.descriptor.split(separator: "\n").joined(separator: "\n  "),
      ])
  }
}

extension RecMerge.Unmergeable {
  /// Why, in a line that names the file.
  public var reason: String {
    switch self {
    case .markers(let path, let side, let line):
      return
        "\(path): \(side) already holds git's conflict markers (line \(line)): settle that first"
    case .unreadable(let path, let side, let line, let reason):
      return "\(path): \(side) is not a rec file the book can read (line \(line): \(reason))"
    case .unwritable(let path, let reason):
      return "\(path): the merged file cannot be written: \(reason)"
    }
  }
}

extension MergeDriver {
  /// The driver could not read or write a file.
  static func messages(failed reason: String) -> [String] {
    ["book merge: \(reason)"]
  }

  /// The file could not be merged record by record: it stays a plain conflict.
  static func messages(unmergeable: RecMerge.Unmergeable, path: String) -> [String] {
    [
      "book merge: \(unmergeable.reason)",
      "The file keeps this side's version and git marks it conflicted: take one side with "
        + "git checkout --ours \(path) (or --theirs), then git add \(path).",
    ]
  }

  /// Each conflict left in the file, then how to settle them.
  static func messages(conflicts: [MergeConflict], path: String) -> [String] {
    conflicts.map { conflict in
      "book merge: \(path): conflict at \(conflict.place) (kept ours: \(conflict.ours ?? "none"); theirs: \(conflict.theirs ?? "none"))"
    } + [
      "List them with: book conflicts",
      "Settle each (book resolve RECORD FIELD ours|theirs|VALUE), then finish with: book sync",
    ]
  }
}

extension PastProblem {
  /// Why, after `as of DAY is out of reach: `.
  public var reason: String {
    switch self {
    case .changedOutside(let entry):
      return
        "the journals do not reach back to it: \(entry.kind.spec.singular) \(entry.id) was changed outside book after their change of \(entry.day.iso)"
    case .beforeFirstCommit(let commit, _):
      return
        "it is before the book's first git commit (\(commit.short), \(commit.day.iso)) and the journals do not reach further"
    }
  }

  /// What to do.
  public var notes: [String] {
    var notes = ["The earliest day that can be answered is \(earliest.iso)."]
    if case .changedOutside = self {
      notes.append(
        "A book kept in git (book sync) answers from its commits where the journals do not reach.")
    }
    return notes
  }
}
