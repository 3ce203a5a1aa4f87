import ArgumentParser
import BookModel
import BookStore

/// `book conflicts`: the open conflicts of an unfinished merge, from git's index stages.
struct Conflicts: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the conflicts of an unfinished sync: record, field, base, ours, theirs.",
    discussion: "Settle each with: book resolve RECORD FIELD ours|theirs|VALUE.")

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let session = try CommandLineSession(options)
    let directory = try session.directory()
    let open = GitRepository(root: directory.paths.root).openConflicts()
    guard !open.isEmpty else {
      Output.standard("no conflicts")
      return
    }
    Self.print(open)
  }

  /// One block per conflict: where, then base, ours and theirs.
  static func print(_ open: [OpenConflict]) {
    for item in open {
      let conflict = item.conflict
      if let reason = item.unmergeable {
        Output.standard("\(item.path): the whole file: \(reason)")
        continue
      }
      Output.standard("\(item.path) \(conflict.record) \(conflict.field ?? "-")")
      for (side, value) in [
        ("base", conflict.base), ("ours", conflict.ours), ("theirs", conflict.theirs),
      ] {
        let lines = (value ?? "(none)").split(separator: "\n", omittingEmptySubsequences: false)
        let label = side + String(repeating: " ", count: 7 - side.count)
        Output.standard("  " + label + lines.joined(separator: "\n         "))
      }
    }
  }
}

/// `book resolve RECORD FIELD ours|theirs|VALUE`: settles one conflict.
struct Resolve: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Settle one conflict of an unfinished sync: keep ours, theirs, or a value.",
    discussion: "FIELD is - for a record deleted on one side and changed on the other.")

  @OptionGroup var options: GlobalOptions
  @Argument(help: "The record's id (P-0001).") var record: String
  @Argument(help: "The field (premium), or - for the whole record.") var field: String
  @Argument(help: "ours, theirs, or the value to keep.") var choice: String

  func run() throws {
    let session = try CommandLineSession(options)
    let directory = try session.directory()
    let resolution = ConflictResolution(repository: GitRepository(root: directory.paths.root))
    do {
      let (value, remaining) = try resolution.resolve(
        record: record, field: field, choice: .init(choice))
      Output.standard("\(record) \(field): \(value ?? "(none)")")
      Output.standard(
        remaining == 0
          ? "no conflicts left: finish with: book sync"
          : "\(remaining) conflict\(remaining == 1 ? "" : "s") left: book conflicts")
    } catch {
      throw session.fail(error.diagnostics, status: .failed)
    }
  }
}
