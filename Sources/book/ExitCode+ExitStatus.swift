import ArgumentParser
import BookModel

extension ExitCode {
  /// The argument parser's exit for one of `book`'s statuses.
  init(_ status: ExitStatus) {
    self.init(status.rawValue)
  }
}
