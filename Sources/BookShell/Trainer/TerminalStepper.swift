import BookLanguage

/// Trainer mode on the terminal (`book run FILE --step`): shows each step's narration and
/// command, then reads one key — Enter runs, s skips, b steps back, t hands the prompt to the
/// trainee, c runs the rest, q quits.
public final class TerminalStepper: ScriptStepper {
  private let reader: any LineReader
  private let input: Int32

  /// A stepper reading keys from `input` and the trainee's lines with `reader`.
  public init(reader: any LineReader, input: Int32 = 0) {
    self.reader = reader
    self.input = input
  }

  public func choose(command: String, narration: [String], step: Int, of total: Int)
    -> StepChoice
  {
    for line in narration { Terminal.write(line + "\n") }
    while true {
      Terminal.write(
        "[\(step)/\(total)] > \(command)\n"
          + "  Enter run · s skip · b back · t trainee · c continue · q quit: ")
      let key = SingleKey.read(from: input)
      Terminal.write("\n")
      switch key {
      case .enter: return .run
      case .end: return .quit
      case .character(let character):
        switch character.lowercased() {
        case "s": return .skip
        case "b": return .back
        case "t":
          Terminal.write("your turn: type commands; resume goes on with the script\n")
          return .trainee
        case "c": return .continueAll
        case "q": return .quit
        default: Terminal.write("keys: Enter s b t c q\n")
        }
      }
    }
  }

  public func notice(_ text: String) {
    Terminal.write(text + "\n")
  }

  public func pause(_ text: String) {
    Terminal.write(text + "  (Enter to go on) ")
    _ = SingleKey.read(from: input)
    Terminal.write("\n")
  }

  public func traineeLine() -> String? {
    while true {
      switch reader.read(prompt: "trainee> ") {
      case .line(let line): return line
      case .interrupted: continue
      case .end: return nil
      }
    }
  }
}
