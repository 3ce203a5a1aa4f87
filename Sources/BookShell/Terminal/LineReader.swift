/// What reading a line gave.
public enum LineResult: Sendable, Equatable {
  case line(String)
  /// End of input: Ctrl-D on an empty line.
  case end
  /// Ctrl-C: the half-typed line is dropped.
  case interrupted
}

/// What reading one key gave (`walk`'s choices).
public enum KeyResult: Sendable, Equatable {
  /// A printable key, as typed.
  case key(Character)
  /// Enter (or a blank line where keys come as lines).
  case enter
  /// End of input (Ctrl-D).
  case end
  /// Ctrl-C.
  case interrupted
}

/// Where the shell's lines come from: libedit on a terminal, or a scripted source in tests.
public protocol LineReader: AnyObject {
  /// Shows the prompt and reads one line (without its newline).
  func read(prompt: String) -> LineResult
  /// Makes a line recallable with Up and Ctrl-R.
  func remember(_ line: String)
  /// Shows the prompt and reads one key, without waiting for Enter where the terminal allows.
  func readKey(prompt: String) -> KeyResult
}

extension LineReader {
  /// Keys read as lines: the first character of the line typed, Enter for a blank one.
  public func readKey(prompt: String) -> KeyResult {
    switch read(prompt: prompt) {
    case .end: return .end
    case .interrupted: return .interrupted
    case .line(let line):
      let typed = line.trimmingPrefix(while: \.isWhitespace)
      return typed.first.map(KeyResult.key) ?? .enter
    }
  }
}

extension StringProtocol {
  fileprivate func trimmingPrefix(while predicate: (Character) -> Bool) -> SubSequence {
    self[(firstIndex { !predicate($0) } ?? endIndex)...]
  }
}
