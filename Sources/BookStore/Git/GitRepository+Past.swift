import BookModel

extension GitRepository {
  /// The commits of the current branch, newest first, following first parents only: each is a
  /// state this clone's book was in (a merge's other side is a state of another clone). Empty
  /// when there is no commit yet.
  public func commitsNewestFirst() -> [GitCommit] {
    let output = run([
      "log", "--first-parent", "--no-color", "--format=%H %h %cd", "--date=format:%Y-%m-%d",
      "HEAD",
    ])
    guard output.succeeded else { return [] }
    return output.stdout.split(separator: "\n").compactMap { line in
      let words = line.split(separator: " ")
      guard words.count == 3, let day = Day(iso: String(words[2])) else { return nil }
      return GitCommit(hash: String(words[0]), short: String(words[1]), day: day)
    }
  }

  /// The `.rec` files of a commit in a folder (`""`: the top level) by path, with their
  /// bytes; nil when git cannot list or read them.
  func recFiles(at commit: String, in folder: String) -> [String: [UInt8]]? {
    let listing = run(["ls-tree", "-z", "-l", commit] + (folder.isEmpty ? [] : [folder + "/"]))
    guard listing.succeeded else { return nil }
    var blobs: [(path: String, object: String, size: Int)] = []
    for entry in listing.stdout.split(separator: "\0") {
      guard let tab = entry.firstIndex(of: "\t") else { continue }
      let words = entry[..<tab].split(separator: " ", omittingEmptySubsequences: true)
      let path = String(entry[entry.index(after: tab)...])
      guard words.count == 4, words[1] == "blob", path.hasSuffix(".rec"),
        let size = Int(words[3])
      else { continue }
      blobs.append((path, String(words[2]), size))
    }
    guard !blobs.isEmpty else { return [:] }
    // One git for every blob: their contents follow each other, cut apart by their sizes.
    let shown = run(["show"] + blobs.map(\.object))
    let bytes = Array(shown.stdout.utf8)
    var files: [String: [UInt8]] = [:]
    if shown.succeeded, bytes.count == blobs.reduce(0, { $0 + $1.size }) {
      var start = 0
      for blob in blobs {
        files[blob.path] = Array(bytes[start..<start + blob.size])
        start += blob.size
      }
      return files
    }
    for blob in blobs {
      guard let content = show(commit, blob.path) else { return nil }
      files[blob.path] = content
    }
    return files
  }
}
