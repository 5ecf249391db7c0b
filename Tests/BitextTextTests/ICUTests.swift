import BitextText
import XCTest

final class ICUTests: XCTestCase {
    func testLocaleIDForLanguageTagUsesUnderscoresAndKeywords() throws {
        XCTAssertEqual(try ICU.localeID(forLanguageTag: "fa-IR"), "fa_IR")
        XCTAssertEqual(try ICU.localeID(forLanguageTag: "en"), "en")
        XCTAssertEqual(try ICU.localeID(forLanguageTag: "EN-us"), "en_US")
        XCTAssertEqual(try ICU.localeID(forLanguageTag: "fa-Arab-IR"), "fa_Arab_IR")
        XCTAssertEqual(try ICU.localeID(forLanguageTag: "fa-IR-u-ca-persian"), "fa_IR@calendar=persian")
    }

    func testVersionIsADottedNumber() {
        let version = ICU.version
        XCTAssertFalse(version.isEmpty)
        XCTAssertTrue(version.first?.isNumber ?? false, version)
        XCTAssertTrue(version.allSatisfy { $0.isNumber || $0 == "." }, version)
        XCTAssertTrue(version.contains("."), version)
    }

    /// Several expectations in these tests (suppression lists, Arabic-Latin output, error
    /// offsets) are ICU 72 data; a different system ICU should fail here first.
    func testSystemICUIsVersion72() {
        XCTAssertTrue(ICU.version.hasPrefix("72."), ICU.version)
    }
}
