/// A conflict of an unfinished merge, as `book conflicts` lists it: the file and the
/// merge driver's conflict, read from git's index stages.
public struct OpenConflict: Sendable, Equatable {
  /// The file, relative to the data directory (`policies.rec`).
  public var path: String
  public var conflict: MergeConflict
  /// Why the file could not be merged record by record, when it could not (then the
  /// conflict is the whole file).
  public var unmergeable: String?
}

extension GitRepository {
  /// The file that remembers which conflicts were resolved (`path<TAB>record field`).
  var resolvedFile: String { root + "/.book/resolved" }

  /// Every open conflict: each unmerged file's three stages merged again, less what
  /// `book resolve` settled.
  public func openConflicts() -> [OpenConflict] {
    let resolved = Set(resolvedPlaces())
    var out: [OpenConflict] = []
    for path in unmergedPaths() {
      let stages = (1...3).map { show(":\($0)", path) ?? [] }
      switch RecMerge.merge(base: stages[0], ours: stages[1], theirs: stages[2], path: path) {
      case .unmergeable(let reason):
        out.append(
          OpenConflict(
            path: path,
            conflict: MergeConflict(
              record: "(file)", field: nil, base: nil, ours: nil, theirs: nil),
            unmergeable: reason.reason))
      case .merged(_, let conflicts):
        for conflict in conflicts where !resolved.contains(path + "\t" + conflict.place) {
          out.append(OpenConflict(path: path, conflict: conflict, unmergeable: nil))
        }
      }
    }
    return out
  }

  func resolvedPlaces() -> [String] {
    let bytes = (try? fs.read(resolvedFile)) ?? nil
    return String(decoding: bytes ?? [], as: UTF8.self).split(separator: "\n").map(String.init)
  }

  /// Forgets what was resolved (the merge is finished or abandoned).
  func forgetResolved() {
    try? fs.remove(resolvedFile)
  }
}
