import BitextFormats
import BitextModel
import XCTest

/// Translations written with the document's markup (PO, CSV) become content again.
final class MarkupDecoderTests: XCTestCase {
    func testHTMLTagsBecomeTheSourceCodesAndEntitiesAreDecoded() throws {
        let document = try readDocument("<p>Gen. Hossein <b>Ahmadvand</b> said the <a href=\"/irgc\">IRGC</a> would respond.</p>", .html)
        let source = document.blocks[0].segments[0].content
        let content = try MarkupDecoder.decode("سردار <b>احمدوند</b> گفت <a href=\"/irgc\">سپاه</a> &amp; بسیج پاسخ می‌دهند.", format: .html, source: source)
        XCTAssertEqual(describe(content), "سردار {b}احمدوند{/b} گفت {a}سپاه{/a} & بسیج پاسخ می‌دهند.")
        XCTAssertEqual(content.compactMap(\.code).map(\.id), source.compactMap(\.code).map(\.id))
    }

    func testATagTheSourceDoesNotHaveIsRefused() throws {
        let document = try readDocument("<p>The court <b>ruled</b>.</p>", .html)
        XCTAssertThrowsError(try MarkupDecoder.decode("دادگاه <i>رأی</i> داد.", format: .html, source: document.blocks[0].segments[0].content)) { error in
            XCTAssertEqual(error as? MarkupDecoder.UnknownMarkup, MarkupDecoder.UnknownMarkup(markup: "<i>"))
        }
    }

    func testMarkdownDelimitersPairInOrderAndEscapesStayText() throws {
        let document = try readDocument("The **first** and **second** items.\n", .markdown)
        let content = try MarkupDecoder.decode("مورد **نخست** و **دوم** \\*مهم\\*.", format: .markdown, source: document.blocks[0].segments[0].content)
        XCTAssertEqual(describe(content), "مورد {strong}نخست{/strong} و {strong}دوم{/strong} *مهم*.")
        let ids = content.compactMap(\.code).map(\.id)
        XCTAssertEqual(ids, [1, 1, 2, 2])
    }
}
