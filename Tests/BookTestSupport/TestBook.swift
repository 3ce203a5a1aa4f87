import BookStore
import Foundation

/// A book made for one test in a temporary `HOME` (the book at `HOME/book`).
public protocol TestBook: AnyObject {
  /// The directory that holds the book: a session's working directory.
  var home: String { get }
  /// The data directory.
  var root: String { get }
  /// Your id on the team, to set as BOOK_USER; nil when the book names a default user.
  var you: String? { get }
}

extension TestBook {
  /// The data directory, on the real file system.
  public var directory: DataDirectory { DataDirectory(root: root) }

  /// Every data file's bytes (the journal aside), by name.
  public func dataFiles() -> [String: [UInt8]] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    var files: [String: [UInt8]] = [:]
    for name in names where name.hasSuffix(".rec") {
      files[name] = FileManager.default.contents(atPath: root + "/" + name).map { [UInt8]($0) }
    }
    return files
  }
}
