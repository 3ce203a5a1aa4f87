/// A place where the two sides of a merge disagree: a field both changed differently, a
/// record one side deleted and the other changed, or a descriptor both changed. The merged
/// file holds our side; `book resolve` settles it.
public struct MergeConflict: Sendable, Equatable {
  /// The record's key (`P-0001`); for the descriptor, `%rec`.
  public var record: String
  /// The field; nil when the conflict is about the whole record (deleted on one side).
  public var field: String?
  /// The values on each side: nil where the field (or record) is absent. A repeating field
  /// never conflicts (its values merge as a set).
  public var base: String?
  public var ours: String?
  public var theirs: String?

  public init(record: String, field: String?, base: String?, ours: String?, theirs: String?) {
    self.record = record
    self.field = field
    self.base = base
    self.ours = ours
    self.theirs = theirs
  }

  /// The key under which `book resolve` names this conflict: `P-0001 premium`, `P-0001 -`.
  public var place: String { record + " " + (field ?? "-") }
}
