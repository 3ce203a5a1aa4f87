import CLibEdit

#if canImport(Glibc)
  import Glibc
#endif

/// Lines read plainly from a descriptor, with the prompt written before each: what the shell
/// falls back to when the line editor cannot start. No editing keys, recall or completion;
/// Ctrl-C still drops the line.
public final class PlainLineReader: LineReader {
  private let input: Int32
  private let output: Int32
  /// Bytes read past the last line returned.
  private var buffered: [UInt8] = []

  /// A reader of `input` that writes prompts to `output`. With `catchingInterrupts`, Ctrl-C
  /// sets `LibEditReader.interrupted` and drops the line, as it does for the line editor.
  public init(input: Int32 = 0, output: Int32 = 1, catchingInterrupts: Bool = true) {
    self.input = input
    self.output = output
    if catchingInterrupts { book_install_interrupt_handler(LibEditReader.interrupted) }
  }

  public func read(prompt: String) -> LineResult {
    LibEditReader.interrupted.pointee = 0
    Terminal.write(prompt, to: output)
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      if let newline = buffered.firstIndex(of: 0x0A) {
        let line = String(decoding: buffered[..<newline], as: UTF8.self)
        buffered.removeSubrange(...newline)
        return .line(line)
      }
      let count = chunk.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR {
        guard LibEditReader.interrupted.pointee != 0 else { continue }
        buffered = []
        Terminal.write("\n", to: output)
        return .interrupted
      }
      guard count > 0 else {
        // The end of input: a last line without its newline is still a line.
        guard !buffered.isEmpty else { return .end }
        let line = String(decoding: buffered, as: UTF8.self)
        buffered = []
        return .line(line)
      }
      buffered += chunk[..<count]
    }
  }

  /// Nothing to recall without the editor.
  public func remember(_ line: String) {}
}
