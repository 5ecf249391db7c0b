import BitextModel
import Foundation
import XCTest

final class LanguageTagTests: XCTestCase {
    func testValidTagsKeepRegionCaseAndLowercaseTheLanguage() throws {
        XCTAssertEqual(LanguageTag("fa")?.value, "fa")
        XCTAssertEqual(LanguageTag("fa-IR")?.value, "fa-IR")
        XCTAssertEqual(LanguageTag("en-US")?.value, "en-US")
        XCTAssertEqual(LanguageTag("EN")?.value, "en")
        XCTAssertEqual(LanguageTag("FA-IR")?.value, "fa-IR")
        XCTAssertEqual(LanguageTag("fa-Arab-IR")?.value, "fa-Arab-IR")
        XCTAssertEqual(LanguageTag("fa-IR")?.description, "fa-IR")
    }

    func testLanguageIsThePrimarySubtag() {
        XCTAssertEqual(LanguageTag("fa-IR")?.language, "fa")
        XCTAssertEqual(LanguageTag("EN-GB")?.language, "en")
        XCTAssertEqual(LanguageTag.persian.language, "fa")
        XCTAssertEqual(LanguageTag.english.value, "en")
    }

    func testMalformedTagsAreRejected() {
        for string in ["", "e", "fa_IR", "123", "fa-", "-IR", "fa--IR", "فارسی", "fa-IR-toolongsubtag", "engl", "f4"] {
            XCTAssertNil(LanguageTag(string), string)
        }
    }

    func testPersianArabicAndHebrewAreRightToLeftButEnglishIsNot() {
        XCTAssertTrue(LanguageTag("fa")!.isRightToLeft)
        XCTAssertTrue(LanguageTag("fa-IR")!.isRightToLeft)
        XCTAssertTrue(LanguageTag("ar")!.isRightToLeft)
        XCTAssertTrue(LanguageTag("he")!.isRightToLeft)
        XCTAssertTrue(LanguageTag("FA")!.isRightToLeft)
        XCTAssertFalse(LanguageTag("en")!.isRightToLeft)
        XCTAssertFalse(LanguageTag("en-US")!.isRightToLeft)
        XCTAssertFalse(LanguageTag("tr")!.isRightToLeft)
    }

    func testCodableRoundTripEncodesAPlainString() throws {
        let tags = [LanguageTag("fa-IR")!, LanguageTag.english]
        let data = try JSONEncoder().encode(tags)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["fa-IR","en"]"#)
        XCTAssertEqual(try JSONDecoder().decode([LanguageTag].self, from: data), tags)
    }

    func testDecodingNormalizesTheLanguageSubtag() throws {
        let decoded = try JSONDecoder().decode([LanguageTag].self, from: Data(#"["FA-IR"]"#.utf8))
        XCTAssertEqual(decoded.map(\.value), ["fa-IR"])
    }

    func testDecodingAMalformedTagThrowsDataCorrupted() {
        XCTAssertThrowsError(try JSONDecoder().decode([LanguageTag].self, from: Data(#"["fa_IR"]"#.utf8))) { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(context.debugDescription, "not a language tag: fa_IR")
        }
    }
}
