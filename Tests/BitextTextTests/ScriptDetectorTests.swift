import BitextText
import XCTest

final class ScriptDetectorTests: XCTestCase {
    func testPersianTextIsArabicScript() {
        XCTAssertEqual(ScriptDetector.dominantScript(of: "رئیس‌جمهور پزشکیان روز یکشنبه به نیویورک رفت."), .arabic)
    }

    func testEnglishTextIsLatinScript() {
        XCTAssertEqual(ScriptDetector.dominantScript(of: "President Pezeshkian flew to New York on Sunday."), .latin)
    }

    func testDigitsAndPunctuationHaveNoScript() {
        XCTAssertNil(ScriptDetector.dominantScript(of: "۱۴۰۳/۰۶/۲۱ — 2024! (۱۰٪) «…»"))
        XCTAssertNil(ScriptDetector.dominantScript(of: ""))
        XCTAssertNil(ScriptDetector.dominantScript(of: "\u{200C}\u{64E}\u{654}"))
    }

    func testMostlyPersianTextWithALatinNameIsArabicScript() {
        // 12 Arabic-script letters against 10 Latin ones.
        XCTAssertEqual(ScriptDetector.dominantScript(of: "رئیس‌جمهور Pezeshkian گفت"), .arabic)
        XCTAssertEqual(ScriptDetector.dominantScript(of: "خبرگزاری IRNA گزارش داد که Rafael Grossi به تهران می‌آید."), .arabic)
    }

    func testMostlyEnglishTextWithAPersianWordIsLatinScript() {
        XCTAssertEqual(ScriptDetector.dominantScript(of: "The word رئیس‌جمهور means president."), .latin)
    }

    /// Text pasted from old PDFs is often in presentation forms (ﻻ, ﮐ, ﻮ); it is still Persian.
    func testArabicPresentationFormsCountAsArabicScript() {
        XCTAssertEqual(ScriptDetector.dominantScript(of: "\u{FEFB}\u{FB90}\u{FEEE}"), .arabic)
        XCTAssertEqual(ScriptDetector.dominantScript(of: "\u{FEFB}\u{FB90}\u{FEEE} IR"), .arabic)
    }
}
