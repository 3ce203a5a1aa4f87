import BookLanguage
import BookModel
import Testing

/// A listing's rows written as they are made (`Renderer.stream`) read exactly as the whole
/// table rendered at once, in every format; json, csv and tsv come in several pieces.
@Suite struct StreamedListingTests {
  static let columns: [ResultTable.Column] = [
    .init("id"), .init("premium", .money), .init("note"),
  ]

  /// Rows made one at a time, as a query makes them.
  static func rows(_ count: Int) -> LazyMapCollection<Range<Int>, [Value]> {
    (0..<count).lazy.map { index in
      [
        .text("P-\(index)"), .money(Money(cents: Int64(index) * 101)),
        index % 3 == 0 ? .empty : .text("say \"hi\", \(index)\tnow"),
      ]
    }
  }

  @Test(arguments: OutputFormat.allCases, [0, 1, 2048, 5000])
  func streamedReadsAsRendered(format: OutputFormat, count: Int) {
    let options = RenderOptions(format: format)
    var pieces: [String] = []
    Renderer.stream(Self.columns, Self.rows(count), options) { pieces.append($0) }
    let whole = Renderer.render(
      ResultTable(columns: Self.columns, rows: Array(Self.rows(count))), options)
    #expect(pieces.joined() == whole)
    if count == 5000, format == .json || format == .csv || format == .tsv {
      #expect(pieces.count == 3)
    }
  }

  /// A table is streamed in two passes (sized, then written): fitted to a narrow terminal,
  /// expanded on one too narrow, with and without its header, it reads as rendered whole.
  @Test(arguments: [nil, 30, 12] as [Int?], [0, 3, 5000])
  func aTableStreamedInTwoPassesReadsAsRendered(width: Int?, count: Int) {
    for header in [true, false] {
      let options = RenderOptions(format: .table, header: header, width: width)
      var pieces: [String] = []
      Renderer.stream(Self.columns, Self.rows(count), options) { pieces.append($0) }
      let whole = Renderer.render(
        ResultTable(columns: Self.columns, rows: Array(Self.rows(count))), options)
      #expect(pieces.joined() == whole, "width \(width ?? 0), header \(header)")
      if count == 5000, width == nil { #expect(pieces.count == 3) }
    }
  }

  @Test func csvWithoutHeaderStreamsNoHeader() {
    var text = ""
    Renderer.stream(Self.columns, Self.rows(2), RenderOptions(format: .csv, header: false)) {
      text += $0
    }
    #expect(text == "P-0,0.00,\r\nP-1,1.01,\"say \"\"hi\"\", 1\tnow\"\r\n")
  }
}
