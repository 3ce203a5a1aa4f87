import BookShell
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What the shell reads with when the line editor cannot start: plain lines, each after its
/// prompt, a last line without a newline, then the end.
@Suite struct PlainLineReaderTests {
  @Test func linesComeOneByOneAfterTheirPromptsThenTheEnd() throws {
    var input: [Int32] = [0, 0]
    var output: [Int32] = [0, 0]
    #expect(pipe(&input) == 0)
    #expect(pipe(&output) == 0)
    defer { for fd in [input[0], output[0]] { close(fd) } }
    let text = "count accounts\nshow ACME Zürich\n\nlast"
    _ = text.withCString { write(input[1], $0, strlen($0)) }
    close(input[1])
    let reader = PlainLineReader(input: input[0], output: output[1], catchingInterrupts: false)
    var results: [LineResult] = []
    for _ in 0..<5 { results.append(reader.read(prompt: "book> ")) }
    close(output[1])
    #expect(
      results == [
        .line("count accounts"), .line("show ACME Zürich"), .line(""), .line("last"), .end,
      ])
    var buffer = [UInt8](repeating: 0, count: 256)
    let count = read(output[0], &buffer, buffer.count)
    #expect(
      String(decoding: buffer[..<max(0, count)], as: UTF8.self)
        == String(repeating: "book> ", count: 5))
  }
}
