import Foundation

/// Programs outside the package that tests use to read what the renderers write.
enum ExternalTool {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The program's path on `PATH`, or nil when it is not installed.
  static func path(_ name: String) -> String? {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    return directories.map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs the program and returns its standard output; throws when it exits non-zero.
  static func run(_ name: String, _ arguments: [String]) throws -> String {
    guard let path = path(name) else { throw Failure(description: "\(name) is not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let message = String(decoding: errorData, as: UTF8.self)
      throw Failure(description: "\(name) exited \(process.terminationStatus): \(message)")
    }
    return String(decoding: data, as: UTF8.self)
  }
}
