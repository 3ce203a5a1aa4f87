import BookTestSupport
import Foundation

/// Three clones of one bare repository on the local disk (no network), each worked by one
/// person of the demo agency's team: the fixture of the sync tests.
final class GitTeam {
  let scratch = TemporaryDirectory("book-git")
  static let people = ["jkim", "mlopez", "dchen"]
  static let identity = [
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
    "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null",
  ]

  /// Makes the demo book in git, the bare hub, and `count` clones set up by `book sync`.
  init(clones count: Int = 2) throws {
    let origin = scratch.path + "/origin"
    try check(BookBinary.run(["init", origin, "--example", "--git"], environment: Self.identity))
    try git(["clone", "-q", "--bare", origin, scratch.path + "/hub.git"], in: scratch.path)
    for index in 0..<count {
      let path = clone(index)
      try git(["clone", "-q", scratch.path + "/hub.git", path], in: scratch.path)
      try git(["config", "user.name", Self.people[index]], in: path)
      try git(["config", "user.email", "\(Self.people[index])@example.com"], in: path)
      try check(sync(index))
    }
  }

  func clone(_ index: Int) -> String { scratch.path + "/" + Self.people[index] }

  /// `book ARGUMENTS` on a clone, as its person.
  @discardableResult
  func book(_ index: Int, _ arguments: [String]) throws -> ProcessOutput {
    var environment = Self.identity
    environment["BOOK_USER"] = Self.people[index]
    return try BookBinary.run(["--data", clone(index)] + arguments, environment: environment)
  }

  /// Commands run in the shell's language on a clone (one transaction each), checked.
  func change(_ index: Int, _ commands: String) throws {
    try check(book(index, ["-c", commands]))
  }

  @discardableResult
  func sync(_ index: Int, _ more: [String] = []) throws -> ProcessOutput {
    try book(index, ["sync"] + more)
  }

  /// A data file of a clone.
  func text(_ index: Int, _ name: String) -> String {
    (try? String(contentsOfFile: clone(index) + "/" + name, encoding: .utf8)) ?? ""
  }

  /// The field lines of one record of a clone's file.
  func record(_ index: Int, _ name: String, _ id: String) -> [String] {
    let blocks = text(index, name).components(separatedBy: "\n\n")
    return blocks.first { $0.hasPrefix("id: \(id)\n") }?.split(separator: "\n").map(String.init)
      ?? []
  }

  @discardableResult
  func git(_ arguments: [String], in directory: String) throws -> ProcessOutput {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    var env = ProcessInfo.processInfo.environment
    for (key, value) in Self.identity { env[key] = value }
    process.environment = env
    let output = try ProcessRunner.run(process, in: directory)
    guard output.status == 0 else { throw GitTeamError.failed(arguments, output) }
    return output
  }

  @discardableResult
  func check(_ output: ProcessOutput) throws -> ProcessOutput {
    guard output.status == 0 else { throw GitTeamError.failed(["book"], output) }
    return output
  }
}

enum GitTeamError: Error {
  case failed([String], ProcessOutput)
}
