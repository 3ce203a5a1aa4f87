/// A problem found in a file, a script or a command line, with where it is and what to do.
/// Only `Diagnostic.formatted` turns it into text.
public struct Diagnostic: Error, Sendable, Equatable {
  public enum Severity: String, Sendable {
    case error, warning, note
  }

  public var severity: Severity
  /// The file the problem is in (`policies.rec`, `scripts/x.book`); nil for a command line.
  public var file: String?
  /// Where in that file or line; nil when the file as a whole is at fault.
  public var location: SourceLocation?
  public var message: String
  /// The text of the offending line, shown with a caret under the column.
  public var sourceLine: String?
  /// Further lines: what to do, related places.
  public var notes: [String]

  public init(
    _ message: String, severity: Severity = .error, file: String? = nil,
    location: SourceLocation? = nil, sourceLine: String? = nil, notes: [String] = []
  ) {
    self.severity = severity
    self.file = file
    self.location = location
    self.message = message
    self.sourceLine = sourceLine
    self.notes = notes
  }

  /// `file:line:col: error: message`, then the source line with a caret, then the notes.
  public var formatted: String {
    var head = ""
    if let file { head += file + ":" }
    if let location { head += "\(location.line):\(location.column):" }
    if !head.isEmpty { head += " " }
    var out = head + "\(severity.rawValue): \(message)"
    if let sourceLine, let location {
      let visible = sourceLine.replacingTabs()
      out += "\n  " + visible + "\n  " + caretPadding(sourceLine, column: location.column) + "^"
    }
    for note in notes { out += "\n  " + note }
    return out
  }
}

extension String {
  fileprivate func replacingTabs() -> String {
    String(unicodeScalars.map { $0 == "\t" ? " " : Character($0) })
  }
}

/// Spaces (and wide-character padding) to put a caret under the given column.
private func caretPadding(_ line: String, column: Int) -> String {
  var pad = ""
  for (index, scalar) in line.unicodeScalars.enumerated() where index < column - 1 {
    pad += DisplayWidth.of(scalar) == 2 ? "  " : " "
  }
  return pad
}
