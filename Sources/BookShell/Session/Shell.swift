import BookLanguage
import BookModel
import BookStore

#if canImport(Glibc)
  import Glibc
#endif

/// The interactive shell: reads lines with the editor, joins continued ones, runs each
/// input as a transaction in the session, keeps history, pages long output.
public final class Shell {
  public let session: Session
  let reader: any LineReader
  let history: HistoryStore
  /// The book's name in the prompt when it is not the default `./book/`.
  let label: String?
  let output: ShellOutput
  /// `timing on`: each command's time is shown.
  public var timing = false
  /// Set by `quit`.
  var quitting = false
  /// Set by `walk`: the records to go through once the input that asked has run.
  var pendingWalk: WalkList?
  /// What `pager on` turns back on.
  public let defaultPager: String?
  /// The editor command for `edit` (config `editor`, else $VISUAL, else $EDITOR, else vi).
  public let editor: String?
  /// The script file `record FILE` appends each input that succeeds to; nil when not recording.
  public var recording: String?

  /// The commands the shell adds to the language's.
  public static var registry: Registry {
    var registry = Registry.standard
    for command in ShellCommands.all { registry.register(command) }
    return registry
  }

  public init(
    session: Session, reader: any LineReader, history: HistoryStore, label: String?,
    pager: String?, editor: String?, interrupted: @escaping () -> Bool = { false }
  ) {
    self.defaultPager = pager
    self.editor = editor
    self.session = session
    self.reader = reader
    self.history = history
    self.label = label
    self.output = ShellOutput(pager: pager)
    session.output = output
    session.host = self
    session.isCancelled = interrupted
    session.confirm = { [unowned self] question in self.ask(question) }
    for line in history.entries { reader.remember(line) }
    if let lineEditor = reader as? LibEditReader {
      lineEditor.complete = { [unowned self] line, cursor in
        Completer(
          registry: self.session.commands, view: self.session.view, focus: self.session.focus
        )
        .complete(line: line, cursor: cursor)
      }
    }
  }

  /// Runs until Ctrl-D or `quit`; returns the exit status (0).
  public func run(banner: String) -> Int32 {
    signal(SIGPIPE, SIG_IGN)
    Terminal.write(banner + " · `help` to start\n")
    var lines: [String] = []
    while !quitting {
      let prompt =
        lines.isEmpty
        ? Prompt.main(session, label: label)
        : Prompt.continuation(
          session, label: label, Prompt.needsMore(lines.joined(separator: "\n")) ?? .backslash)
      switch reader.read(prompt: prompt) {
      case .interrupted:
        lines = []
      case .end:
        if !lines.isEmpty {
          lines = []
          Terminal.write("\n")
          continue
        }
        Terminal.write("\n")
        if leaveWithOpenTransaction() { quitting = true }
      case .line(let line):
        lines.append(line)
        let text = lines.joined(separator: "\n")
        if Prompt.needsMore(text) != nil { continue }
        lines = []
        execute(text)
      }
    }
    history.save()
    return ExitStatus.ok.rawValue
  }

  /// Runs one whole input.
  func execute(_ text: String) {
    guard text.contains(where: { !$0.isWhitespace }) else { return }
    if history.add(text) {
      reader.remember(text)
      history.save()
    }
    // The terminal may have been resized since the last command: tables fit it as it is now.
    let columns = Terminal.size.columns
    if columns > 0 { session.options.width = columns }
    _ = ReadStats.take()
    let start = Self.now()
    let status = session.run(text)
    let ran = Self.now()
    if status == 0, let recording {
      RecordCommand.append(text, to: recording, fs: session.directory.fs)
    }
    output.flush()
    if timing {
      let elapsed = Double(Self.now() - start) / 1_000_000
      let read = ReadStats.take()
      let query = Double(ran - start - read.nanoseconds) / 1_000_000
      let shown = Double(Self.now() - ran) / 1_000_000
      Terminal.write(
        "Time: \(read.summary), query \(Self.milliseconds(query)) ms, output "
          + "\(Self.milliseconds(shown)) ms, \(read.cacheSummary), total \(Self.milliseconds(elapsed)) ms\n"
      )
    }
    if let list = pendingWalk {
      pendingWalk = nil
      Walk(
        list: list, session: session, reader: reader, write: { Terminal.write($0) },
        execute: { [unowned self] command in self.execute(command) }
      ).run()
    }
  }

  /// Asks a yes/no question; only an answer starting with y means yes.
  public func ask(_ question: String) -> Bool {
    output.flush()
    guard case .line(let answer) = reader.read(prompt: question + " [y/N] ") else { return false }
    return answer.lowercased().hasPrefix("y")
  }

  /// Whether to leave when changes since `begin` are not committed (asks first).
  private func leaveWithOpenTransaction() -> Bool {
    guard session.inBegin, let pending = session.pending, !pending.isEmpty else { return true }
    let count = pending.effectiveChanges.count
    return ask(
      "a transaction is open with \(count) uncommitted change\(count == 1 ? "" : "s"); quit and drop them?"
    )
  }

  static func now() -> Int {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return time.tv_sec * 1_000_000_000 + time.tv_nsec
  }

  static func milliseconds(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}

extension Shell: SessionHost {
  public var historyEntries: [String] { history.entries }

  public var pager: String? {
    get { output.pager }
    set { output.pager = newValue }
  }

  public func quit() {
    quitting = true
  }

  public func walk(_ list: WalkList) {
    pendingWalk = list
  }
}
