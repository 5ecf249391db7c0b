import BitextFormats
import BitextModel
import XCTest

/// What the Markdown reader offers for translation, and what it keeps out.
final class MarkdownReaderTests: XCTestCase {
    func testHeadingsParagraphsListsQuotesAndTablesAreBlocks() throws {
        let markdown = """
        # Iran *upholds* sentence

        TEHRAN, Nov. 24 — Mr. Jahanbani's lawyer spoke at 10 a.m. on Sunday. She will appeal.
        He was not in court.

        - First **item**. Second sentence.
        - Access to a lawyer.

        | City | Event |
        |------|-------|
        | Zahedan | Protest at the *mosque* |

        > A quote. With \\*escaped\\* text.
        """
        XCTAssertEqual(outline(try readDocument(markdown, .markdown)), [
            "heading1: Iran {emphasis}upholds{/emphasis} sentence",
            "paragraph: TEHRAN, Nov. 24 — Mr. Jahanbani's lawyer spoke at 10 a.m. on Sunday. | She will appeal. | He was not in court.",
            "list-item: First {strong}item{/strong}. | Second sentence.",
            "list-item: Access to a lawyer.",
            "table-header: City",
            "table-header: Event",
            "table-cell: Zahedan",
            "table-cell: Protest at the {emphasis}mosque{/emphasis}",
            "quote: A quote. | With *escaped* text.",
        ])
    }

    func testLinkTextAndImageAltAreTranslatedButURLsAndCodeAreNot() throws {
        let markdown = """
        Her lawyer, [Dr. Sadeghi](https://example.org/s "Profile"), said `the file` was closed.

        ![Protesters in Tehran](img.jpg) Caption text.

        See <https://www.amnesty.org> and www.iaea.org for more.
        """
        let document = try readDocument(markdown, .markdown)
        XCTAssertEqual(outline(document), [
            "paragraph: Her lawyer, {link}Dr. Sadeghi{/link}, said {code/} was closed.",
            "paragraph: {image}Protesters in Tehran{/image} Caption text.",
            "paragraph: See {url/} and {url/} for more.",
        ])
        let codes = document.blocks[0].content.compactMap(\.code).map(\.original)
        XCTAssertEqual(codes, ["[", "](https://example.org/s \"Profile\")", "`the file`"])
    }

    func testFrontMatterCodeBlocksAndHTMLBlocksStayInTheSkeleton() throws {
        let markdown = """
        ---
        title: Front matter is metadata
        ---
        Text after front matter.

            indented code is not translated

        ```swift
        let fenced = "not translated"
        ```

        <div class="ad">Raw HTML block.</div>

        Last paragraph.
        """
        XCTAssertEqual(outline(try readDocument(markdown, .markdown)), [
            "paragraph: Text after front matter.",
            "paragraph: Last paragraph.",
        ])
    }

    func testSoftLineBreaksJoinAHardWrappedParagraphAndHardBreaksAreCodes() throws {
        let markdown = "The court upheld the\nsentence on Sunday.  \nHis lawyer will appeal.\\\nShe said so.\n"
        let document = try readDocument(markdown, .markdown)
        XCTAssertEqual(outline(document), [
            "paragraph: The court upheld the sentence on Sunday.{linebreak/} | His lawyer will appeal.{linebreak/} | She said so.",
        ])
    }

    func testEntitiesAreDecodedForTheTranslator() throws {
        let document = try readDocument("AT&amp;T &copy; 2024 &#1601;&#x200C;\n", .markdown)
        XCTAssertEqual(document.blocks.map(\.plainText), ["AT&T © 2024 ف\u{200C}"])
    }

    func testPersianArticleWithTable() throws {
        let markdown = """
        ## اعتراض‌ها در زاهدان

        نیروهای امنیتی روز جمعه به نمازگزاران شلیک کردند. دست‌کم ۶۶ نفر کشته شدند.

        | شهر | رویداد |
        |---|---|
        | زاهدان | تجمع پس از نماز جمعه |
        """
        XCTAssertEqual(outline(try readDocument(markdown, .markdown, language: .persian)), [
            "heading2: اعتراض‌ها در زاهدان",
            "paragraph: نیروهای امنیتی روز جمعه به نمازگزاران شلیک کردند. | دست‌کم ۶۶ نفر کشته شدند.",
            "table-header: شهر",
            "table-header: رویداد",
            "table-cell: زاهدان",
            "table-cell: تجمع پس از نماز جمعه",
        ])
    }
}
