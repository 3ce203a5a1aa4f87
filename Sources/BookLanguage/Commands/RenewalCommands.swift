/// The renewal workflow's commands: the X list, and the verbs that move a term along.
enum RenewalCommands {
  static let all = [XListCommand.spec]
}
