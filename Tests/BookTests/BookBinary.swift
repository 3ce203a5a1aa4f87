import Foundation

/// Runs the built `book` executable, as a person or a script would.
enum BookBinary {
  /// The executable beside the test bundle (`.build/debug/book`).
  static var url: URL {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var directory = bundle.deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("book").path)
      && directory.path != "/"
    {
      directory = directory.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("book")
  }

  typealias Result = ProcessOutput

  /// Runs `book` with the arguments (in `directory`, else the test's own) and waits for it.
  @discardableResult
  static func run(
    _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
    in directory: String? = nil
  ) throws -> Result {
    try ProcessRunner.run(start(arguments, environment: environment), stdin: stdin, in: directory)
  }

  /// A process for `book` with the arguments, not yet started; output discarded.
  static func start(_ arguments: [String], environment: [String: String] = [:]) -> Process {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["SWIFT_BACKTRACE"] = "enable=no"
    env["BOOK_DATA"] = nil
    env["BOOK_USER"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    return process
  }
}

/// A fresh directory for one test, removed afterwards.
final class Scratch {
  let path: String

  init() {
    path = FileManager.default.temporaryDirectory.path + "/book-e2e-\(UUID().uuidString.prefix(8))"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
  }

  /// Appends text; each U+FFFD in it is written as the invalid UTF-8 byte 0xFF.
  func append(_ name: String, _ text: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path + "/" + name))
    try handle.seekToEnd()
    var bytes: [UInt8] = []
    for scalar in text.unicodeScalars {
      if scalar == "\u{FFFD}" { bytes.append(0xFF) } else { bytes += Array(String(scalar).utf8) }
    }
    try handle.write(contentsOf: Data(bytes))
    try handle.close()
  }

  func text(_ name: String) -> String {
    (FileManager.default.contents(atPath: path + "/" + name)).map {
      String(decoding: $0, as: UTF8.self)
    } ?? ""
  }

  /// The bytes of every `.rec` file directly in a directory (the journal aside), by name.
  func dataFiles(_ directory: String) -> [String: Data] {
    let root = path + "/" + directory
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    var files: [String: Data] = [:]
    for name in names where name.hasSuffix(".rec") {
      files[name] = FileManager.default.contents(atPath: root + "/" + name)
    }
    return files
  }

  /// A new empty book at `book/` with a team of two and the account ACME.
  func book() throws -> String {
    let root = path + "/book"
    let made = try BookBinary.run([
      "init", root, "--name", "Test Agency", "--user", "w1", "--user-name", "Writer One",
    ])
    guard made.status == 0 else { throw CocoaError(.fileWriteUnknown) }
    try append("book/team.rec", "\nid: w2\nname: Writer Two\nrole: advocate\n")
    try append("book/accounts.rec", "\nid: ACME\nname: Acme Roofing LLC\nstatus: active\n")
    try append("book/carriers.rec", "\nid: TRAV\nname: Travelers\n")
    return root
  }
}
