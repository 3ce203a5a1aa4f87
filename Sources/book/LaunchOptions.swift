/// The global options as plain values: what a run of `book` needs from its command line.
///
/// `GlobalOptions` (swift-argument-parser) fills them for every form of `book`; `quick(_:)`
/// reads the common forms (`book`, `book -c …`, `book --data DIR …`) without the parser,
/// whose start-up (building its command tree, reflecting every option, conformance look-ups)
/// costs more than the rest of a `book -c help`.
struct LaunchOptions: Equatable, Sendable {
  var data: String?
  var format: String?
  var noHeader = false
  var today: String?
  var wait = 10.0
  var safe = false
  var stats = false
  /// `-c`: the commands to run and exit.
  var commands: String?

  /// The longest `--wait` taken: a day.
  static let longestWait = 86_400.0

  /// Whether `--wait` is in range.
  var waitIsValid: Bool { wait.isFinite && wait >= 0 && wait <= Self.longestWait }

  /// The options of a command line made only of the global options and `-c`, each given at
  /// most once with a value that does not look like an option; nil for anything else (a
  /// subcommand, `--help`, an unknown or repeated option, a bad `--wait`), which the argument
  /// parser then reads and, if need be, rejects with its own message.
  static func quick(_ arguments: some Collection<String>) -> LaunchOptions? {
    var options = LaunchOptions()
    var seen: Set<String> = []
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      var name = argument
      var attached: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        attached = String(argument[argument.index(after: equals)...])
      }
      guard seen.insert(name).inserted else { return nil }
      if let flag = Self.flag(name) {
        guard attached == nil else { return nil }
        options[keyPath: flag] = true
        continue
      }
      guard Self.valued.contains(name) else { return nil }
      if attached == nil {
        guard let next = remaining.popFirst(), !next.hasPrefix("-") else { return nil }
        attached = next
      }
      let value = attached ?? ""
      switch name {
      case "-c": options.commands = value
      case "--data": options.data = value
      case "--format": options.format = value
      case "--today": options.today = value
      default: options.wait = Double(value) ?? .nan
      }
    }
    return options.waitIsValid ? options : nil
  }

  /// The options with a value that `quick(_:)` reads.
  private static let valued: Set<String> = ["-c", "--data", "--format", "--today", "--wait"]

  /// The flags that `quick(_:)` reads.
  private static func flag(_ name: String) -> WritableKeyPath<LaunchOptions, Bool>? {
    switch name {
    case "--no-header": \.noHeader
    case "--safe": \.safe
    case "--stats": \.stats
    default: nil
    }
  }
}
