/// What reading a line gave.
public enum LineResult: Sendable, Equatable {
  case line(String)
  /// End of input: Ctrl-D on an empty line.
  case end
  /// Ctrl-C: the half-typed line is dropped.
  case interrupted
}

/// Where the shell's lines come from: libedit on a terminal, or a scripted source in tests.
public protocol LineReader: AnyObject {
  /// Shows the prompt and reads one line (without its newline).
  func read(prompt: String) -> LineResult
  /// Makes a line recallable with Up and Ctrl-R.
  func remember(_ line: String)
}
