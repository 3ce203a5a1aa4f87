import ArgumentParser
import BookStore

/// `book merge BASE OURS THEIRS PATH`: git's merge driver for `.rec` files (registered by
/// `book init --git` and `book sync`).
struct Merge: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Merge three versions of a rec file record by record (git's merge driver).",
    discussion: """
      Git runs it as `book merge %O %A %B %P`: BASE, OURS, THEIRS and the file's path.
      The result replaces OURS. A field changed differently on both sides keeps our value
      and exits 1, so the merge stays unfinished: see `book conflicts`.
      """)

  @Argument(help: "The common ancestor's version.") var base: String
  @Argument(help: "Our version; the merged file is written here.") var ours: String
  @Argument(help: "Their version.") var theirs: String
  @Argument(help: "The file's path in the repository.") var path: String

  func run() throws {
    let report = MergeDriver(fs: PosixFileSystem()).run(
      base: base, ours: ours, theirs: theirs, path: path)
    for message in report.messages { Output.error(message) }
    if report.status != .ok { throw ExitCode(report.status) }
  }
}
