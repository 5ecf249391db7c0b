import BitextFormats
import BitextModel
import XCTest

/// Bad input gets a clear error naming the file and the place; good input of any size reads.
final class SourceTextTests: XCTestCase {
    func testInvalidUTF8NamesTheByteOffsetAndLine() {
        let bytes = Array("Tehran\nIsfahan ".utf8) + [0xD9] + Array(" Mashhad".utf8)
        XCTAssertThrowsError(try DocumentReader.read(bytes: bytes, format: .plainText, id: "x", file: "cities.txt")) { error in
            XCTAssertEqual("\(error)", "cities.txt: invalid UTF-8 at byte offset 15 (line 2); save the file as UTF-8 "
                + "(for example with `iconv -f WINDOWS-1256 -t UTF-8`) and try again")
        }
    }

    func testOverlongAndSurrogateEncodingsAreInvalid() {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            XCTAssertThrowsError(try DocumentReader.read(bytes: Array("ok ".utf8) + bad, format: .markdown, id: "x", file: "a.md")) { error in
                XCTAssertTrue("\(error)".hasPrefix("a.md: invalid UTF-8 at byte offset 3 (line 1)"), "\(error)")
            }
        }
    }

    func testBinaryInputIsRefused() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
        XCTAssertThrowsError(try DocumentReader.read(bytes: bytes, format: .html, id: "x", file: "photo.html")) { error in
            XCTAssertEqual("\(error)", "photo.html: looks like a binary file (NUL byte at offset 8); Bitext reads plain text, Markdown and HTML articles")
        }
    }

    func testByteOrderMarkIsKeptAndNotTranslated() throws {
        for format in DocumentFormat.allCases {
            let text = format == .html ? "\u{FEFF}<p>Tehran.</p>" : "\u{FEFF}Tehran."
            let document = try readDocument(text, format)
            XCTAssertEqual(document.blocks.map(\.plainText), ["Tehran."], "\(format)")
            XCTAssertEqual(DocumentWriter.write(document) { _, _ in [.text(TextRun("تهران."))] },
                           Array(text.replacingOccurrences(of: "Tehran.", with: "تهران.").utf8), "\(format)")
        }
    }

    /// A 1 MB article (12,000 paragraphs) in each format reads, segments and round-trips.
    func testLargeArticlesReadInFull() throws {
        let paragraph = "Gen. Hossein Ahmadvand said on Monday that the U.S. had no role. Protests continued in Zahedan."
        for format in DocumentFormat.allCases {
            let body = (0..<12_000).map { index in
                format == .html ? "<p>\(index): \(paragraph)</p>" : "\(index): \(paragraph)"
            }.joined(separator: "\n\n")
            let bytes = Array(body.utf8)
            XCTAssertGreaterThan(bytes.count, 1_000_000)
            let document = try readDocument(body, format)
            XCTAssertEqual(document.blocks.count, 12_000, "\(format)")
            XCTAssertEqual(document.blocks.reduce(0) { $0 + $1.segments.count }, 24_000, "\(format)")
            XCTAssertEqual(DocumentWriter.write(document) { _, _ in nil }, bytes, "\(format)")
        }
    }
}
