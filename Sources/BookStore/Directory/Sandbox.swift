import BookModel

#if canImport(Glibc)
  import Glibc
#endif

/// A throw-away copy of a book (`book run FILE --sandbox`): its data files and journals in a
/// new temporary directory, where writing under a pinned day is allowed.
public enum Sandbox {
  /// Copies the book's `.rec` files and its journal into a new directory under `$TMPDIR`
  /// (else /tmp); returns the copy's path.
  public static func copy(_ directory: DataDirectory, environment: [String: String])
    throws(StoreError) -> String
  {
    let base = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((base + "/book-sandbox-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }
    }
    guard made != nil else {
      throw .refusal(.sandboxUnmade(base: base, reason: String(cString: strerror(errno))))
    }
    let root = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let fs = directory.fs
    do {
      try copyFiles(from: directory.paths.root, to: root, fs: fs)
      let journal = directory.paths.journalDirectory
      if fs.isDirectory(journal) {
        try fs.makeDirectory(root + "/journal")
        try copyFiles(from: journal, to: root + "/journal", fs: fs)
      }
    } catch {
      remove(root, fs: fs)
      throw .refusal(.sandboxUncopied(error))
    }
    return root
  }

  private static func copyFiles(from source: String, to target: String, fs: any FileSystem)
    throws(FileSystemError)
  {
    for name in fs.list(source) ?? [] where name.hasSuffix(".rec") {
      guard let bytes = try fs.read(source + "/" + name) else { continue }
      try fs.write(target + "/" + name, bytes, mode: fs.permissions(source + "/" + name))
    }
  }

  /// Removes a sandbox: its files and directories (nothing outside it).
  public static func remove(_ root: String, fs: any FileSystem) {
    for name in fs.list(root) ?? [] where name != "." && name != ".." {
      let path = root + "/" + name
      if fs.isDirectory(path) {
        remove(path, fs: fs)
      } else {
        try? fs.remove(path)
      }
    }
    rmdir(root)
  }
}
