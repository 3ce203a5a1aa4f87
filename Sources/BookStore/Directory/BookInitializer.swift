import BookModel

/// Makes a new book: every kind's file with its descriptor, the agency record, and a
/// `.gitignore` that keeps `.book/` out of git. Refuses to touch a directory that holds a book.
public struct BookInitializer: Sendable {
  public let fs: any FileSystem

  public init(fs: any FileSystem = PosixFileSystem()) {
    self.fs = fs
  }

  /// The files of an empty book whose agency has the given name, with its first team member
  /// (a manager) when one is given.
  public static func emptyBook(agencyName: String, manager: Record? = nil)
    throws(RecPrinter.Failure) -> [(name: String, text: String)]
  {
    var files: [(name: String, text: String)] = []
    for kind in DataDirectory.dataKinds {
      var text = kind.spec.descriptor
      if kind == .agency {
        let agency = Record([
          Field("name", agencyName), Field("xlist_days", "120"), Field("audit_due_days", "30"),
        ])
        text += "\n" + (try RecPrinter.text(of: agency))
      }
      if kind == .person, let manager {
        text += "\n" + (try RecPrinter.text(of: manager))
      }
      files.append((kind.spec.file, text))
    }
    return files
  }

  /// The person record that makes `id` the new book's first manager, or why it cannot be.
  public static func manager(id: String, name: String) throws(StoreError) -> Record {
    try checkManager(id: id)
    return Record([
      Field("id", id), Field("name", try managerName(name)),
      Field("role", PersonRole.manager.rawValue),
    ])
  }

  /// Refuses an id that is not a word that can also name the user's journal file.
  public static func checkManager(id: String) throws(StoreError) {
    try DataDirectory.checkUser(id)
    guard RecordValidator.isWord(id) else {
      throw .refusal(.badUserID(id))
    }
  }

  /// The name without surrounding spaces; refused when that leaves nothing or several lines.
  public static func managerName(_ name: String) throws(StoreError) -> String {
    let trimmed = Substring(name).trimmingSpaces
    guard !trimmed.isEmpty, !trimmed.contains("\n") else {
      throw .refusal(.badPersonName(name))
    }
    return trimmed
  }

  /// What `init` writes beside the data files.
  public static let gitignore = "# book's lock, write-ahead file, history and caches\n.book/\n"

  /// Writes the files into `root` (created if missing), durably.
  public func write(_ files: [(name: String, text: String)], into root: String)
    throws(StoreError)
  {
    let paths = BookPaths(root: root)
    if fs.stamp(paths.path(KindID.agency.spec.file)) != nil {
      throw .refusal(.alreadyABook(root: root))
    }
    if let names = fs.list(paths.root), !names.isEmpty {
      let clashes = files.map(\.name).filter(names.contains)
      if !clashes.isEmpty {
        throw .refusal(.wouldOverwrite(root: root, files: clashes))
      }
    }
    do {
      try fs.makeDirectory(paths.root)
      try fs.makeDirectory(paths.journalDirectory)
      let entries = (files + [(".gitignore", Self.gitignore)]).map {
        WriteAhead.Entry.replace(path: $0.name, bytes: Array($0.text.utf8))
      }
      try DataDirectory(root: root, fs: fs).apply(WriteAhead(entries: entries))
    } catch {
      throw .writeFailed(error, restored: false)
    }
  }
}
