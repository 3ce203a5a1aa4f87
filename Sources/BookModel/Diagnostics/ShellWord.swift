/// A text as one word of a POSIX shell command, for hints that are shell commands (`book
/// --data 'My Book'`) and for starting the editor: left bare when it is plain, else in single
/// quotes.
public enum ShellWord {
  public static func quoted(_ text: String) -> String {
    let plain =
      !text.isEmpty
      && text.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || "-_./+,:@".unicodeScalars.contains($0)
      }
    return plain ? text : "'" + text.replacing("'", with: "'\\''") + "'"
  }
}
