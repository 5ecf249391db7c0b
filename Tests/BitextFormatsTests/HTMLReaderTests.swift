import BitextFormats
import BitextModel
import XCTest

/// What the HTML reader offers for translation, and what it keeps out.
final class HTMLReaderTests: XCTestCase {
    let page = """
    <!DOCTYPE html><html lang="en"><head><title>Iran &amp; the IAEA</title>
    <meta name="description" content="Talks in Vienna.  Again."><script>var x = "<p>no</p>";</script>
    <style>p { color: red }</style></head>
    <body><nav><ul><li><a href="/">Home</a></li></ul></nav>
    <p>Gen. Hossein <b>Ahmadvand</b> said the <a href="/irgc" title="Islamic Revolutionary Guard Corps">IRGC</a> would respond.<br>
    Protests <em>continued. Shops</em> closed early.</p>
    <p>Use <code>bitext segment</code> to see <span translate="no">Bitext</span> work.</p>
    <img src="x.jpg" alt="A protest in Zahedan.">
    <p class="notranslate">Do not translate this.</p>
    <div translate="no"><p>Not this.</p><p translate="yes">But this.</p></div>
    <pre>Preformatted is not translated.</pre>
    <table><caption>Events</caption><tr><th>City</th><td>Tabriz <!-- note --> rally</td></tr></table>
    <input type="text" placeholder="Search the archive" aria-label="Search">
    </body></html>
    """

    func testTextAttributesAndInlineCodes() throws {
        XCTAssertEqual(outline(try readDocument(page, .html)), [
            "title: Iran & the IAEA",
            "meta:description: Talks in Vienna. | Again.",
            "list-item: {a}Home{/a}",
            "paragraph: Gen. Hossein {b}Ahmadvand{/b} said the {a}IRGC{/a} would respond.{br/} | Protests {em}continued. | Shops{/em} closed early.",
            "attribute:title: Islamic Revolutionary Guard Corps",
            "paragraph: Use {code/} to see {span/} work.",
            "attribute:alt: A protest in Zahedan.",
            "paragraph: But this.",
            "caption: Events",
            "table-header: City",
            "table-cell: Tabriz {comment/} rally",
            "attribute:placeholder: Search the archive",
            "attribute:aria-label: Search",
        ])
    }

    func testCodeOriginalsAreTheMarkupAsWritten() throws {
        let document = try readDocument(page, .html)
        let paragraph = try XCTUnwrap(document.blocks.first { $0.kind == .paragraph })
        XCTAssertEqual(paragraph.content.compactMap(\.code).map(\.original),
                       ["<b>", "</b>", "<a href=\"/irgc\" title=\"Islamic Revolutionary Guard Corps\">", "</a>", "<br>", "<em>", "</em>"])
    }

    func testOmittedEndTagsAndImpliedElements() throws {
        let html = "<p>Unclosed <i>italic\n<p>Next paragraph.\n<ul><li>One<li>Two</ul>"
        XCTAssertEqual(outline(try readDocument(html, .html)), [
            "paragraph: Unclosed {i}italic",
            "paragraph: Next paragraph.",
            "list-item: One",
            "list-item: Two",
        ])
    }

    func testTextAfterTheBodyEndTagIsStillText() throws {
        let html = "<p>Last paragraph.</p></body>\n</html>\n<p>Stray text after the document.</p>\n"
        XCTAssertEqual(outline(try readDocument(html, .html)), [
            "paragraph: Last paragraph.",
            "paragraph: Stray text after the document.",
        ])
    }

    func testPersianPageWithCharacterReferences() throws {
        let html = "<html dir=\"rtl\" lang=\"fa\"><body><p>مردم می&zwnj;گویند «کافی است». آیا دولت گوش می&#x200C;دهد؟</p></body></html>"
        XCTAssertEqual(outline(try readDocument(html, .html, language: .persian)), [
            "paragraph: مردم می\u{200C}گویند «کافی است». | آیا دولت گوش می\u{200C}دهد؟",
        ])
    }
}
