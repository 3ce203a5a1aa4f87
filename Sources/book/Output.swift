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

  /// Text to a descriptor as it is.
  static func raw(_ text: String, to descriptor: Int32) {
    write(text, to: descriptor)
  }

  /// The terminal's width in columns ($COLUMNS, else the terminal's, else 80).
  static func terminalWidth() -> Int {
    var size = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }

  /// Every byte a descriptor gives until its end.
  static func readAll(from descriptor: Int32) -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, 65536) }
      if count <= 0 { break }
      bytes += buffer[0..<count]
    }
    return bytes
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
