import BitextInterchange
import BitextModel
import XCTest

/// The inline-code checks an import runs on every translation.
final class TargetChecksTests: XCTestCase {
    let bold = InlineCode(id: 1, kind: "b", original: "<b>", source: nil)
    let boldEnd = InlineCode(id: 1, kind: "b", original: "</b>", source: nil)
    let lineBreak = InlineCode(id: 2, kind: "br", original: "<br>", source: nil)

    var source: [Inline] {
        [.text(TextRun("Gen. ")), .open(bold), .text(TextRun("Ahmadvand")), .close(boldEnd), .text(TextRun(" spoke.")), .placeholder(lineBreak)]
    }

    func testAllCodesOnceInAnyOrderIsFine() {
        let target: [Inline] = [.placeholder(lineBreak), .text(TextRun("سردار ")), .open(bold), .text(TextRun("احمدوند")), .close(boldEnd),
                                .text(TextRun(" سخن گفت."))]
        XCTAssertEqual(TargetChecks.codeProblems(source: source, target: target), [])
    }

    func testMissingInventedAndDuplicatedCodesAreNamed() {
        let invented = InlineCode(id: 7, kind: "i", original: "", source: nil)
        let target: [Inline] = [.open(bold), .text(TextRun("احمدوند")), .close(boldEnd), .placeholder(invented), .open(bold), .close(boldEnd)]
        XCTAssertEqual(TargetChecks.codeProblems(source: source, target: target), [
            "code 2 (<br>) is missing; put it back where it belongs in the translation",
            "the start of code 1 (<b>) appears 2 times; keep it once",
            "the end of code 1 (</b>) appears 2 times; keep it once",
            "code 7 is not in the source; remove it",
        ])
    }

    func testEndBeforeStartAndOverlapsAreBadNesting() {
        let link = InlineCode(id: 3, kind: "a", original: "<a>", source: nil)
        let linkEnd = InlineCode(id: 3, kind: "a", original: "</a>", source: nil)
        let nested: [Inline] = [.open(bold), .open(link), .text(TextRun("x")), .close(linkEnd), .close(boldEnd)]
        XCTAssertEqual(TargetChecks.codeProblems(source: nested, target: [.close(boldEnd), .open(bold), .open(link), .close(linkEnd)]),
                       ["the end of code 1 comes before its start; move it after the start"])
        XCTAssertEqual(TargetChecks.codeProblems(source: nested, target: [.open(bold), .open(link), .close(boldEnd), .close(linkEnd)]),
                       ["codes 1 and 3 overlap; close the inner one first"])
    }

    func testCopiesAndEmptyTargets() {
        XCTAssertTrue(TargetChecks.isCopyOfSource(source: source, target: [.text(TextRun("Gen.  Ahmadvand spoke."))]))
        XCTAssertFalse(TargetChecks.isCopyOfSource(source: source, target: [.text(TextRun("سردار احمدوند سخن گفت."))]))
        XCTAssertTrue(TargetChecks.isEmpty([.text(TextRun(" \n"))]))
        XCTAssertFalse(TargetChecks.isEmpty([.placeholder(lineBreak)]))
    }
}
