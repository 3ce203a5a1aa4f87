import Foundation
import Testing

/// `book run FILE --cast OUT.cast` writes asciinema v2, and safe mode refuses what would write
/// outside the data directory.
@Suite struct RunRecordingTests {
  @Test func aCastIsAsciinemaVersion2() throws {
    let scratch = Scratch()
    let root = try RunCommandTests.example(scratch)
    let cast = scratch.path + "/demo.cast"
    let result = try BookBinary.run(
      [
        "--data", root, "run", RunCommandTests.repository + "/examples/demos/certificate.book",
        "--sandbox", "--cast", cast,
      ], in: scratch.path)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = scratch.text("demo.cast").split(separator: "\n").map(String.init)
    #expect(lines.count > 5)
    let objects = try lines.map { line in
      try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
    }
    let header = try #require(objects.first as? [String: Any])
    #expect(header["version"] as? Int == 2)
    #expect((header["width"] as? Int ?? 0) > 0)
    #expect((header["height"] as? Int ?? 0) > 0)
    #expect((header["env"] as? [String: String])?["BOOK_TODAY"] == "2026-11-23")
    #expect((header["title"] as? String)?.contains("2026-11-23") == true)
    var last = 0.0
    var codes: [String] = []
    var texts: [String] = []
    for event in objects.dropFirst() {
      let fields = try #require(event as? [Any])
      #expect(fields.count == 3)
      let time = try #require(fields[0] as? Double)
      #expect(time >= last, "events in order of time")
      last = time
      codes.append(try #require(fields[1] as? String))
      texts.append(try #require(fields[2] as? String))
    }
    #expect(Set(codes) == ["o", "m"])
    // Narration is marked, then the command is typed, then its output comes.
    let marker = try #require(codes.firstIndex(of: "m"))
    let typed = try #require(texts.firstIndex { $0.hasPrefix("> count policies") })
    #expect(marker < typed)
    #expect(texts[typed + 1] == "3\r\n")
  }

  @Test(arguments: [
    (["--cast", "/tmp/outside.cast"], "--cast"),
    (["--sandbox", "--keep"], "--keep"),
  ])
  func safeModeRefusesWritingOutside(flags: [String], named: String) throws {
    let scratch = Scratch()
    let root = try RunCommandTests.example(scratch)
    try scratch.write("read.book", "count policies\n")
    let result = try BookBinary.run(
      ["--data", root, "run", "read.book"] + flags, environment: ["BOOK_SAFE": "1"],
      in: scratch.path)
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("error: safe mode (--safe, BOOK_SAFE): \(named)"))
    #expect(result.stdout.isEmpty)
  }
}
