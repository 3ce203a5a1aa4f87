#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's environment variables and login name, read without Foundation.
public enum ProcessEnvironment {
  /// This process's id (to name temporary files no other process writes).
  public static var processID: Int32 { getpid() }

  /// Every environment variable.
  public static func variables() -> [String: String] {
    var result: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      if let equals = text.firstIndex(of: "=") {
        result[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      pointer += 1
    }
    return result
  }

  /// The login name of the user running the process.
  public static func loginName(_ variables: [String: String]) -> String? {
    if let name = getpwuid(getuid())?.pointee.pw_name {
      return String(cString: name)
    }
    return variables["USER"] ?? variables["LOGNAME"]
  }

  /// The full name the system knows for the login user (the passwd entry's GECOS field, up
  /// to its first comma); nil when it says none.
  public static func loginFullName() -> String? {
    guard let gecos = getpwuid(getuid())?.pointee.pw_gecos else { return nil }
    let name =
      String(cString: gecos).split(separator: ",", omittingEmptySubsequences: false)
      .first.map { $0.trimmingSpaces } ?? ""
    return name.isEmpty ? nil : name
  }

  /// The process's current directory; nil when it cannot be known (removed meanwhile).
  public static func currentDirectory() -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return nil }
    return String(cString: buffer)
  }
}

extension Substring {
  /// The text without leading and trailing spaces.
  var trimmingSpaces: String {
    String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
  }
}
