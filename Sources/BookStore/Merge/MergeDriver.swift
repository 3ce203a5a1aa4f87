import BookModel

/// `book merge BASE OURS THEIRS PATH`, git's merge driver: reads the three versions git
/// hands over, merges them record by record and writes the result over OURS (where git
/// takes it from). Conflicts leave the file valid with our values and end non-zero so that
/// git keeps the merge unfinished.
public struct MergeDriver: Sendable {
  let fs: any FileSystem

  public init(fs: any FileSystem) {
    self.fs = fs
  }

  /// What the driver did: its messages (for stderr) and whether the file merged cleanly.
  public struct Report: Sendable, Equatable {
    public var messages: [String]
    public var status: ExitStatus
  }

  /// Merges the files; OURS is written only when the merge gives a file.
  public func run(base: String, ours: String, theirs: String, path: String) -> Report {
    let inputs: [[UInt8]]
    do {
      inputs = try [base, ours, theirs].map { file throws(FileSystemError) in
        try fs.read(file) ?? []
      }
    } catch {
      return Report(messages: MergeDriver.messages(failed: "\(error)"), status: .failed)
    }
    switch RecMerge.merge(base: inputs[0], ours: inputs[1], theirs: inputs[2], path: path) {
    case .unmergeable(let reason):
      return Report(
        messages: MergeDriver.messages(unmergeable: reason, path: path), status: .failed)
    case .merged(let bytes, let conflicts):
      do {
        try fs.write(ours, bytes)
      } catch {
        return Report(messages: MergeDriver.messages(failed: "\(error)"), status: .failed)
      }
      guard !conflicts.isEmpty else { return Report(messages: [], status: .ok) }
      return Report(
        messages: MergeDriver.messages(conflicts: conflicts, path: path), status: .failed)
    }
  }
}
