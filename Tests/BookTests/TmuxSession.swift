import Foundation

/// The real `book` in a detached tmux session of fixed size: keys are typed with `send-keys`
/// and the screen is read with `capture-pane`, as a person would use it.
final class TmuxSession {
  let socket = "book-test-\(UUID().uuidString.prefix(8))"
  let scratch: Scratch

  static var available: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
      || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
  }

  /// Starts `command` (a shell command line) in a 160×40 session.
  init(_ command: String, in scratch: Scratch, environment: [String: String] = [:]) throws {
    self.scratch = scratch
    var exports = [
      "HOME": scratch.path, "SWIFT_BACKTRACE": "enable=no", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
      "TERM": "xterm-256color", "PAGER": "cat",
    ]
    for (key, value) in environment { exports[key] = value }
    let prefix = exports.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(
      separator: " ")
    try tmux([
      "new-session", "-d", "-x", "160", "-y", "40", "-s", "main",
      // `set -m`: job control, so `book` runs in its own process group as under a login shell.
      "set -m; cd '\(scratch.path)' && unset BOOK_DATA BOOK_USER EDITRC; export \(prefix); \(command); sleep 30",
    ])
  }

  /// `book --data book` on a fresh copy of the example agency, between two `stty -a`
  /// snapshots, with its exit status kept in `status`; waits for the first prompt.
  /// `prepare` may write files into the scratch directory and name more variables.
  static func example(
    environment: [String: String] = [:],
    prepare: (Scratch) throws -> [String: String] = { _ in [:] }
  ) throws -> TmuxSession {
    let scratch = Scratch()
    let made = try BookBinary.run(["init", scratch.path + "/book", "--example"])
    guard made.status == 0 else {
      throw TmuxTimeout(waitingFor: "book init", screen: [made.stderr])
    }
    let more = try prepare(scratch)
    let shell = try TmuxSession(
      "stty -a > stty-before; '\(BookBinary.url.path)' --data book; echo \"status=$?\" > status; stty -a > stty-after.part; mv stty-after.part stty-after",
      in: scratch, environment: environment.merging(more) { $1 })
    try shell.waitForPrompt()
    return shell
  }

  /// Waits until `book` has ended and the terminal settings after it were recorded (whole:
  /// `stty-after` appears by a rename once written, never while `stty` is still writing it).
  func waitForExit() throws {
    try waitFor("book to exit") { _ in
      FileManager.default.fileExists(atPath: self.scratch.path + "/stty-after")
    }
  }

  /// `status=N` as the pane's shell saw `book` end.
  var exitStatus: String { scratch.text("status") }

  /// Whether the terminal's settings after `book` are those from before it.
  var terminalRestored: Bool { scratch.text("stty-before") == scratch.text("stty-after") }

  deinit {
    _ = try? tmux(["kill-server"])
  }

  /// Runs a tmux client command; with `capture`, returns what it printed. It runs through
  /// bash, which closes every descriptor above stderr first: Foundation's Process would hand the
  /// tmux server a descriptor it watches for the child's end, and never see it end.
  @discardableResult
  func tmux(_ arguments: [String], capture: Bool = false) throws -> String {
    let outputPath = scratch.path + "/.tmux-output"
    let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, capture ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let closeAndRun =
      "for fd in /proc/$$/fd/*; do n=${fd##*/}; [ \"$n\" -gt 2 ] && eval \"exec $n>&-\"; done 2>/dev/null; exec \"$@\""
    var pointers = (["bash", "-c", closeAndRun, "bash"] + argv).map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    // Signals as a terminal's would be: none blocked, none ignored (a test runner's thread
    // may block some, and children inherit that).
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let status = posix_spawnp(&pid, "bash", &actions, &attributes, &pointers, environ)
    guard status == 0 else {
      throw TmuxTimeout(waitingFor: "tmux to start (\(status))", screen: [])
    }
    var exit: Int32 = 0
    while waitpid(pid, &exit, 0) == -1 && errno == EINTR {}
    return capture ? scratch.text(".tmux-output") : ""
  }

  /// Types keys: literal text, or tmux key names (`Enter`, `Tab`, `Up`, `C-r`, `C-c`, `C-d`).
  func send(_ keys: String...) throws {
    for key in keys {
      let named = [
        "Enter", "Tab", "Up", "Down", "Left", "Right", "Escape", "BSpace", "Home", "End",
      ]
      if named.contains(key) || key.hasPrefix("C-") || key.hasPrefix("M-") {
        try tmux(["send-keys", "-t", "main", key])
      } else {
        try tmux(["send-keys", "-t", "main", "-l", key])
      }
      usleep(30_000)
    }
  }

  /// The screen's non-blank lines.
  func screen() throws -> [String] {
    try tmux(["capture-pane", "-p", "-t", "main"], capture: true).split(separator: "\n").map {
      String($0.reversed().drop { $0 == " " }.reversed())
    }.filter { !$0.isEmpty }
  }

  /// Waits (up to 10 s) until the screen satisfies the test; returns the screen.
  @discardableResult
  func waitFor(_ what: String = "", timeout: Double = 10, _ test: ([String]) -> Bool) throws
    -> [String]
  {
    let deadline = Date().addingTimeInterval(timeout)
    var lines: [String] = []
    while Date() < deadline {
      lines = try screen()
      if test(lines) { return lines }
      usleep(50_000)
    }
    throw TmuxTimeout(waitingFor: what, screen: lines)
  }

  /// Waits until some line contains the text.
  @discardableResult
  func waitFor(text: String) throws -> [String] {
    try waitFor(text) { $0.contains { $0.contains(text) } }
  }

  /// Waits until the last line is a prompt ending in "> " (or the given text).
  @discardableResult
  func waitForPrompt(_ prompt: String = "book @2026-11-23>") throws -> [String] {
    try waitFor("prompt \(prompt)") { $0.last?.hasPrefix(prompt) == true }
  }
}

struct TmuxTimeout: Error, CustomStringConvertible {
  var waitingFor: String
  var screen: [String]
  var description: String {
    "timed out waiting for \(waitingFor); screen:\n" + screen.joined(separator: "\n")
  }
}
