import Foundation

/// What a finished program wrote and how it ended.
public struct ProcessOutput: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String
}

/// Runs programs for tests: the built `book`, `sh`, python3, jq.
public enum ProcessRunner {
  /// Runs a configured process to its end (in `directory` when given), writing `stdin` to it,
  /// and collects both outputs.
  public static func run(_ process: Process, stdin: String? = nil, in directory: String? = nil)
    throws -> ProcessOutput
  {
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    if stdin != nil { process.standardInput = input }
    try process.run()
    if let stdin {
      input.fileHandleForWriting.write(Data(stdin.utf8))
      try input.fileHandleForWriting.close()
    }
    // Both pipes are drained at once: a program that fills one while the other is read would
    // otherwise wait forever.
    nonisolated(unsafe) var stderr = Data()
    let done = DispatchSemaphore(value: 0)
    Thread {
      stderr = err.fileHandleForReading.readDataToEndOfFile()
      done.signal()
    }.start()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    done.wait()
    process.waitUntilExit()
    return ProcessOutput(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }
}
