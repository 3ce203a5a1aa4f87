import Foundation

/// A fresh directory under the system's temporary directory, removed when released.
public final class TemporaryDirectory {
  public let path: String

  public init(_ label: String = "book") {
    let base = FileManager.default.temporaryDirectory.path
    path = base + "/\(label)-\(UUID().uuidString.prefix(8))"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Writes a file (relative path) with the given text.
  public func write(_ name: String, _ text: String) throws {
    let url = URL(fileURLWithPath: path + "/" + name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
  }

  /// Reads a file (relative path) as bytes; nil when missing.
  public func bytes(_ name: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path + "/" + name).map { [UInt8]($0) }
  }

  /// Reads a file as text.
  public func text(_ name: String) -> String? {
    bytes(name).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Every data file's bytes (journal and .book aside), by name.
  public func dataFiles() -> [String: [UInt8]] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    var files: [String: [UInt8]] = [:]
    for name in names where name.hasSuffix(".rec") {
      files[name] = bytes(name)
    }
    return files
  }
}
