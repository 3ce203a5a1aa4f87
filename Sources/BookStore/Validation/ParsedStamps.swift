#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `.book/cache/parsed`: the stamps (size, mtime, inode) of the data files as they were when
/// they last parsed cleanly, so that a load parses only the kinds a command reads. Derived and
/// never needed: a missing or damaged file means "parse everything now".
enum ParsedStamps {
  /// How young a file's mtime may be and still be vouched for, in nanoseconds: a file changed
  /// again within the file system's timestamp granularity could keep its stamp (same size,
  /// same mtime, same inode), so a stamp younger than this is never trusted.
  static let racyWindow: Int64 = 2_000_000_000

  /// Writes the stamps of the files parsed (best effort: it is only a cache), leaving out the
  /// racy ones; nothing is written when the file would not change.
  static func remember(
    _ parsed: ValidatedStamps, replacing vouched: ValidatedStamps, paths: BookPaths,
    fs: any FileSystem
  ) {
    let now = wallClockNanoseconds()
    let stamps = parsed.stamps.filter { now - $0.value.modified >= racyWindow }
    let kept = ValidatedStamps(
      stamps: stamps, counts: parsed.counts.filter { stamps[$0.key] != nil })
    guard kept != vouched, !kept.stamps.isEmpty || !vouched.stamps.isEmpty else { return }
    let path = paths.parsedStampsFile
    let temporary = path + ".tmp-\(ProcessEnvironment.processID)"
    do {
      try fs.makeDirectory(paths.cacheDirectory)
      try fs.write(temporary, Array(kept.text.utf8))
      try fs.rename(temporary, path)
    } catch {
      try? fs.remove(temporary)
    }
  }

  /// The real time now, in nanoseconds since the epoch (as mtimes are).
  static func wallClockNanoseconds() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
  }
}
