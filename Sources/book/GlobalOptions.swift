import ArgumentParser

/// The options every form of `book` takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    help:
      "The data directory (default: $BOOK_DATA, the config's `data`, the book you are in, ./book/)."
  )
  var data: String?

  @Option(help: "Output format: table, csv, tsv, json, md, html.")
  var format: String?

  @Flag(name: .customLong("no-header"), help: "Leave out the header row.")
  var noHeader = false

  @Option(help: "Pin today's date (training and sandboxes only for changes).")
  var today: String?

  @Option(help: "Seconds to wait for the book's lock.")
  var wait: Double = 10

  @Flag(help: "Write nothing outside the data directory; no $EDITOR, no shell escapes.")
  var safe = false

  @Flag(help: "After the commands, print to stderr the time spent loading, querying and writing.")
  var stats = false

  /// The options as plain values.
  var launch: LaunchOptions {
    LaunchOptions(
      data: data, format: format, noHeader: noHeader, today: today, wait: wait, safe: safe,
      stats: stats)
  }

  mutating func validate() throws {
    guard launch.waitIsValid else {
      throw CommandLineProblem.waitOutOfRange(wait, longest: LaunchOptions.longestWait)
        .validation
    }
  }
}
