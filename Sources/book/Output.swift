#if canImport(Glibc)
  import Glibc
#endif

/// All of the executable's output goes through here.
enum Output {
  /// A line to stdout.
  static func standard(_ text: String) {
    write(text + "\n", to: 1)
  }

  /// A line to stderr.
  static func error(_ text: String) {
    write(text + "\n", to: 2)
  }

  /// Text to stderr without a newline (progress lines).
  static func progress(_ text: String) {
    write(text, to: 2)
  }

  /// Whether a descriptor is a terminal.
  static func isTerminal(_ descriptor: Int32) -> Bool {
    isatty(descriptor) == 1
  }

  private static func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(
          descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }
}
