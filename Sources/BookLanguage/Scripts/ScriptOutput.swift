/// The sink a script's commands write to while it runs: passes everything on, and keeps a
/// command's results when `# expect:` lines are to check them.
final class ScriptOutput: OutputSink {
  let inner: any OutputSink
  /// The results written since `capture()`, when capturing.
  private(set) var captured: String?

  init(_ inner: any OutputSink) {
    self.inner = inner
  }

  func write(_ text: String) {
    captured? += text
    inner.write(text)
  }

  func report(_ text: String) { inner.report(text) }

  /// Starts keeping results.
  func capture() { captured = "" }

  /// Stops keeping results and returns them.
  func take() -> String {
    defer { captured = nil }
    return captured ?? ""
  }
}
