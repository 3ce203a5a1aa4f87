import BookModel

/// `book resolve RECORD FIELD ours|theirs|VALUE`: settles one open conflict in the working
/// file, and stages the file (`git add`) when it has none left.
public struct ConflictResolution: Sendable {
  /// Which value to keep.
  public enum Choice: Sendable, Equatable {
    case ours, theirs
    case value(String)

    public init(_ word: String) {
      switch word {
      case "ours": self = .ours
      case "theirs": self = .theirs
      default: self = .value(word)
      }
    }
  }

  let repository: GitRepository

  public init(repository: GitRepository) {
    self.repository = repository
  }

  /// Settles the conflict at RECORD FIELD (`-` for a whole record or the descriptor);
  /// returns what the file now holds there and how many conflicts remain.
  public func resolve(record: String, field: String, choice: Choice) throws(ResolveProblem)
    -> (value: String?, remaining: Int)
  {
    let open = repository.openConflicts()
    guard !open.isEmpty else { throw .noMerge(unfinished: repository.mergeUnfinished) }
    let wanted = field == "-" ? nil : field
    guard
      let found = open.first(where: {
        $0.conflict.record == record && $0.conflict.field == wanted
      })
    else {
      throw .notAConflict(record: record, field: field, open: open.map(\.conflict.place))
    }
    if found.unmergeable != nil { throw .wholeFile(found.path) }
    let conflict = found.conflict
    let value: String?
    switch choice {
    case .ours: value = conflict.ours
    case .theirs: value = conflict.theirs
    case .value(let text):
      guard wanted != nil else { throw .valueForWholeRecord(record) }
      value = text
    }
    try apply(conflict, value: value, choice: choice, in: found.path)
    let place = found.path + "\t" + conflict.place
    let remembered = (repository.resolvedPlaces() + [place]).joined(separator: "\n") + "\n"
    do {
      try repository.fs.makeDirectory(repository.root + "/.book")
      try repository.fs.write(repository.resolvedFile, Array(remembered.utf8))
    } catch {
      throw .git(.file(error))
    }
    let remaining = repository.openConflicts()
    if !remaining.contains(where: { $0.path == found.path }) {
      do {
        try repository.require(["add", "--", found.path])
      } catch {
        throw .git(error)
      }
    }
    return (value, remaining.count)
  }

  /// Writes the chosen value into the working file.
  private func apply(_ conflict: MergeConflict, value: String?, choice: Choice, in path: String)
    throws(ResolveProblem)
  {
    let full = repository.root + "/" + path
    var document: RecDocument
    do {
      let bytes = try repository.fs.read(full) ?? []
      document = try RecDocument(name: path, bytes: bytes)
    } catch let error as RecParser.Failure {
      throw .unreadable(path, error.message)
    } catch {
      throw .unreadable(path, "\(error)")
    }
    if conflict.record == "%rec" {
      if choice == .theirs, let theirs = repository.show(":3", path),
        let other = try? RecDocument(name: path, bytes: theirs)
      {
        document.descriptor = other.descriptor
      }
    } else if let field = conflict.field {
      guard let index = document.index(of: conflict.record) else {
        throw .unreadable(path, "\(conflict.record) is not in the file")
      }
      document.entries[index].record.set(field, value ?? "")
    } else if choice == .theirs {
      let theirs = repository.show(":3", path).flatMap { try? RecDocument(name: path, bytes: $0) }
      let entry = theirs.flatMap { other in
        other.index(of: conflict.record).map { other.entries[$0] }
      }
      if let index = document.index(of: conflict.record) {
        if let entry { document.entries[index] = entry } else { document.entries.remove(at: index) }
      } else if let entry {
        document.entries.append(entry)
      }
    }
    do {
      try repository.fs.write(full, try document.bytes())
    } catch let error as FileSystemError {
      throw .git(.file(error))
    } catch {
      throw .unreadable(path, "\(error)")
    }
  }
}

extension RecDocument {
  /// The index of the record with that key.
  func index(of key: String) -> Int? {
    guard let keyField else { return nil }
    return entries.firstIndex { $0.record.value(keyField) == key }
  }
}

/// Why `book resolve` refused (the wording is in StoreMessages.swift).
public enum ResolveProblem: Error, Sendable {
  case noMerge(unfinished: Bool)
  case notAConflict(record: String, field: String, open: [String])
  case wholeFile(String)
  case valueForWholeRecord(String)
  case unreadable(String, String)
  case git(GitProblem)
}
