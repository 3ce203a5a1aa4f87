import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What reading the book cost since the last `reset`: time spent opening and parsing files,
/// how many were parsed and how many bytes, for `timing on` and `--stats`.
public enum ReadStats {
  /// The figures gathered.
  public struct Figures: Sendable, Equatable {
    public var nanoseconds: Int = 0
    public var filesParsed: Int = 0
    public var bytesParsed: Int = 0
    /// Files opened at load whose parsing was put off until a command reads them.
    public var filesDeferred: Int = 0
    /// Columns read from the column cache, and columns built from the text.
    public var columnsFromCache: Int = 0
    public var columnsBuilt: Int = 0

    /// Whether the column cache served, for people.
    public var cacheSummary: String {
      switch (columnsFromCache, columnsBuilt) {
      case (0, 0): return "column cache not used"
      case (let served, 0): return "column cache served \(served) column\(served == 1 ? "" : "s")"
      case (0, let built): return "column cache built \(built) column\(built == 1 ? "" : "s")"
      case (let served, let built): return "column cache served \(served), built \(built)"
      }
    }

    /// One line for people: `load 1.2 ms (2 files parsed, 22.4 MB)`.
    public var summary: String {
      "load \(Self.milliseconds(nanoseconds)) ms (\(filesParsed) file"
        + (filesParsed == 1 ? "" : "s") + " parsed, \(Self.megabytes(bytesParsed)) MB)"
    }

    /// Nanoseconds as milliseconds with one decimal.
    public static func milliseconds(_ nanoseconds: Int) -> String {
      let tenths = (nanoseconds + 50_000) / 100_000
      return "\(tenths / 10).\(tenths % 10)"
    }

    static func megabytes(_ bytes: Int) -> String {
      let tenths = (bytes + 50_000) / 100_000
      return "\(tenths / 10).\(tenths % 10)"
    }
  }

  private static let state = Mutex(Figures())

  /// The figures since the last reset, and a fresh start.
  public static func take() -> Figures {
    state.withLock { figures in
      defer { figures = Figures() }
      return figures
    }
  }

  static func add(_ change: (inout Figures) -> Void) {
    state.withLock { change(&$0) }
  }

  /// Runs `body`, adding its time to the figures.
  static func timed<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    let start = monotonicNanoseconds()
    defer {
      let elapsed = monotonicNanoseconds() - start
      add { $0.nanoseconds += elapsed }
    }
    return try body()
  }

  /// A monotonic clock in nanoseconds, for durations.
  public static func monotonicNanoseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec)
  }
}
