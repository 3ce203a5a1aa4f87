import Foundation

/// One case of the hostile-input corpus, read from its `.case` file (see BadInputCorpusTests).
struct BadInputCase {
  var file = ""
  var plant: Planting = .none
  var command = "check"
  /// A script given on stdin instead of a command (for inputs too long for an argument).
  var stdin: [UInt8]?
  var exit: Int32 = 0
  var error = ""

  enum Planting {
    case none
    case append([UInt8])
    case prepend([UInt8])
    case replace(old: [UInt8], new: [UInt8])
    case create([UInt8])
    case fifo
    case symlink(String)
  }

  struct Malformed: Error, CustomStringConvertible {
    var description: String
  }

  init(contentsOf url: URL) throws {
    let text = try String(contentsOf: url, encoding: .utf8)
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let parts = line.split(separator: ":", maxSplits: 1)
      let name = String(parts[0])
      var raw = parts.count > 1 ? String(parts[1]) : ""
      if raw.hasPrefix(" ") { raw.removeFirst() }
      switch name {
      case "file": file = raw
      case "append": plant = .append(try Self.bytes(raw))
      case "prepend": plant = .prepend(try Self.bytes(raw))
      case "create": plant = .create(try Self.bytes(raw))
      case "replace":
        let sides = raw.components(separatedBy: " => ")
        guard sides.count == 2 else { throw Malformed(description: "replace needs OLD => NEW") }
        plant = .replace(old: try Self.bytes(sides[0]), new: try Self.bytes(sides[1]))
      case "fifo": plant = .fifo
      case "symlink": plant = .symlink(raw)
      case "stdin": stdin = try Self.bytes(raw)
      case "command": command = String(decoding: try Self.bytes(raw), as: UTF8.self)
      case "exit": exit = Int32(raw) ?? -1
      case "error": error = String(decoding: try Self.bytes(raw), as: UTF8.self)
      default: throw Malformed(description: "unknown field \(name) in \(url.lastPathComponent)")
      }
    }
  }

  /// The command's arguments for a book at `root`.
  func arguments(root: String) -> [String] {
    if stdin != nil { return ["--data", root] }
    let command = command.replacingOccurrences(of: "{root}", with: root)
    if command.hasPrefix("-c ") { return ["--data", root, "-c", String(command.dropFirst(3))] }
    let words = command.split(separator: " ").map(String.init)
    if words.first == "check" { return ["check", "--data", root] + words.dropFirst() }
    return ["--data", root] + words
  }

  /// Puts the case's file in place.
  func plant(in root: String) throws {
    let path = root + "/" + file
    let manager = FileManager.default
    try manager.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let existing = manager.contents(atPath: path).map { [UInt8]($0) } ?? []
    var bytes: [UInt8]
    switch plant {
    case .none: return
    case .append(let more): bytes = existing + more
    case .prepend(let more): bytes = more + existing
    case .create(let new): bytes = new
    case .replace(let old, let new):
      guard let range = Self.find(old, in: existing) else {
        throw Malformed(description: "\(file) does not hold the text to replace")
      }
      bytes = existing
      bytes.replaceSubrange(range, with: new)
    case .fifo:
      try? manager.removeItem(atPath: path)
      guard mkfifo(path, 0o644) == 0 else { throw Malformed(description: "mkfifo failed") }
      return
    case .symlink(let target):
      try? manager.removeItem(atPath: path)
      let resolved = target.replacingOccurrences(of: "{root}", with: root)
      try manager.createSymbolicLink(atPath: path, withDestinationPath: resolved)
      return
    }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<start + needle.count].elementsEqual(needle) {
      return start..<start + needle.count
    }
    return nil
  }

  /// A value's bytes: escapes decoded, `{repeat N TEXT}` expanded.
  static func bytes(_ text: String) throws -> [UInt8] {
    var out: [UInt8] = []
    let scalars = Array(text.unicodeScalars)
    var index = 0
    func hex(_ count: Int) throws -> UInt32 {
      guard index + count < scalars.count,
        let value = UInt32(
          String(String.UnicodeScalarView(scalars[(index + 1)...(index + count)])), radix: 16)
      else { throw Malformed(description: "bad escape in \(text)") }
      index += count
      return value
    }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "{", text.unicodeScalars.count > index + 8,
        String(String.UnicodeScalarView(scalars[index...].prefix(8))) == "{repeat "
      {
        guard let close = scalars[index...].firstIndex(of: "}") else {
          throw Malformed(description: "unclosed {repeat in \(text)")
        }
        let body = String(String.UnicodeScalarView(scalars[(index + 8)..<close]))
        let parts = body.split(separator: " ", maxSplits: 1)
        guard let count = Int(parts[0]) else { throw Malformed(description: "bad repeat count") }
        let unit = try bytes(parts.count > 1 ? String(parts[1]) : "")
        out.reserveCapacity(out.count + unit.count * count)
        for _ in 0..<count { out += unit }
        index = close + 1
        continue
      }
      guard scalar == "\\", index + 1 < scalars.count else {
        out += Array(String(scalar).utf8)
        index += 1
        continue
      }
      index += 1
      switch scalars[index] {
      case "n": out.append(10)
      case "r": out.append(13)
      case "t": out.append(9)
      case "0": out.append(0)
      case "\\": out.append(92)
      case "s": out.append(32)
      case "x":
        out.append(UInt8(try hex(2)))
      case "u":
        guard let scalar = Unicode.Scalar(try hex(4)) else {
          throw Malformed(description: "bad \\u in \(text)")
        }
        out += Array(String(scalar).utf8)
      default: throw Malformed(description: "unknown escape \\\(scalars[index]) in \(text)")
      }
      index += 1
    }
    return out
  }
}
