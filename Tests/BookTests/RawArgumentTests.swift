import Foundation
import Testing

/// Bytes a person did not mean as text never reach the book as U+FFFD.
@Suite struct RawArgumentTests {
  /// Runs `book ARGS` through `sh`, so that an argument may hold bytes that are not UTF-8.
  func shell(_ script: String, in directory: String) throws -> BookBinary.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script, "sh", BookBinary.url.path]
    var environment = ProcessInfo.processInfo.environment
    environment["BOOK_DATA"] = nil
    process.environment = environment
    return try ProcessRunner.run(process, in: directory)
  }

  @Test func anArgumentThatIsNotUTF8IsRefusedAndNothingIsWritten() throws {
    let scratch = Scratch()
    #expect(try BookBinary.run(["init", "demo", "--example"], in: scratch.path).status == 0)
    let before = scratch.dataFiles("demo")
    let result = try shell(
      #"BOOK_USER=jkim "$1" --data demo -c "$(printf 'set account ACME notes=caf\351')""#,
      in: scratch.path)
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "error: argument 4 is not valid UTF-8 text; nothing was run\n"
        + "  Save the script as UTF-8 and run it from a file: book < script.book\n")
    #expect(scratch.dataFiles("demo") == before)
  }
}
