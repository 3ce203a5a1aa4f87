import BookModel
import BookStore

/// A script with every `source FILE` it includes read and put in its place: the flat list of
/// steps a run goes through (so `--step` can step back across files), and the files they
/// came from (each step's errors point into its own file).
public struct ScriptProgram: Sendable {
  /// One command of the program and the file it stands in.
  public struct Step: Sendable {
    public var command: Command
    /// The index in `scripts` of the file it came from.
    public var script: Int
    /// The `#:` narration between the command before and this one.
    public var narration: [String] = []
    /// The `# expect:` lines after it, checking its output.
    public var expected: [ScriptComment] = []
    /// The narration after it when it is the last command of its file.
    public var closing: [String] = []
  }

  /// The files read, the top one first.
  public private(set) var scripts: [Script] = []
  public private(set) var steps: [Step] = []
  /// Whether a syntax error is reported and parsing goes on (`--keep-going`).
  private var recovering = false
  /// The `param` lines, in order: name, default (nil: required), and where.
  public private(set) var parameters: [(name: String, value: ValueNode?, step: Int)] = []

  /// Reads and parses a script file and the files it sources. `label` is the name errors
  /// show (`scripts/x.book`); `path` where it is read.
  public static func load(
    path: String, label: String, fs: any FileSystem, registry: Registry, recovering: Bool = false
  ) throws(LanguageError) -> ScriptProgram {
    var program = ScriptProgram()
    program.recovering = recovering
    try program.include(path: path, label: label, fs: fs, registry: registry, chain: [])
    return program
  }

  /// Parses a text already read (stdin, or a test's input).
  public static func parse(_ text: String, label: String, directory: String?, registry: Registry)
    throws(LanguageError) -> ScriptProgram
  {
    var program = ScriptProgram()
    let script = try program.parsed(text, label: label, registry: registry)
    try program.add(
      script, directory: directory, fs: PosixFileSystem(), registry: registry, chain: [label])
    return program
  }

  private mutating func include(
    path: String, label: String, fs: any FileSystem, registry: Registry, chain: [String]
  ) throws(LanguageError) {
    let text = try ScriptFile.read(path, label: label, fs: fs)
    let script = try parsed(text, label: label, registry: registry)
    let canonical = fs.canonicalPath(path) ?? path
    try add(
      script, directory: DataDirectory.directory(of: canonical), fs: fs, registry: registry,
      chain: chain + [canonical])
  }

  private mutating func add(
    _ script: Script, directory: String?, fs: any FileSystem, registry: Registry, chain: [String]
  ) throws(LanguageError) {
    let index = scripts.count
    scripts.append(script)
    let around = Self.comments(around: script)
    for (position, command) in script.commands.enumerated() {
      let (before, after) = around[position]
      let narration = before.filter(\.isNarration).map(\.text)
      let expected = after.filter { !$0.isNarration && $0.text.hasPrefix("expect:") }
      let closing =
        position == script.commands.count - 1 ? after.filter(\.isNarration).map(\.text) : []
      switch command.name {
      case "source":
        guard case .value(let node)? = command.arguments["file"] else { continue }
        let name = node.literal.source.trimmingQuotes
        let path = ScriptFile.resolve(name, in: directory)
        let canonical = fs.canonicalPath(path) ?? path
        if let start = chain.firstIndex(of: canonical) {
          let loop = (chain[start...] + [canonical]).map(ScriptFile.shortName)
          throw located(
            .refused(.sourceLoop(name, loop: loop), at: node.range), in: script)
        }
        do throws(LanguageError) {
          try include(
            path: path, label: Self.label(name, besides: script.file), fs: fs, registry: registry,
            chain: chain)
        } catch {
          throw error.diagnostics.first?.file == nil
            ? located(error, at: node.range, in: script) : error
        }
      case "param":
        guard case .value(let name)? = command.arguments["name"] else { continue }
        var value: ValueNode?
        if case .value(let node)? = command.arguments["value"] { value = node }
        parameters.append((name.literal.source, value, steps.count))
        steps.append(
          Step(
            command: command, script: index, narration: narration, expected: expected,
            closing: closing))
      default:
        steps.append(
          Step(
            command: command, script: index, narration: narration, expected: expected,
            closing: closing))
      }
    }
  }

