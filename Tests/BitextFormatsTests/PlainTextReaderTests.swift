import BitextFormats
import BitextModel
import XCTest

/// How plain text is divided into blocks.
final class PlainTextReaderTests: XCTestCase {
    func testParagraphsHeadlinesAndLists() throws {
        let text = "Iran Upholds Sentence\n\nTEHRAN — The court ruled on Sunday. The lawyer\nwill appeal.\n\n"
            + "- First item\n- Second item\n  continues here\n\nTitle\n=====\n1. Numbered item\n2) Another one\n"
        XCTAssertEqual(outline(try readDocument(text, .plainText)), [
            "heading1: Iran Upholds Sentence",
            "paragraph: TEHRAN — The court ruled on Sunday. | The lawyer will appeal.",
            "list-item: First item",
            "list-item: Second item continues here",
            "heading1: Title",
            "list-item: Numbered item",
            "list-item: Another one",
        ])
    }

    func testCRLFAndBOMAreKeptAndLinesJoin() throws {
        let text = "\u{FEFF}First line of a paragraph\r\ncontinues here.\r\n\r\n\tIndented second paragraph.\r\n"
        let document = try readDocument(text, .plainText)
        XCTAssertEqual(outline(document), [
            "paragraph: First line of a paragraph continues here.",
            "paragraph: Indented second paragraph.",
        ])
        XCTAssertEqual(document.blocks[1].source, 50..<76)
        XCTAssertEqual(DocumentWriter.write(document) { _, _ in nil }, Array(text.utf8))
    }

    func testWhitespaceOnlyAndEmptyFilesHaveNoBlocks() throws {
        XCTAssertEqual(try readDocument("", .plainText).blocks.count, 0)
        XCTAssertEqual(try readDocument(" \n\t\n\r\n", .plainText).blocks.count, 0)
        XCTAssertEqual(try readDocument("", .markdown).blocks.count, 0)
        XCTAssertEqual(try readDocument("", .html).blocks.count, 0)
    }
}
