import BookModel
import Foundation
import Testing

@testable import BookLanguage

/// `into FILE.xlsx`: the ZIP and its checksums, and workbooks read back by Python's openpyxl
/// (cell types, formats and values equal the JSON of the same query).
@Suite struct WorkbookTests {
  static let openpyxlPresent: Bool = {
    guard ExternalTool.path("python3") != nil else { return false }
    return (try? ExternalTool.run("python3", ["-c", "import openpyxl"])) != nil
  }()

  /// Dumps a workbook's one sheet as JSON: frozen pane, widths, and per cell its type
  /// (`n` number, `d` date, `f` formula, `s` text, `b` boolean), format and value.
  static let readWorkbook = """
    import json, sys, openpyxl
    wb = openpyxl.load_workbook(sys.argv[1])
    ws = wb.active
    def cell(c):
        v = c.value
        if v is None: return None
        if hasattr(v, 'isoformat'): v = v.date().isoformat()
        return {"t": c.data_type, "f": c.number_format, "v": v}
    print(json.dumps({
        "sheets": len(wb.worksheets), "freeze": ws.freeze_panes,
        "widths": [ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width
                   for i in range(ws.max_column)],
        "rows": [[cell(c) for c in row] for row in ws.iter_rows()]}))
    """

  @Test func crc32OfTheCheckString() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([]) == 0)
  }

  @Test func columnLetters() {
    #expect(
      [0, 25, 26, 27, 701, 702].map(SpreadsheetWriter.letter) == [
        "A", "Z", "AA", "AB", "ZZ", "AAA",
      ])
  }

  @Test func aZipArchiveReadsBackWithPython() throws {
    var zip = ZipArchive()
    zip.add("a.txt", Array("hello\n".utf8))
    zip.add("dir/b.xml", Array("<x>é</x>".utf8))
    zip.add("empty", [])
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/t.zip"
    try Data(zip.finished()).write(to: URL(fileURLWithPath: path))
    let script = """
      import sys, zipfile, json
      z = zipfile.ZipFile(sys.argv[1])
      assert z.testzip() is None
      print(json.dumps([[i.filename, z.read(i).decode('utf-8')] for i in z.infolist()]))
      """
    let output = try ExternalTool.run("python3", ["-c", script, path])
    #expect(
      output == #"[["a.txt", "hello\n"], ["dir/b.xml", "<x>\u00e9</x>"], ["empty", ""]]"# + "\n")
  }

  @Test(.enabled(if: openpyxlPresent, "needs python3 with openpyxl (pip install openpyxl)"))
  func aQueryWorkbookHoldsWhatItsJSONHolds() throws {
    let query =
      "policies where account = ACME fields id, line, effective, premium, verified, in_force"
    let (sheet, json) = try readBack(query, file: "acme.xlsx")
    try compare(sheet, json, totalColumns: ["premium"])
  }

  @Test(.enabled(if: openpyxlPresent, "needs python3 with openpyxl (pip install openpyxl)"))
  func aLossRunWorkbookHoldsWhatItsJSONHolds() throws {
    let (sheet, json) = try readBack("lossrun ACME 5y", file: "losses.xlsx")
    try compare(
      sheet, json, totalColumns: ["earned", "paid", "expense", "reserve", "incurred"])
  }

  @Test(.enabled(if: openpyxlPresent, "needs python3 with openpyxl (pip install openpyxl)"))
  func aBreakdownWorkbookAddsUpWithFormulas() throws {
    let (sheet, json) = try readBack("breakdown ACME", file: "breakdown.xlsx")
    try compare(sheet, json, totalColumns: ["P-0001 GL", "P-0002 WC", "total"])
  }

  /// `compare … into FILE.xlsx` is a workbook (once it was the text table in a file named
  /// .xlsx): one sheet whose header and rows are the comparison's, as its csv has them.
  @Test(
    .enabled(if: openpyxlPresent, "needs python3 with openpyxl (pip install openpyxl)"),
    arguments: ["compare ACME", "compare ACME coverage", "compare ELKGRV quotes"])
  func aComparisonWorkbookHoldsTheComparison(command: String) throws {
    let book = try LanguageBook()
    #expect(try book.run(command + " into compare.xlsx") == 0)
    #expect(book.output.out.hasSuffix("(xlsx)\n"))
    let before = book.output.out.count
    #expect(try book.run(command + " as csv") == 0)
    let csv = String(book.output.out.dropFirst(before)).split(whereSeparator: \.isNewline)
    let dumped = try ExternalTool.run(
      "python3", ["-c", Self.readWorkbook, book.home + "/compare.xlsx"])
    let sheet = try #require(
      try JSONSerialization.jsonObject(with: Data(dumped.utf8)) as? [String: Any])
    #expect(sheet["sheets"] as? Int == 1)
    let rows = try #require(sheet["rows"] as? [[Any]])
    let header = rows[0].map { ($0 as? [String: Any])?["v"] as? String ?? "" }
    #expect(header.joined(separator: ",") == String(csv[0]))
    let firsts = rows.dropFirst().map { row in
      ((row.first as? [String: Any])?["v"]).map { "\($0)" } ?? ""
    }
    let csvFirsts = csv.dropFirst().map {
      String($0.split(separator: ",", omittingEmptySubsequences: false)[0])
    }
    #expect(Array(firsts.prefix(csvFirsts.count)) == csvFirsts)
  }

  @Test(
    .enabled(
      if: ExternalTool.path("soffice") != nil,
      "LibreOffice (soffice) is not installed: the conversion check runs where it is"))
  func libreOfficeConvertsTheWorkbookToTheSameValues() throws {
    let book = try LanguageBook()
    #expect(try book.run("lossrun ACME 5y into losses.xlsx") == 0)
    _ = try ExternalTool.run(
      "soffice",
      [
        "--headless", "--convert-to", "csv", "--outdir", book.home, book.home + "/losses.xlsx",
      ])
    let csv = try String(contentsOfFile: book.home + "/losses.csv", encoding: .utf8)
    let lines = csv.split(separator: "\n")
    #expect(lines.first?.hasPrefix("year,line,policies,earned") == true)
    #expect(lines.contains { $0.hasPrefix("2026,GL,P-0001,") })
    #expect(lines.last?.hasPrefix("total,,,") == true)
  }

  /// Writes the command's result into a workbook and as json; reads both back.
  private func readBack(_ command: String, file: String) throws -> (
    sheet: [String: Any], json: [[String: Any]]
  ) {
    let book = try LanguageBook()
    #expect(try book.run(command + " into " + file) == 0)
    let jsonCommand = command + " as json"
    let before = book.output.out.count
    #expect(try book.run(jsonCommand) == 0)
    let jsonText = String(book.output.out.dropFirst(before))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(jsonText.utf8)) as? [[String: Any]])
    let dumped = try ExternalTool.run(
      "python3", ["-c", Self.readWorkbook, book.home + "/" + file])
    let sheet = try #require(
      try JSONSerialization.jsonObject(with: Data(dumped.utf8)) as? [String: Any])
    return (sheet, json)
  }

  /// One sheet, frozen under the header, widths set; each row's cells equal the JSON row's
  /// values with their types and formats; the total row sums the named columns by formula.
  private func compare(_ sheet: [String: Any], _ json: [[String: Any]], totalColumns: [String])
    throws
  {
    #expect(sheet["sheets"] as? Int == 1)
    #expect(sheet["freeze"] as? String == "A2")
    let rows = try #require(sheet["rows"] as? [[Any]])
    let header = rows[0].map { ($0 as? [String: Any])?["v"] as? String ?? "" }
    let widths = try #require(sheet["widths"] as? [Double])
    #expect(widths.count == header.count && widths.allSatisfy { $0 >= 6 })
    #expect(rows.count == json.count + 2)
    for (index, object) in json.enumerated() {
      let row = rows[index + 1]
      for (column, name) in header.enumerated() {
        let cell = row[column] as? [String: Any]
        let expected = object[name]
        switch expected {
        case nil, is NSNull:
          #expect(cell == nil, "\(name) row \(index + 2)")
        case let text as String where Day(iso: text) != nil:
          #expect(cell?["t"] as? String == "d", "\(name) row \(index + 2)")
          #expect(cell?["f"] as? String == "yyyy-mm-dd")
          #expect(cell?["v"] as? String == text)
        case let text as String:
          #expect(cell?["t"] as? String == "s")
          #expect(cell?["v"] as? String == text)
        case let number as NSNumber where name == "in_force":
          #expect(cell?["t"] as? String == "b")
          #expect((cell?["v"] as? NSNumber)?.boolValue == number.boolValue)
        case let number as NSNumber:
          #expect(cell?["t"] as? String == "n", "\(name) row \(index + 2)")
          #expect((cell?["v"] as? NSNumber)?.doubleValue == number.doubleValue)
          let money = totalColumns.contains(name) || ["premium", "earned"].contains(name)
          if money { #expect(cell?["f"] as? String == "#,##0.00", "\(name)") }
        default:
          Issue.record("unexpected JSON value for \(name): \(String(describing: expected))")
        }
      }
    }
    let total = try #require(rows.last)
    let last = json.count + 1
    for name in totalColumns {
      let column = try #require(header.firstIndex(of: name))
      let cell = total[column] as? [String: Any]
      let letter = SpreadsheetWriter.letter(column)
      #expect(cell?["t"] as? String == "f")
      #expect(cell?["v"] as? String == "=SUM(\(letter)2:\(letter)\(last))")
      #expect(cell?["f"] as? String == "#,##0.00")
    }
  }

  private func temporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("book-zip-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
