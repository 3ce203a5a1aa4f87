import BookModel

/// After `book sync` renumbers our new ids, our journal follows: the changes not yet synced
/// name the new ids (in their id and in the records they hold), and the renumbering itself
/// is dropped, so the history reads as if the records had always had those ids.
struct JournalFollow {
  /// Old id → new id.
  let renamed: [String: String]
  /// Transactions others may already hold (synced): kept as written.
  let synced: Set<String>
  /// The renumbering's own transaction, dropped.
  let renumbering: String

  /// The journal's text with unsynced changes following the new ids; nil when unreadable.
  func rewrite(_ bytes: [UInt8], name: String) -> [UInt8]? {
    guard var document = try? RecDocument(name: name, bytes: bytes) else { return nil }
    document.entries.removeAll { $0.record.value("txn") == renumbering }
    for index in document.entries.indices {
      var record = document.entries[index].record
      guard let txn = record.value("txn"), !synced.contains(txn) else { continue }
      for position in record.fields.indices {
        let field = record.fields[position]
        switch field.name {
        case "id", "next":
          record.fields[position].value = renamed[field.value] ?? field.value
        case "before", "after":
          guard let text = following(field.value) else { return nil }
          record.fields[position].value = text
        default:
          continue
        }
      }
      document.entries[index].record = record
    }
    return try? document.bytes()
  }

  /// A record held as rec text, with its ids and references renamed.
  private func following(_ text: String) -> String? {
    guard let file = try? RecParser.parse(name: "", bytes: Array((text + "\n").utf8)),
      file.records.count == 1
    else { return nil }
    var record = file.record(0).record
    for index in record.fields.indices {
      record.fields[index].value = Transaction.replacing(renamed, in: record.fields[index].value)
    }
    guard let printed = try? RecPrinter.text(of: record) else { return nil }
    return String(printed.dropLast())
  }
}
