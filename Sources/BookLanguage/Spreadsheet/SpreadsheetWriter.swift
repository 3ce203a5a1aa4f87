import BookModel

/// A result table as an Office Open XML workbook (`into FILE.xlsx`, DESIGN.md "Spreadsheets"):
/// one sheet, the header row frozen, money as numbers formatted `#,##0.00`, days as dates
/// (serial numbers with a date format), booleans as booleans, the total row as `SUM`
/// formulas over the money columns, column widths set from the content.
enum SpreadsheetWriter {
  /// The workbook's bytes: a ZIP of its few XML parts.
  static func workbook(_ table: ResultTable, sheet: String = "Sheet1") -> [UInt8] {
    var zip = ZipArchive()
    zip.add("[Content_Types].xml", Array(SpreadsheetParts.contentTypes.utf8))
    zip.add("_rels/.rels", Array(SpreadsheetParts.rootRelationships.utf8))
    zip.add("xl/workbook.xml", Array(SpreadsheetParts.workbook(sheet: sheet).utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array(SpreadsheetParts.workbookRelationships.utf8))
    zip.add("xl/styles.xml", Array(SpreadsheetParts.styles.utf8))
    zip.add("xl/worksheets/sheet1.xml", Array(worksheet(table).utf8))
    return zip.finished()
  }

  /// The cell styles of `SpreadsheetParts.styles`, by index.
  enum Style: Int {
    case general = 0, money, date, header, totalMoney, totalText
  }

  /// The sheet: widths, a frozen header, the rows, the total row.
  static func worksheet(_ table: ResultTable) -> String {
    let columns = table.columns
    var xml = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
      <sheetViews><sheetView workbookViewId="0">\
      <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
      <selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>\
      <sheetFormatPr defaultRowHeight="15"/>
      """
    if !columns.isEmpty {
      xml += "<cols>"
      for (index, width) in widths(table).enumerated() {
        let number = index + 1
        xml += "<col min=\"\(number)\" max=\"\(number)\" width=\"\(width)\" customWidth=\"1\"/>"
      }
      xml += "</cols>"
    }
    xml += "<sheetData>"
    xml += "<row r=\"1\">"
    for (index, column) in columns.enumerated() {
      xml += text(column.name, at: reference(index, 1), style: .header)
    }
    xml += "</row>"
    for (offset, row) in table.rows.enumerated() {
      let number = offset + 2
      xml += "<row r=\"\(number)\">"
      for index in columns.indices {
        xml += cell(ResultTable.cell(row, index), at: reference(index, number))
      }
      xml += "</row>"
    }
    if let total = table.totalRow {
      let number = table.rows.count + 2
      let last = table.rows.count + 1
      xml += "<row r=\"\(number)\">"
      for index in columns.indices {
        let at = reference(index, number)
        if columns[index].isTotalled, case .money(let sum) = total[index] {
          let letters = letter(index)
          xml +=
            "<c r=\"\(at)\" s=\"\(Style.totalMoney.rawValue)\"><f>SUM(\(letters)2:\(letters)\(last))</f>"
            + "<v>\(sum.fileText)</v></c>"
        } else if case .text(let label) = total[index] {
          xml += text(label, at: at, style: .totalText)
        }
      }
      xml += "</row>"
    }
    xml += "</sheetData></worksheet>"
    return xml
  }

  /// One cell of a value; empty values write no cell.
  static func cell(_ value: Value, at reference: String) -> String {
    switch value {
    case .empty: return ""
    case .text(let string): return text(string, at: reference, style: .general)
    case .money(let money):
      return "<c r=\"\(reference)\" s=\"\(Style.money.rawValue)\"><v>\(money.fileText)</v></c>"
    case .decimal(let decimal): return "<c r=\"\(reference)\"><v>\(decimal.description)</v></c>"
    case .int(let int): return "<c r=\"\(reference)\"><v>\(int)</v></c>"
    case .day(let day):
      return "<c r=\"\(reference)\" s=\"\(Style.date.rawValue)\"><v>\(serial(day))</v></c>"
    case .bool(let bool): return "<c r=\"\(reference)\" t=\"b\"><v>\(bool ? 1 : 0)</v></c>"
    }
  }

  /// A day as a spreadsheet serial number: days since 1899-12-30 (1970-01-01 is 25569).
  static func serial(_ day: Day) -> Int { Int(day.daysSinceEpoch) + 25569 }

  /// `A`…`Z`, `AA`…: the letters of a zero-based column.
  static func letter(_ index: Int) -> String {
    var number = index + 1
    var letters = ""
    while number > 0 {
      let digit = (number - 1) % 26
      letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
      number = (number - 1) / 26
    }
    return letters
  }

  static func reference(_ column: Int, _ row: Int) -> String { letter(column) + String(row) }

  private static func text(_ string: String, at reference: String, style: Style) -> String {
    let styled = style == .general ? "" : " s=\"\(style.rawValue)\""
    return "<c r=\"\(reference)\"\(styled) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
      + SpreadsheetParts.escape(string) + "</t></is></c>"
  }

  /// Each column's width in characters: its widest cell as people read it, plus a margin,
  /// between 6 and 60.
  private static func widths(_ table: ResultTable) -> [Int] {
    table.columns.indices.map { index in
      var widest = table.columns[index].name.count + 2
      for row in table.rows {
        widest = max(widest, DisplayWidth.of(Renderer.display(ResultTable.cell(row, index))))
      }
      if let total = table.totalRow {
        widest = max(widest, Renderer.display(total[index]).count + 2)
      }
      return min(60, max(6, widest + 2))
    }
  }
}
