import Foundation
import Testing

/// A commit on a full disk (a 2 MB tmpfs filled up to a margin) says truthfully what happened,
/// and keeps its word: "Nothing was changed" leaves the book as it was, even once there is room
/// again; "will be completed … once the disk has room" is completed by the next command then.
@Suite(.serialized, .enabled(if: Tmpfs.canMount, "mounting a tmpfs needs root"))
struct FullDiskTests {
  static func book(_ arguments: [String]) throws -> BookBinary.Result {
    try BookBinary.run(arguments, environment: ["BOOK_USER": "w1"])
  }

  static func freeKilobytes(_ path: String) throws -> Int {
    let df = try ExternalTool.run("df", ["-k", "--output=avail", path])
    return Int(df.split(separator: "\n").last?.trimmingCharacters(in: .whitespaces) ?? "")
      ?? 0
  }

  @Test func aCommitOnAFullDiskSaysWhatHappenedAndKeepsItsWord() throws {
    let scratch = Scratch()
    let disk = scratch.path + "/disk"
    try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
    _ = try ExternalTool.run("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", disk])
    defer { _ = try? ExternalTool.run("umount", [disk]) }
    let text = String(repeating: "x", count: 60_000)
    let nothing = "Nothing was changed: every file is as it was before the command."
    let later =
      "The change is saved in .book/wal and will be completed by the next command once the disk has room"
    var seen: Set<String> = []
    for margin in stride(from: 100, through: 400, by: 20) {
      let root = disk + "/book"
      try? FileManager.default.removeItem(atPath: root)
      try? FileManager.default.removeItem(atPath: disk + "/filler")
      let made = try Self.book(["init", root, "--name", "T", "--user", "w1", "--user-name", "W"])
      try #require(made.status == 0)
      let free = try Self.freeKilobytes(disk)
      _ = try ExternalTool.run(
        "dd", ["if=/dev/zero", "of=\(disk)/filler", "bs=1k", "count=\(free - margin)"])
      let before = scratch.dataFiles("disk/book")
      let add = try Self.book(["--data", root, "-c", "add note about=w1 text=\"\(text)\""])
      try FileManager.default.removeItem(atPath: disk + "/filler")
      guard add.status != 0 else {
        seen.insert("committed")
        continue
      }
      #expect(add.status == 3, "margin \(margin) KB: \(add.stderr)")
      #expect(add.stderr.contains("No space left on device"), "\(add.stderr)")
      let count = try Self.book(["--data", root, "-c", "count notes"])
      if add.stderr.contains(nothing) {
        seen.insert("nothing")
        #expect(count.stdout == "0\n", "margin \(margin) KB: said nothing changed")
        #expect(scratch.dataFiles("disk/book") == before)
      } else {
        #expect(add.stderr.contains(later), "margin \(margin) KB: \(add.stderr)")
        seen.insert("later")
        #expect(count.stdout == "1\n", "margin \(margin) KB: promised to complete it")
        let journal = scratch.text("disk/book/journal/w1.rec")
        #expect(journal.components(separatedBy: "\nop: add").count == 2)
      }
      let check = try Self.book(["check", "--data", root])
      #expect(check.status == 0, "margin \(margin) KB: \(check.stderr)")
    }
    // Both failures were met (the write-ahead file failing, and the journal after it).
    #expect(seen.contains("nothing") && seen.contains("later"), "\(seen)")
  }
}

/// Whether this machine lets the tests mount a small tmpfs (root, and a kernel that allows it).
enum Tmpfs {
  static let canMount: Bool = {
    let scratch = Scratch()
    guard
      (try? ExternalTool.run("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", scratch.path]))
        != nil
    else { return false }
    _ = try? ExternalTool.run("umount", [scratch.path])
    return true
  }()
}
