import BookModel

/// What the shell's completion offers for a word slot, declared with the slot in the command's
/// grammar — completion never guesses it from the slot's name.
public enum SlotCompletion: Sendable, Equatable {
  /// Nothing: a new id, a number, a name of the person's choosing.
  case nothing
  /// The ids of one kind (`use ACCOUNT`: account ids).
  case ids(KindID)
  /// The ids of one kind's records whose status is one of these (`audit accept`: audits
  /// reviewed or revised).
  case idsWithStatus(KindID, [String])
  /// The ids of the kind an earlier `.kind` slot read (`set policy ID`).
  case idsOfKind
  /// The ids of the kind an earlier `.kind` slot read; without one, account ids and the ids of
  /// the kind a typed prefix names (`show P-…`).
  case records
  /// Kind words, account ids and the ids a typed prefix names (`log TARGET`).
  case kindsOrRecords
  /// Team ids and `me`.
  case people
  /// Carrier ids.
  case carriers
  /// The certificate holders the book names (quoted when they hold spaces).
  case holders
  /// File and directory names.
  case files
  /// The fields of the kind an earlier `.kind` slot read.
  case fields
  /// The values a field of a kind takes (its enumeration, the ids it refers to, the words the
  /// book holds in it).
  case values(KindID, field: String)
  /// Fixed words (`on`, `off`).
  case words([String])
  /// The topics of `help`; after one word, the second words of commands that start with it
  /// (`help audit o…`).
  case helpTopics
}
