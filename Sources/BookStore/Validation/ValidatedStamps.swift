/// `.book/validated`: the stamps (size, mtime, inode) of the files as they were when the whole
/// book last validated, so a commit re-checks the whole book only after something changed it
/// outside `book` (an editor, `git pull`). Derived and never needed: a missing or unreadable
/// file means "check everything".
struct ValidatedStamps: Equatable {
  var stamps: [String: FileStamp]
  /// How many records a file held (`.book/cache/parsed` notes it after the stamp; the
  /// banner's counts), where known.
  var counts: [String: Int] = [:]

  /// The cache as read from its file; empty when missing or damaged.
  static func read(_ path: String, fs: any FileSystem) -> ValidatedStamps {
    guard let bytes = try? fs.read(path) else { return ValidatedStamps(stamps: [:]) }
    var stamps: [String: FileStamp] = [:]
    var counts: [String: Int] = [:]
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
      let parts = line.split(separator: " ")
      guard parts.count == 4 || parts.count == 5, let size = Int64(parts[1]),
        let modified = Int64(parts[2]), let inode = UInt64(parts[3])
      else { return ValidatedStamps(stamps: [:]) }
      stamps[String(parts[0])] = FileStamp(size: size, modified: modified, inode: inode)
      if parts.count == 5 {
        guard let count = Int(parts[4]), count >= 0 else { return ValidatedStamps(stamps: [:]) }
        counts[String(parts[0])] = count
      }
    }
    return ValidatedStamps(stamps: stamps, counts: counts)
  }

  /// The file's text: one line per data file.
  var text: String {
    stamps.keys.sorted().map { name in
      let stamp = stamps[name] ?? FileStamp(size: 0, modified: 0, inode: 0)
      let count = counts[name].map { " \($0)" } ?? ""
      return "\(name) \(stamp.size) \(stamp.modified) \(stamp.inode)\(count)\n"
    }.joined()
  }
}
