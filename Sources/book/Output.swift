import BookShell

#if canImport(Glibc)
  import Glibc
#endif

/// All of the executable's output goes through here (the writing itself is the shell's
/// `Terminal`, so there is one loop that writes whole buffers).
enum Output {
  /// A line to stdout.
  static func standard(_ text: String) {
    Terminal.write(text + "\n", to: 1)
  }

  /// A line to stderr.
  static func error(_ text: String) {
    Terminal.write(text + "\n", to: 2)
  }

  /// Text to stderr without a newline (progress lines).
  static func progress(_ text: String) {
    Terminal.write(text, to: 2)
  }

  /// Whether a descriptor is a terminal.
  static func isTerminal(_ descriptor: Int32) -> Bool {
    Terminal.isTerminal(descriptor)
  }

  /// Text to a descriptor as it is.
  static func raw(_ text: String, to descriptor: Int32) {
    Terminal.write(text, to: descriptor)
  }

  /// The terminal's width in columns (80 when it does not say).
  static func terminalWidth() -> Int {
    let columns = Terminal.size.columns
    return columns > 0 ? columns : 80
  }

  /// Every byte a descriptor gives until its end.
  static func readAll(from descriptor: Int32) -> [UInt8] {
    LocalFile.readAll(descriptor)
  }
}
