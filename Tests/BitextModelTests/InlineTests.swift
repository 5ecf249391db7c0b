import BitextModel
import XCTest

final class InlineTests: XCTestCase {
    let emOpen = InlineCode(id: 1, kind: "em", original: "<em>", source: 22..<26)
    let emClose = InlineCode(id: 1, kind: "em", original: "</em>", source: 32..<37)

    func testPlainTextJoinsTextRunsAndSkipsCodes() {
        let content: [Inline] = [
            .text(TextRun("Court ruled on ", source: 3..<18, isVerbatim: true)),
            .open(emOpen),
            .text(TextRun("Sunday", source: 26..<32, isVerbatim: true)),
            .close(emClose),
            .placeholder(InlineCode(id: 2, kind: "br", original: "<br>", source: 37..<41)),
            .text(TextRun(" & ", source: 41..<48)),
            .text(TextRun("رئیس‌جمهور", source: 48..<67, isVerbatim: true)),
        ]
        XCTAssertEqual(content.plainText, "Court ruled on Sunday & رئیس‌جمهور")
        XCTAssertEqual(content.sourceRange, 3..<67)
        XCTAssertEqual(Block(kind: .paragraph, content: content).source, 3..<67)
        XCTAssertEqual(Block(kind: .paragraph, content: content).plainText, "Court ruled on Sunday & رئیس‌جمهور")
    }

    func testSourceRangeRunsFromFirstToLastElementEvenIfCodesEndIt() {
        let content: [Inline] = [.open(emOpen), .text(TextRun("Sunday", source: 26..<32, isVerbatim: true)), .close(emClose)]
        XCTAssertEqual(content.sourceRange, 22..<37)
        XCTAssertEqual(content.plainText, "Sunday")
    }

    func testSourceRangeNeedsOnlyTheFirstAndLastSources() {
        let middle: [Inline] = [.open(emOpen), .text(TextRun("Sunday")), .close(emClose)]
        XCTAssertEqual(middle.sourceRange, 22..<37)
        let noFirst: [Inline] = [.text(TextRun("Sunday")), .close(emClose)]
        XCTAssertNil(noFirst.sourceRange)
        let noLast: [Inline] = [.open(emOpen), .text(TextRun("Sunday"))]
        XCTAssertNil(noLast.sourceRange)
        XCTAssertNil([Inline]().sourceRange)
        XCTAssertEqual([Inline]().plainText, "")
    }

    func testSourceRangeNeverEndsBeforeItStarts() {
        let backwards: [Inline] = [.close(emClose), .open(emOpen)]
        XCTAssertEqual(backwards.sourceRange, 32..<32)
    }

    func testCodeAndSourceAccessors() {
        let run = Inline.text(TextRun("Sunday", source: 26..<32, isVerbatim: true))
        XCTAssertNil(run.code)
        XCTAssertEqual(run.source, 26..<32)
        XCTAssertEqual(Inline.close(emClose).code, emClose)
        XCTAssertEqual(Inline.placeholder(emOpen).source, 22..<26)
    }
}
