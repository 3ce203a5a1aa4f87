/// Where a session writes: results to one stream, errors and notices to the other. All output
/// goes through here, so tests can capture it.
public protocol OutputSink: AnyObject {
  /// Writes results (stdout).
  func write(_ text: String)
  /// Writes errors and notices (stderr).
  func report(_ text: String)
}

/// Output kept in memory (tests, and `into` previews).
public final class CapturedOutput: OutputSink {
  public private(set) var out = ""
  public private(set) var err = ""

  public init() {}

  public func write(_ text: String) { out += text }
  public func report(_ text: String) { err += text }
}