  /// For each command, the comments before it (after the command before) and after it
  /// (before the next), in one pass: a long script stays linear.
  static func comments(around script: Script) -> [([ScriptComment], [ScriptComment])] {
    var result = Array(
      repeating: ([ScriptComment](), [ScriptComment]()), count: script.commands.count)
    var next = 0
    for comment in script.comments {
      let start = comment.range.lowerBound
      while next < script.commands.count && script.commands[next].range.upperBound <= start {
        next += 1
      }
      // `next` is the first command not ended before the comment: the comment comes before
      // it, and after the command before it.
      if next < script.commands.count, start < script.commands[next].range.lowerBound {
        result[next].0.append(comment)
      }
      if next > 0 { result[next - 1].1.append(comment) }
    }
    return result
  }

  /// The parsed script; on a syntax error, `recovering` (`--keep-going`) parses on from the
  /// next line to report every line that does not parse.
  private func parsed(_ text: String, label: String, registry: Registry)
    throws(LanguageError) -> Script
  {
    let registry = MacroText.declaring(in: text, registry)
    let lines = text.sourceLines
    var errors: [Diagnostic] = []
    var remaining = lines
    while true {
      do {
        let script = try Parser.parse(
          remaining.joined(separator: "\n"), file: label, registry: registry)
        guard errors.isEmpty else { break }
        return script
      } catch {
        errors += Self.located(LanguageError(error), file: label, lines: lines).diagnostics
        let line = error.location.line
        guard recovering, errors.count < Self.mostErrors, line >= 1, line <= remaining.count,
          !remaining[line - 1].isEmpty
        else { break }
        remaining[line - 1] = ""
      }
    }
    throw LanguageError(errors, status: .usage)
  }

  /// How many syntax errors a recovering parse reports before it stops.
  static let mostErrors = 50

  /// The error with the script's file and lines filled in (and a location when it has none).
  func located(_ error: LanguageError, at range: SourceRange? = nil, in script: Script)
    -> LanguageError
  {
    var error = error
    for index in error.diagnostics.indices where error.diagnostics[index].location == nil {
      error.diagnostics[index].location = range?.lowerBound
    }
    return Self.located(error, file: script.file, lines: script.lines)
  }

  static func located(_ error: LanguageError, file: String?, lines: [String]) -> LanguageError {
    var error = error
    for index in error.diagnostics.indices {
      var diagnostic = error.diagnostics[index]
      guard let location = diagnostic.location, diagnostic.file == nil else { continue }
      diagnostic.file = file
      if diagnostic.sourceLine == nil, location.line >= 1, location.line <= lines.count {
        diagnostic.sourceLine = lines[location.line - 1]
      }
      error.diagnostics[index] = diagnostic
    }
    return error
  }

  /// How errors name a sourced file: beside the file that sources it (`inc/b.book`).
  static func label(_ name: String, besides parent: String?) -> String {
    guard !name.hasPrefix("/"), let parent, let slash = parent.lastIndex(of: "/") else {
      return name
    }
    return String(parent[...slash]) + name
  }

  /// The script a step stands in.
  public func script(of step: Step) -> Script { scripts[step.script] }
}

extension String {
  /// The text without the double quotes of a quoted literal's source.
  var trimmingQuotes: String {
    guard count >= 2, hasPrefix("\""), hasSuffix("\"") else { return self }
    return String(dropFirst().dropLast()).replacingEscapes
  }

  private var replacingEscapes: String {
    var out = ""
    var escaped = false
    for character in self {
      if !escaped && character == "\\" {
        escaped = true
        continue
      }
      escaped = false
      out.append(character)
    }
    return out
  }
}
