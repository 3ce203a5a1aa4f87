import BookLanguage

#if canImport(Glibc)
  import Glibc
#endif

/// The shell's output: errors at once; a command's results collected, then shown directly
/// or through the pager when taller than the terminal.
final class ShellOutput: OutputSink {
  /// The pager command (`less -FRX` unless the config says otherwise); nil: `pager off`.
  var pager: String?
  private var pending = ""

  init(pager: String?) {
    self.pager = pager
  }

  func write(_ text: String) { pending += text }

  func report(_ text: String) {
    flush()
    Terminal.write(text, to: 2)
  }

  /// Shows what the command printed.
  func flush() {
    guard !pending.isEmpty else { return }
    let text = pending
    pending = ""
    let rows = Terminal.size.rows
    let lines = text.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
    if let pager, rows > 0, lines >= rows - 1, Terminal.isTerminal(1), page(text, through: pager) {
      return
    }
    Terminal.write(text)
  }

  /// Pipes the text to the pager and waits for it; false when it could not run (no such
  /// command: the shell's status 127), so the text is shown directly instead.
  private func page(_ text: String, through pager: String) -> Bool {
    guard let pipe = popen(pager, "w") else { return false }
    var text = text
    text.withUTF8 { buffer in
      _ = fwrite(buffer.baseAddress, 1, buffer.count, pipe)
    }
    let status = pclose(pipe)
    return status != -1 && (status >> 8) & 0xFF != 127
  }
}
