import BitextModel
import XCTest

/// Stored content comes back exactly, whatever characters it holds.
final class InlineCodecTests: XCTestCase {
    func testContentRoundTripsThroughItsStoredForm() {
        let bold = InlineCode(id: 2, kind: "b", original: "<b class=\"x;y\">", source: 10..<25)
        let content: [Inline] = [
            .text(TextRun("سردار «حسین»؛ 3:4;5,", source: 0..<10, isVerbatim: true)),
            .open(bold),
            .text(TextRun("\u{200C}\n\t", source: nil, isVerbatim: false)),
            .close(InlineCode(id: 2, kind: "b", original: "</b>", source: nil)),
            .placeholder(InlineCode(id: 3, kind: "br", original: "", source: 30..<30)),
        ]
        let stored = InlineCodec.encode(content)
        XCTAssertEqual(InlineCodec.decode(stored), content)
        XCTAssertEqual(InlineCodec.decode(""), [])
    }

    func testDamagedStoredFormIsRejected() {
        XCTAssertNil(InlineCodec.decode("t0,5,1;99:short"))
        XCTAssertNil(InlineCodec.decode("x1,,;1:a1:b"))
        XCTAssertNil(InlineCodec.decode("o,,;1:a1:b"))
    }
}
