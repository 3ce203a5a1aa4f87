import BookLanguage
import BookModel
import BookStore

/// `record FILE` … `record stop`: the shell appends each input that succeeds (and typed `#:`
/// narration) to a script file, which `book run FILE` replays.
enum RecordCommand {
  static let spec = CommandSpec(
    "record", group: .session, summary: "save the commands that succeed into a script file",
    grammar: [.text("file", completes: .files)],
    usage: ["record FILE", "record stop"],
    examples: ["record morning.book", "record stop"],
    details: [
      "Each input that succeeds (and each #: narration line you type) is appended to FILE until record stop; book run FILE replays it. In safe mode only a file inside the data directory may be written."
    ]
  ) { invocation throws(LanguageError) in
    guard let node = invocation.value("file") else { return }
    guard let shell = invocation.session.host as? Shell else {
      throw ShellRefusal.shellOnly(command: "record").error(at: invocation.command.range)
    }
    let name = try invocation.session.text(of: node)
    if name == "stop" {
      guard let path = shell.recording else {
        throw ShellRefusal.notRecording.error(at: node.range)
      }
      shell.recording = nil
      invocation.write("recording stopped: \(path)\n")
      return
    }
    let session = invocation.session
    let path =
      name.hasPrefix("/") ? name : session.workingDirectory.map { $0 + "/" + name } ?? name
    if session.safe && !session.directory.contains(path) {
      throw ShellRefusal.recordOutsideInSafeMode(file: name).error(at: node.range)
    }
    do throws(FileSystemError) {
      let existing = try session.directory.fs.read(path) ?? []
      try session.directory.fs.write(path, existing)
    } catch {
      throw ShellRefusal.cannotRecord(file: name, reason: error.reason).error(at: node.range)
    }
    shell.recording = path
    invocation.write("recording into \(name) (record stop ends it)\n")
  }

  /// Appends an input that succeeded to the recording.
  static func append(_ text: String, to path: String, fs: any FileSystem) {
    let trimmed = text.trimmingSpaces
    guard !trimmed.isEmpty, !trimmed.lowercased().hasPrefix("record ") else { return }
    if trimmed.hasPrefix("#") && !trimmed.hasPrefix("#:") { return }
    let size = fs.stamp(path).map { Int64($0.size) } ?? 0
    try? fs.writeAt(path, offset: size, Array((text + "\n").utf8), mode: nil)
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
