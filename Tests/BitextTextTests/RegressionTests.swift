import BitextText
import XCTest

/// Bugs found by review, kept fixed.
final class TextRegressionTests: XCTestCase {
    func testMatchesSuffixHonoursTheRegionLimit() throws {
        let regex = try ICURegex(#"\b(?:Mr|Mrs|Dr)\.$"#)
        regex.setSubject(Array("President Pezeshkian met Mr. Grossi".utf16))
        XCTAssertTrue(regex.matchesSuffix(from: 0, limit: 28))
        XCTAssertFalse(regex.matchesSuffix(from: 0, limit: 27))
        regex.setSubject(Array("He met Mr.".utf16))
        XCTAssertFalse(regex.matchesSuffix(from: 0, limit: 3))
        XCTAssertTrue(regex.matchesSuffix(from: 0, limit: 10))
    }

    func testScriptDetectorCountsLettersOnly() {
        XCTAssertNil(ScriptDetector.dominantScript(of: "۲ × ۳ = ۶ ÷ ۱"))
        XCTAssertNil(ScriptDetector.dominantScript(of: "۵۰۰ \u{FDFC} \u{FD3E}۱\u{FD3F}"))
        XCTAssertNil(ScriptDetector.dominantScript(of: "ـــ"))
    }

    func testMalformedLanguageTagsAreRejectedByICU() {
        for tag in ["", "x", "fa_IR", "fa-"] {
            XCTAssertThrowsError(try ICU.localeID(forLanguageTag: tag), tag)
        }
    }
}
