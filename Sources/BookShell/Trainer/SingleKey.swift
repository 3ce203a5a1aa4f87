#if canImport(Glibc)
  import Glibc
#endif

/// One key at a time from a terminal, without waiting for Enter (trainer mode's keys). Kept
/// apart from the line editor: it switches the terminal to non-canonical mode only while it
/// waits for the key, and puts it back as it was.
public enum SingleKey {
  /// What a key read gave.
  public enum Key: Equatable {
    case enter
    case character(Character)
    /// The end of input (Ctrl-D, or no terminal left).
    case end
  }

  /// Reads one key from `descriptor` (a terminal: raw for the moment; otherwise the first
  /// character of a line, so that piped input drives it too). A read a signal broke off is
  /// retried, unless `interrupted` says it was Ctrl-C: then it ends like the end of input.
  public static func read(from descriptor: Int32 = 0, interrupted: () -> Bool = { false })
    -> Key
  {
    guard isatty(descriptor) == 1 else { return readLineKey(descriptor) }
    var saved = termios()
    guard tcgetattr(descriptor, &saved) == 0 else { return readLineKey(descriptor) }
    var raw = saved
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    tcsetattr(descriptor, TCSANOW, &raw)
    defer { tcsetattr(descriptor, TCSANOW, &saved) }
    var byte: UInt8 = 0
    while true {
      let count = Glibc.read(descriptor, &byte, 1)
      if count < 0 && errno == EINTR {
        if interrupted() { return .end }
        continue
      }
      guard count == 1 else { return .end }
      return key(byte)
    }
  }

  static func key(_ byte: UInt8) -> Key {
    switch byte {
    case 0x0A, 0x0D: return .enter
    case 0x04: return .end
    default: return .character(Character(Unicode.Scalar(byte)))
    }
  }

  /// A line from non-terminal input: empty is Enter, else its first character.
  private static func readLineKey(_ descriptor: Int32) -> Key {
    var line: [UInt8] = []
    var byte: UInt8 = 0
    while true {
      let count = Glibc.read(descriptor, &byte, 1)
      if count < 0 && errno == EINTR { continue }
      guard count == 1 else { return line.isEmpty ? .end : key(line[0]) }
      if byte == 0x0A { return line.isEmpty ? .enter : key(line[0]) }
      line.append(byte)
    }
  }
}
