import BitextFormats
import BitextModel
import XCTest

/// Translations written back into each format: only the segments change, codes come back as
/// written, and translator text is escaped.
final class WriterTests: XCTestCase {
    /// Writes `translations` (source sentence → target content) into a document.
    func write(_ document: Document, _ translations: [String: [Inline]]) -> String {
        String(decoding: DocumentWriter.write(document) { _, segment in translations[segment.plainText] }, as: UTF8.self)
    }

    func code(_ document: Document, block: Int, _ kind: String) throws -> InlineCode {
        try XCTUnwrap(document.blocks[block].content.compactMap(\.code).first { $0.kind == kind })
    }

    func testPlainTextTranslationKeepsLayoutAroundSegments() throws {
        let source = "Iran Upholds Sentence\r\n\r\nThe court ruled on Sunday. The lawyer\r\nwill appeal.\r\n"
        let document = try readDocument(source, .plainText)
        let output = write(document, [
            "The court ruled on Sunday.": [.text(TextRun("دادگاه روز یکشنبه رأی داد."))],
            "The lawyer will appeal.": [.text(TextRun("وکیل درخواست تجدیدنظر خواهد کرد."))],
        ])
        XCTAssertEqual(output, "Iran Upholds Sentence\r\n\r\nدادگاه روز یکشنبه رأی داد. وکیل درخواست تجدیدنظر خواهد کرد.\r\n")
    }

    func testHTMLTranslationEscapesTextAndKeepsCodes() throws {
        let source = "<p>Gen. Hossein <b>Ahmadvand</b> spoke. Protests <em>continued.</em></p>\n"
        let document = try readDocument(source, .html)
        let bold = try code(document, block: 0, "b")
        let output = write(document, [
            "Gen. Hossein Ahmadvand spoke.": [.text(TextRun("سردار حسین ")), .open(bold), .text(TextRun("احمدوند")), .close(bold),
                                             .text(TextRun(" <script>alert(1)</script> & سخن گفت."))],
        ])
        XCTAssertEqual(output, "<p>سردار حسین <b>احمدوند</b> &lt;script&gt;alert(1)&lt;/script&gt; &amp; سخن گفت. Protests <em>continued.</em></p>\n")
    }

    func testAttributeTranslationInsideATranslatedSentenceLandsInItsTag() throws {
        let source = "<p>The <a href=\"/irgc\" title=\"Revolutionary Guards\">IRGC</a> responded.</p>"
        let document = try readDocument(source, .html)
        let link = try code(document, block: 0, "a")
        let output = write(document, [
            "The IRGC responded.": [.text(TextRun("")), .open(link), .text(TextRun("سپاه")), .close(link), .text(TextRun(" واکنش نشان داد."))],
            "Revolutionary Guards": [.text(TextRun("سپاه \"پاسداران\""))],
        ])
        XCTAssertEqual(output, "<p><a href=\"/irgc\" title=\"سپاه &quot;پاسداران&quot;\">سپاه</a> واکنش نشان داد.</p>")
    }

    func testAttributeTranslationAloneAndInSingleQuotes() throws {
        let source = "<img src='a.jpg' alt='Protest in Zahedan'><p>Caption.</p>"
        let document = try readDocument(source, .html)
        XCTAssertEqual(write(document, ["Protest in Zahedan": [.text(TextRun("Women's march"))]]),
                       "<img src='a.jpg' alt='Women&#39;s march'><p>Caption.</p>")
    }

    func testMarkdownTranslationEscapesMarkupCharacters() throws {
        let source = "- The *first* item.\n- Second.\n"
        let document = try readDocument(source, .markdown)
        let emphasis = try code(document, block: 0, "emphasis")
        XCTAssertEqual(write(document, [
            "The first item.": [.open(emphasis), .text(TextRun("نخستین")), .close(emphasis), .text(TextRun(" مورد [۱] با * و _."))],
            "Second.": [.text(TextRun("- دوم."))],
        ]), "- *نخستین* مورد \\[۱\\] با \\* و \\_.\n- \\- دوم.\n")
    }
}

extension WriterTests {
    func testUnquotedAttributeValueStaysOneValue() throws {
        let document = try readDocument("<img src=a.jpg alt=Zahedan><p>Text.</p>", .html)
        XCTAssertEqual(write(document, ["Zahedan": [.text(TextRun("Zahedan, Friday = protest"))]]),
                       "<img src=a.jpg alt=Zahedan,&#32;Friday&#32;&#61;&#32;protest><p>Text.</p>")
    }
}
