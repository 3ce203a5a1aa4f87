import BookModel

/// The column cache in `.book/cache/`: a column is read (mapped) from its file when that was
/// written for the data file's current stamp, else built from the parsed file and written
/// for next time. Derived and never needed: any failure to read or write it only means the
/// text is read instead.
struct ColumnCache {
  let paths: BookPaths
  let fs: any FileSystem

  func column(
    _ kind: KindID, _ field: String, type: FieldType, stamp: FileStamp, file: () -> RecFile
  ) -> Column? {
    let path = ColumnFile.path(paths, kind, field)
    if let opened = try? fs.openForReading(path), let bytes = try? opened.bytes(),
      let column = ColumnFile.decode(bytes.buffer, stamp: stamp)
    {
      ReadStats.add { $0.columnsFromCache += 1 }
      return column
    }
    guard let column = Column.build(file(), field: field, type: type) else { return nil }
    ReadStats.add { $0.columnsBuilt += 1 }
    // A stamp younger than the racy window could stay the same through another edit: such
    // a column is used now but not kept.
    if ParsedStamps.wallClockNanoseconds() - stamp.modified >= ParsedStamps.racyWindow {
      write(ColumnFile.encode(column, stamp: stamp), to: path)
    }
    return column
  }

  private func write(_ bytes: [UInt8], to path: String) {
    let temporary = path + ".tmp-\(ProcessEnvironment.processID)"
    do {
      try fs.makeDirectory(paths.cacheDirectory)
      try fs.write(temporary, bytes)
      try fs.rename(temporary, path)
    } catch {
      try? fs.remove(temporary)
    }
  }
}
