import BitextFormats
import BitextModel
import XCTest

/// A translated page says what language and direction it is in.
final class HTMLLanguageTests: XCTestCase {
    func set(_ html: String, _ language: LanguageTag = .persian) -> String {
        String(decoding: HTMLLanguage.setting(language, in: Array(html.utf8)), as: UTF8.self)
    }

    func testReplacesExistingLangAndAddsDir() {
        XCTAssertEqual(set("<!DOCTYPE html>\n<!-- page -->\n<html class='no-js' lang='en'>\n<body></body></html>"),
                       "<!DOCTYPE html>\n<!-- page -->\n<html dir=\"rtl\" class='no-js' lang='fa'>\n<body></body></html>")
    }

    func testAddsBothToABareTagAndKeepsTheBOM() {
        XCTAssertEqual(set("\u{FEFF}<HTML>\r\n<p>x</p></HTML>"), "\u{FEFF}<HTML lang=\"fa\" dir=\"rtl\">\r\n<p>x</p></HTML>")
    }

    func testReplacesUnquotedAndDoubleQuotedValues() {
        XCTAssertEqual(set("<html dir=ltr lang=\"en-US\">", .english), "<html dir=ltr lang=\"en\">")
        XCTAssertEqual(set("<html dir=\"ltr\" lang=en>"), "<html dir=\"rtl\" lang=fa>")
    }

    func testAFragmentIsLeftAlone() {
        XCTAssertEqual(set("<p>Just a paragraph.</p>"), "<p>Just a paragraph.</p>")
        XCTAssertEqual(set("<htmlx lang=en>"), "<htmlx lang=en>")
    }
}
