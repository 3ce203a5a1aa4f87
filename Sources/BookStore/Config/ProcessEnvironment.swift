#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's environment variables and login name, read without Foundation.
public enum ProcessEnvironment {
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
}
