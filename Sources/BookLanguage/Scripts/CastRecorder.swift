import BookModel

/// `book run FILE --cast OUT.cast`: the run as an asciinema v2 recording. The header holds the
/// terminal's size, the real start time and the book's day; each typed command and each piece
/// of output is an `o` event at the time it came (seconds since the start), each narration
/// line also an `m` marker.
public final class CastRecorder: OutputSink, ScriptObserver {
  /// Where the run's output goes as well (the terminal).
  let inner: any OutputSink
  /// Seconds since the recording started (a monotonic clock).
  private let elapsed: () -> Double
  private let header: String
  private var events: [String] = []
  private var last = 0.0

  /// A recorder passing output on to `inner`. `timestamp` is the real start (Unix seconds);
  /// `today` the book's day.
  public init(
    inner: any OutputSink, width: Int, height: Int, timestamp: Int, today: Day, title: String,
    elapsed: @escaping () -> Double
  ) {
    self.inner = inner
    self.elapsed = elapsed
    header =
      "{\"version\": 2, \"width\": \(width), \"height\": \(height), \"timestamp\": \(timestamp),"
      + " \"title\": \(JSONRenderer.string(title + " · today " + today.iso)),"
      + " \"env\": {\"TERM\": \"xterm-256color\", \"SHELL\": \"book\","
      + " \"BOOK_TODAY\": \(JSONRenderer.string(today.iso))}}"
  }

  public func write(_ text: String) {
    inner.write(text)
    event("o", Self.terminal(text))
  }

  public func report(_ text: String) {
    inner.report(text)
    event("o", Self.terminal(text))
  }

  public func typed(_ command: String, echoed: Bool) {
    if echoed { inner.write("> " + command + "\n") }
    event("o", "> " + command + "\r\n")
  }

  public func narration(_ text: String) {
    event("m", text)
  }

  /// The recording: the header line, then one event a line.
  public var text: String {
    ([header] + events).joined(separator: "\n") + "\n"
  }

  private func event(_ code: String, _ data: String) {
    guard !data.isEmpty else { return }
    // Never earlier than the event before: players read them in order.
    last = max(last, elapsed())
    events.append("[\(Self.seconds(last)), \"\(code)\", \(JSONRenderer.string(data))]")
  }

  /// Line ends as a terminal shows them.
  static func terminal(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
  }

  /// Seconds with six decimals: `1.250000`.
  static func seconds(_ value: Double) -> String {
    let micro = Int((value * 1_000_000).rounded())
    let fraction = String(micro % 1_000_000)
    return "\(micro / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
  }
}
