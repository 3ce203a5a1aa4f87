#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one run of git printed and how it ended.
public struct GitOutput: Sendable, Equatable {
  public var status: Int32
  public var stdout: String
  public var stderr: String

  public init(status: Int32, stdout: String, stderr: String) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
  }

  /// Whether git ended with 0.
  public var succeeded: Bool { status == 0 }
}

/// The one seam every run of git goes through (tests can record or replace it).
public protocol GitRunning: Sendable {
  /// Runs `git -C directory ARGUMENTS…` (an argument array, never a shell string) to its end.
  func run(_ arguments: [String], in directory: String) -> GitOutput
}

/// Runs the real git as a subprocess: stdin from /dev/null, stdout and stderr collected.
public struct GitProcess: GitRunning {
  public init() {}

  public func run(_ arguments: [String], in directory: String) -> GitOutput {
    let out = Self.temporaryFile()
    let err = Self.temporaryFile()
    defer {
      close(out)
      close(err)
    }
    guard out >= 0, err >= 0 else {
      return GitOutput(status: 127, stdout: "", stderr: "cannot make a temporary file for git")
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, out, 1)
    posix_spawn_file_actions_adddup2(&actions, err, 2)
    let words = ["git", "-C", directory] + arguments
    var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) }
    argv.append(nil)
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, "git", &actions, nil, argv, environ)
    guard spawned == 0 else {
      return GitOutput(
        status: 127, stdout: "",
        stderr: "cannot run git: \(String(cString: strerror(spawned))); install git")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return GitOutput(status: code, stdout: Self.contents(out), stderr: Self.contents(err))
  }

  /// An anonymous temporary file (already unlinked), or -1.
  private static func temporaryFile() -> Int32 {
    var template = Array("/tmp/book-git-XXXXXX".utf8CString)
    return template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let path = buffer.baseAddress else { return -1 }
      let descriptor = mkstemp(path)
      if descriptor >= 0 { unlink(path) }
      return descriptor
    }
  }

  /// Everything written to a descriptor, read from its start.
  private static func contents(_ descriptor: Int32) -> String {
    lseek(descriptor, 0, SEEK_SET)
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      bytes += chunk[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
