import ArgumentParser
import BookLanguage
import BookModel
import BookStore

/// Results to stdout and errors to stderr, through `Output`.
final class StandardOutput: OutputSink {
  func write(_ text: String) { Output.raw(text, to: 1) }
  func report(_ text: String) { Output.raw(text, to: 2) }
}

extension CommandLineSession {
  /// A language session on the loaded book, with the output options of the command line
  /// and the config.
  func languageSession(_ snapshot: Snapshot, unit: Session.Unit) throws -> Session {
    var render = RenderOptions()
    if let name = options.format ?? config.format {
      guard let format = OutputFormat(rawValue: name.lowercased()) else {
        throw fail(
          [
            Diagnostic(
              "unknown format '\(name)'",
              notes: ["Formats: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")])
          ], exitCode: 2)
      }
      render.format = format
    }
    render.header = !options.noHeader
    render.width = Output.isTerminal(1) ? Output.terminalWidth() : nil
    return Session(
      directory: try directory(), snapshot: snapshot, context: try context(snapshot),
      output: StandardOutput(), options: render,
      safe: options.safe || environment["BOOK_SAFE"].map { !$0.isEmpty && $0 != "0" } == true,
      unit: unit)
  }

  /// All of stdin as text, or an error when it is not UTF-8.
  func readStandardInput() throws -> String {
    let bytes = Output.readAll(from: 0)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw fail([Diagnostic("stdin is not UTF-8 text", file: "stdin")], exitCode: 2)
    }
    return text
  }

  /// Ends the run with the session's exit code.
  func exit(_ code: Int32) throws -> Never {
    throw ExitCode(code)
  }
}
