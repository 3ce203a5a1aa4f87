/// How a run of `book` ends, as DESIGN.md numbers it: the one place the exit codes are written.
public enum ExitStatus: Int32, Sendable, Equatable, CaseIterable {
  /// Everything asked was done.
  case ok = 0
  /// A command failed or was refused (validation, a business rule, not found), or a
  /// self-check (`assert`, `sweep`) found something.
  case failed = 1
  /// The command line or a command was written wrongly (usage or syntax).
  case usage = 2
  /// The data directory is unreadable, corrupt or invalid.
  case invalidBook = 3
  /// The lock could not be had in time, or records changed under us.
  case busy = 4
}
