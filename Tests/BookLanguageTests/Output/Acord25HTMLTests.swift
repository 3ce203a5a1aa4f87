import BookLanguage
import Foundation
import Testing

/// `cert show … as html` is one self-contained printable page: it parses (every element closed
/// in order, by Python's html.parser), holds each ACORD 25 section, inline CSS with
/// `@media print`, and no scripts or outside resources.
@Suite struct Acord25HTMLTests {
  /// Reads the page with html.parser and prints what the test checks, one fact a line.
  static let reader = #"""
    import sys
    from html.parser import HTMLParser
    VOID = {"meta", "br", "hr", "img", "link", "input"}
    class Page(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack, self.errors, self.h2, self.rows, self.text = [], [], [], 0, ""
            self.current, self.style, self.scripts, self.outside = None, "", 0, 0
        def handle_starttag(self, tag, attrs):
            if tag == "script": self.scripts += 1
            if any(name in ("src", "href") for name, _ in attrs): self.outside += 1
            if tag == "tr" and "tbody" in self.stack: self.rows += 1
            if tag not in VOID: self.stack.append(tag)
            self.current = tag
        def handle_endtag(self, tag):
            if tag in VOID: return
            if not self.stack or self.stack[-1] != tag:
                self.errors.append("unexpected </%s> with %s open" % (tag, self.stack))
            else:
                self.stack.pop()
        def handle_data(self, data):
            if "h2" in self.stack: self.h2.append(data)
            if "style" in self.stack: self.style += data
            self.text += data
    page = Page()
    page.feed(open(sys.argv[1], encoding="utf-8").read())
    page.close()
    print("errors:", page.errors + (["unclosed %s" % page.stack] if page.stack else []))
    print("sections:", " | ".join(page.h2))
    print("policy rows:", page.rows)
    print("print css:", "@media print" in page.style)
    print("scripts:", page.scripts, "outside:", page.outside)
    for needle in ["Sierra Ridge Insurance (demo)", "SRI-0417", "Acme Roofing LLC",
                   "NAIC 25658", "NAIC 19682", "GL-4471-26", "WC-88120-26",
                   "CG 20 10 04/13", "Granite Bay Builders Inc", "SHOULD ANY OF THE ABOVE"]:
        print(needle + ":", needle in page.text)
    """#

  @Test func thePageParsesAndHoldsEveryACORD25Section() throws {
    let book = try LanguageBook()
    #expect(try book.run("cert show CE-0001 as html into ce-0001.html") == 0, "\(book.output.err)")
    #expect(book.output.out == "wrote CE-0001 to ce-0001.html (html)\n")
    let path = book.home + "/ce-0001.html"
    let script = book.home + "/read-page.py"
    try Self.reader.write(toFile: script, atomically: true, encoding: .utf8)
    let facts = try ExternalTool.run("python3", [script, path])
    #expect(
      facts == """
        errors: []
        sections: Producer | Insured | Insurers affording coverage | Coverages | Description of operations / locations / vehicles | Certificate holder | Cancellation
        policy rows: 2
        print css: True
        scripts: 0 outside: 0
        Sierra Ridge Insurance (demo): True
        SRI-0417: True
        Acme Roofing LLC: True
        NAIC 25658: True
        NAIC 19682: True
        GL-4471-26: True
        WC-88120-26: True
        CG 20 10 04/13: True
        Granite Bay Builders Inc: True
        SHOULD ANY OF THE ABOVE: True

        """)
  }

  @Test func intoTakesTheFormatFromTheFileName() throws {
    let book = try LanguageBook()
    #expect(try book.run("cert show CE-0001 into ce-0001.md") == 0, "\(book.output.err)")
    #expect(book.output.out == "wrote CE-0001 to ce-0001.md (md)\n")
    let text = try String(contentsOfFile: book.home + "/ce-0001.md", encoding: .utf8)
    #expect(text.hasPrefix("# CERTIFICATE OF LIABILITY INSURANCE — CE-0001, issued 2026-02-03\n"))
    #expect(try book.run("cert show CE-0001 as csv") == 2)
    #expect(book.output.err.contains("a certificate prints as table (text), md or html, not 'csv'"))
  }
}
