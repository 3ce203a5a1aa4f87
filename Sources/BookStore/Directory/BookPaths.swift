import BookModel

/// Where things live in a data directory.
public struct BookPaths: Sendable {
  public let root: String

  public init(root: String) {
    self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
  }

  /// The path of a name inside the data directory.
  public func path(_ name: String) -> String { root + "/" + name }

  /// The file of a kind (`policies.rec`), relative to the root.
  public func file(_ kind: KindID) -> String { kind.spec.file }

  /// The private directory (`.book/`): lock, write-ahead file, history, caches.
  public var privateDirectory: String { path(".book") }
  public var lockFile: String { path(".book/lock") }
  public var writeAheadFile: String { path(".book/wal") }
  /// The stamps of the files as they last validated (a cache).
  public var validatedStampsFile: String { path(".book/validated") }
  /// Derived data that speeds reading up (`.book/cache/`): never needed, rebuilt at will.
  public var cacheDirectory: String { path(".book/cache") }
  /// The stamps of the files known to parse cleanly, so a load may defer parsing them.
  public var parsedStampsFile: String { path(".book/cache/parsed") }
  public var journalDirectory: String { path("journal") }
  /// Where git marks a merge under way: while it exists the book is read-only.
  public var mergeHead: String { path(".git/MERGE_HEAD") }

  /// A person's journal file, relative to the root.
  public func journal(user: String) -> String { "journal/\(user).rec" }
}
