import BookLanguage
import BookModel
import Foundation
import Testing

/// The same table written as csv and as json, read back by other programs (Python's csv
/// module, jq), holds the same cells.
@Suite struct CSVEqualsJSONTests {
  static let toolsPresent = ExternalTool.path("python3") != nil && ExternalTool.path("jq") != nil

  /// Reads a CSV file into a JSON array of rows of strings.
  static let readCSV = """
    import csv, json, sys
    with open(sys.argv[1], newline='', encoding='utf-8') as f:
        print(json.dumps(list(csv.reader(f)), ensure_ascii=False))
    """

  /// Each JSON object as its keys, then each object as an array of strings; empty for null,
  /// yes/no for booleans, numbers as jq prints them (compared as exact decimals below).
  static let readJSON = """
    (.[0] | keys_unsorted), (.[] | [.[] | if . == null then "" \
    elif type == "boolean" then (if . then "yes" else "no" end) else tostring end])
    """

  @Test(.enabled(if: toolsPresent, "needs python3 and jq on PATH"))
  func csvAndJSONHoldTheSameCells() throws {
    var table = SampleTables.awkward
    table.columns.append(.init("day", .day))
    table.columns.append(.init("ok", .bool))
    table.columns.append(.init("n", .int))
    for index in table.rows.indices {
      table.rows[index] += [
        index == 1 ? .empty : SampleTables.day("2026-11-2\(index)"), .bool(index % 2 == 0),
        .int(index * 1000 - 1),
      ]
    }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("book-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let csvFile = directory.appendingPathComponent("t.csv")
    let jsonFile = directory.appendingPathComponent("t.json")
    try Data(Renderer.render(table, RenderOptions(format: .csv)).utf8).write(to: csvFile)
    try Data(Renderer.render(table, RenderOptions(format: .json)).utf8).write(to: jsonFile)

    let csvOutput = try ExternalTool.run("python3", ["-c", Self.readCSV, csvFile.path])
    let csvRows = try #require(
      try JSONSerialization.jsonObject(with: Data(csvOutput.utf8)) as? [[String]])
    let jsonOutput = try ExternalTool.run("jq", ["-c", Self.readJSON, jsonFile.path])
    let jsonRows = try jsonOutput.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String])
    }

    #expect(csvRows.count == table.rows.count + 1)
    #expect(jsonRows.count == csvRows.count)
    #expect(csvRows.first == table.columns.map(\.name))
    #expect(jsonRows.first == table.columns.map(\.name))
    for (row, (csvRow, jsonRow)) in zip(csvRows, jsonRows).enumerated().dropFirst() {
      #expect(csvRow.count == table.columns.count)
      for (column, (csvCell, jsonCell)) in zip(csvRow, jsonRow).enumerated() {
        switch table.columns[column].type {
        case .money, .decimal, .int:
          guard !csvCell.isEmpty || !jsonCell.isEmpty else { continue }
          let csvNumber = try #require(ExactDecimal(csvCell), "row \(row) csv \(csvCell)")
          let jsonNumber = try #require(ExactDecimal(jsonCell), "row \(row) json \(jsonCell)")
          #expect(csvNumber == jsonNumber, "row \(row), \(table.columns[column].name)")
          if table.columns[column].type == .money {
            #expect(Money(csvCell)?.fileText == csvCell, "money as 12500.00: \(csvCell)")
          }
        case .text, .day, .bool:
          #expect(csvCell == jsonCell, "row \(row), \(table.columns[column].name)")
        }
      }
    }
  }
}
