import Foundation
import Testing

/// The hostile-input corpus (`BadInput/*.case`): each case plants something in a fresh book —
/// bytes appended, prepended or replaced, a FIFO, a symlink, a write-ahead file — then runs a
/// command under `timeout` and expects its exit code and message; a book found invalid (exit 3)
/// also refuses a write; and nothing is ever changed.
///
/// A case is `name: value` lines (`#` comments): `file` (in the book), one of `append`,
/// `prepend`, `replace` (`OLD => NEW`), `create`, `fifo` (no value), `symlink` (its target);
/// `command` (`check` unless given; `-c TEXT` for a command line), `exit`, `error` (a text the
/// errors hold). Values take `\n`, `\r`, `\t`, `\0`, `\\`, `\uXXXX`, `\xHH` (a raw byte) and
/// `{repeat N TEXT}`.
@Suite struct BadInputCorpusTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("BadInput")

  static var names: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
      .filter { $0.hasSuffix(".case") }.sorted()
  }

  @Test func theCorpusHasACaseForEachKindOfHostileInput() {
    #expect(Self.names.count >= 30, "\(Self.names)")
  }

  @Test(arguments: names)
  func hostileInputIsRefusedClearlyAndChangesNothing(name: String) throws {
    let spec = try BadInputCase(contentsOf: Self.directory.appendingPathComponent(name))
    let scratch = Scratch()
    let root = try scratch.book()
    let outside = scratch.path + "/outside"
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    try spec.plant(in: root)
    let before = scratch.allFiles()

    let result = try Self.bounded(spec.arguments(root: root), stdin: spec.stdin)
    #expect(result.status == spec.exit, "\(name): \(result.stderr)")
    if spec.error.isEmpty {
      #expect(result.stderr.isEmpty, "\(name): \(result.stderr)")
    } else {
      #expect(result.stderr.contains(spec.error), "\(name): \(result.stderr)")
    }
    if spec.exit == 3 {
      let write = try Self.bounded(["--data", root, "-c", "add carrier id=HART name=Hartford"])
      #expect(write.status == 3, "\(name): a write on an invalid book: \(write.stderr)")
    }
    #expect(scratch.allFiles() == before, "\(name) changed a file")
    #expect(
      (try? FileManager.default.contentsOfDirectory(atPath: outside)) == [],
      "\(name) wrote outside the book")
  }

  /// `book ARGS` under `timeout`, so that a hang fails the case instead of the run.
  static func bounded(_ arguments: [String], stdin: [UInt8]? = nil) throws -> ProcessOutput {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    // SIGKILL: a test runner may start programs with SIGTERM blocked, which timeout cannot undo.
    process.arguments = ["-s", "KILL", "120", BookBinary.url.path] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["BOOK_DATA"] = nil
    environment["BOOK_USER"] = "w1"
    environment["SWIFT_BACKTRACE"] = "enable=no"
    process.environment = environment
    guard let stdin else {
      process.standardInput = FileHandle.nullDevice
      return try ProcessRunner.run(process)
    }
    let scratch = Scratch()
    try Data(stdin).write(to: URL(fileURLWithPath: scratch.path + "/stdin.book"))
    process.standardInput = try FileHandle(
      forReadingFrom: URL(fileURLWithPath: scratch.path + "/stdin.book"))
    return try ProcessRunner.run(process)
  }
}

extension Scratch {
  /// Every file under the scratch directory (the book, `outside/`), by path, with its bytes;
  /// FIFOs and symlinks by what they are. The book's private `.book/` (lock, caches, a
  /// write-ahead file waiting to be completed) is not data and is left out.
  func allFiles() -> [String: Data] {
    var files: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: path) else { return files }
    for case let name as String in walker where !name.hasPrefix("book/.book/") {
      let full = path + "/" + name
      let type =
        (try? FileManager.default.attributesOfItem(atPath: full))?[.type] as? FileAttributeType
      switch type {
      case .typeRegular?: files[name] = FileManager.default.contents(atPath: full)
      case .typeSymbolicLink?:
        files[name] = Data(
          ("symlink " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? ""))
            .utf8)
      case .typeDirectory?: continue
      default: files[name] = Data("special".utf8)
      }
    }
    return files
  }
}
