import BookModel
import BookStore

/// Reading a script file: where a name points, and the errors when it cannot be read.
public enum ScriptFile {
  /// The path a script name means: absolute as given, else under `directory` (the including
  /// script's, or the working directory), else as given.
  public static func resolve(_ name: String, in directory: String?) -> String {
    if name.hasPrefix("/") { return name }
    guard let directory, !directory.isEmpty else { return name }
    return directory == "/" ? "/" + name : directory + "/" + name
  }

  /// The file's text, or an error saying it is missing, unreadable or not UTF-8.
  public static func read(_ path: String, label: String, fs: any FileSystem)
    throws(LanguageError) -> String
  {
    let bytes: [UInt8]?
    do {
      bytes = try fs.read(path)
    } catch {
      throw .refused(.cannotReadScript(label, reason: error.reason))
    }
    guard let bytes else {
      throw .refused(.noScript(label))
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .refused(.scriptNotUTF8(label))
    }
    return text
  }

  /// The last component of a path, for loop messages.
  static func shortName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
