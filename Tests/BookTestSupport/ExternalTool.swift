import Foundation

/// Programs outside the package that tests use to read what the renderers write.
public enum ExternalTool {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// The program's path on `PATH`, or nil when it is not installed.
  public static func path(_ name: String) -> String? {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    return directories.map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs the program and returns its standard output; throws when it exits non-zero.
  public static func run(_ name: String, _ arguments: [String]) throws -> String {
    guard let path = path(name) else { throw Failure(description: "\(name) is not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let result = try ProcessRunner.run(process)
    guard result.status == 0 else {
      throw Failure(description: "\(name) exited \(result.status): \(result.stderr)")
    }
    return result.stdout
  }
}
