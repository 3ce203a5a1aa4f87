import CLibEdit

#if canImport(Glibc)
  import Glibc
#endif

/// Lines from the terminal through libedit: emacs keys by default, `~/.editrc` and `$EDITRC`
/// honoured, Ctrl-R bound, Tab completing through `complete`, Ctrl-C dropping the line.
public final class LibEditReader: LineReader {
  private let editor: OpaquePointer
  private let history: OpaquePointer
  private var promptText: UnsafeMutablePointer<CChar>?
  /// Candidates for Tab: the line, the cursor (in Unicode scalars) → the completion.
  public var complete: ((String, Int) -> Completion)?

  /// Set by the SIGINT handler (installed without SA_RESTART, so `el_gets` returns).
  nonisolated(unsafe) public static let interrupted: UnsafeMutablePointer<Int32> = {
    let flag = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    flag.initialize(to: 0)
    return flag
  }()

  /// An editor on the process's terminal; nil when libedit cannot start.
  public init?(program: String, historySize: Int) {
    book_set_locale()
    book_install_termination_handlers()
    book_install_interrupt_handler(Self.interrupted)
    guard let editor = book_el_open(program) else { return nil }
    guard let history = book_history_open(Int32(max(1, historySize))) else {
      el_end(editor)
      return nil
    }
    self.editor = editor
    self.history = history
    book_el_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
    book_el_set_editor(editor, "emacs")
    book_el_set_signal(editor, 1)
    book_el_use_interruptible_getc(editor)
    book_el_set_history(editor, history)
    book_el_set_prompt(editor, LibEditReader.promptCallback)
    book_el_add_function(
      editor, "book-complete", "complete a word from the book", LibEditReader.tabCallback, "^I")
    book_el_bind(editor, "^R", "em-inc-search-prev")
    book_el_source_editrc(editor)
    // What the shell cannot work without, whatever the editrc said.
    book_el_bind(editor, "^I", "book-complete")
  }

  deinit {
    el_end(editor)
    history_end(history)
    free(promptText)
  }

  public func read(prompt: String) -> LineResult {
    free(promptText)
    promptText = strdup(prompt)
    Self.interrupted.pointee = 0
    var count: Int32 = 0
    guard let line = el_gets(editor, &count) else {
      if Self.interrupted.pointee != 0 {
        el_reset(editor)
        Terminal.write("\n")
        return .interrupted
      }
      // Ctrl-D on an empty line (count 0), or the terminal is gone (count -1: EIO).
      return .end
    }
    var text = String(cString: line)
    if text.hasSuffix("\n") { text.removeLast() }
    return .line(text)
  }

  public func remember(_ line: String) {
    book_history_enter(history, line)
  }

  /// One key straight from the terminal (`SingleKey`): no Enter needed; the key is echoed
  /// after the prompt. Ctrl-C or Ctrl-D ends the walk.
  public func readKey(prompt: String) -> KeyResult {
    Terminal.write(prompt)
    Self.interrupted.pointee = 0
    let key = SingleKey.read(from: 0) { Self.interrupted.pointee != 0 }
    switch key {
    case .end:
      Terminal.write("\n")
      return Self.interrupted.pointee != 0 ? .interrupted : .end
    case .enter:
      Terminal.write("\n")
      return .enter
    case .character(let character):
      Terminal.write(String(character) + "\n")
      return .key(character)
    }
  }

  private static func reader(_ editor: OpaquePointer?) -> LibEditReader? {
    guard let editor, let data = book_el_client_data(editor) else { return nil }
    return Unmanaged<LibEditReader>.fromOpaque(data).takeUnretainedValue()
  }

  private static let promptCallback:
    @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<
      CChar
    >? = { editor in
      reader(editor)?.promptText
    }

  private static let tabCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = {
    editor, _ in
    guard let editor, let reader = reader(editor) else { return UInt8(CC_ERROR) }
    return reader.completeWord(editor)
  }

  /// Inserts what all candidates share; lists them when several fit.
  private func completeWord(_ editor: OpaquePointer) -> UInt8 {
    guard let complete, let info = el_line(editor)?.pointee, let buffer = info.buffer else {
      return UInt8(CC_ERROR)
    }
    let length = info.lastchar - buffer
    let cursorBytes = info.cursor - buffer
    let bytes = UnsafeBufferPointer(
      start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: length)
    let line = String(decoding: bytes, as: UTF8.self)
    let before = String(decoding: bytes.prefix(cursorBytes), as: UTF8.self)
    let completion = complete(line, before.unicodeScalars.count)
    guard !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    var insert = String(
      completion.commonPrefix.unicodeScalars.dropFirst(completion.partial.unicodeScalars.count))
    if completion.candidates.count == 1, let last = insert.last ?? completion.partial.last,
      !"=./".contains(last)
    {
      insert += " "
    }
    if !insert.isEmpty {
      el_insertstr(editor, insert)
      return UInt8(CC_REFRESH)
    }
    Terminal.write("\n" + Terminal.columns(completion.candidates))
    return UInt8(CC_REDISPLAY)
  }
}
