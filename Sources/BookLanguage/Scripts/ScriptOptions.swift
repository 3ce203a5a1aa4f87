/// How `run` runs a script (`book run FILE …` flags, or the shell's `run FILE …`).
public struct ScriptOptions {
  /// `NAME=VALUE` given for the script's `param` lines, in order.
  public var parameters: [(name: String, value: String)] = []
  /// `--dry-run`: print the record diffs, write nothing.
  public var dryRun = false
  /// `--each`: commit after each command instead of once at the end.
  public var each = false
  /// `--keep-going`: report every error, then write nothing.
  public var keepGoing = false
  /// `--echo`: print each command before its output.
  public var echo = false
  /// `--step`: who decides, before each command, whether it runs (trainer mode).
  public var stepper: (any ScriptStepper)?
  /// The command line that runs the same script on a sandbox, offered when a change is
  /// refused under a pinned day (nil: no such offer).
  public var sandboxCommand: String?
  /// Told of each command and narration as they come (`--cast`).
  public var observer: (any ScriptObserver)?

  public init() {}
}

/// What a trainer chose at a step of `--step`.
public enum StepChoice: Sendable, Equatable {
  /// Enter: run the command.
  case run
  /// `s`: go on without running it.
  case skip
  /// `b`: take the last step's changes back and show it again.
  case back
  /// `t`: hand the prompt to the trainee until `resume`.
  case trainee
  /// `c`: run the rest without stopping.
  case continueAll
  /// `q`: stop, committing nothing.
  case quit
}

/// Trainer mode: shows each step and reads the trainer's choice (the shell's terminal keys).
public protocol ScriptStepper: AnyObject {
  /// Shows the narration and the command of the next step and returns what to do.
  func choose(command: String, narration: [String], step: Int, of total: Int) -> StepChoice
  /// Shows a message between steps (a step taken back, a refusal to step back).
  func notice(_ text: String)
  /// `pause "text"`: shows the text and waits for a key.
  func pause(_ text: String)
  /// One line typed by the trainee; nil at the end of input.
  func traineeLine() -> String?
}

/// Told what a script run shows, as it shows it (the `--cast` recorder).
public protocol ScriptObserver: AnyObject {
  /// A command about to run, as if typed; `echoed`: `--echo` shows it too.
  func typed(_ command: String, echoed: Bool)
  /// A `#:` narration line.
  func narration(_ text: String)
}
