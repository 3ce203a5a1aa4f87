import BookModel

/// Why a journal's Change record cannot be read (the wording is in StoreMessages.swift).
enum JournalProblem: Equatable {
  case notAJournal(declared: String)
  case missingField(String)
  case badDay(String)
  case unknownKind(String)
  case unknownOperation(String)
  case unexpectedField(String, op: String)
  case unreadableRecord(field: String, reason: String)
  case notOneRecord(field: String)
}
