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
      let (line, column) = excerpt(of: sourceLine, around: location.column)
      out += "\n  " + line.replacingTabs() + "\n  " + caretPadding(line, column: column) + "^"
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

/// How much of a long source line is shown around the caret (a script's 100,000-character line
/// is cut to this many characters (lines up to 40 more are shown whole), with `…` where it was cut).
let excerptWidth = 160

/// The part of a line shown above the caret, and the caret's column in it: the whole line when
/// it is short, else `excerptWidth` characters around the column, `…` marking each cut.
func excerpt(of line: String, around column: Int) -> (line: String, column: Int) {
  let scalars = Array(line.unicodeScalars)
  guard scalars.count > excerptWidth + 40 else { return (line, column) }
  let index = min(max(0, column - 1), scalars.count)
  let start = max(0, min(index - excerptWidth / 2, scalars.count - excerptWidth))
  let end = min(scalars.count, start + excerptWidth)
  var shown = String(String.UnicodeScalarView(scalars[start..<end]))
  var caret = index - start + 1
  if start > 0 {
    shown = "…" + shown
    caret += 1
  }
  if end < scalars.count { shown += "…" }
  return (shown, caret)
}

/// Spaces (and wide-character padding) to put a caret under the given column.
private func caretPadding(_ line: String, column: Int) -> String {
  var pad = ""
  for (index, scalar) in line.unicodeScalars.enumerated() where index < column - 1 {
    pad += DisplayWidth.of(scalar) == 2 ? "  " : " "
  }
  return pad
}
