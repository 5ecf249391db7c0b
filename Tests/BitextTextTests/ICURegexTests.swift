import BitextText
import XCTest

final class ICURegexTests: XCTestCase {
    let mixed = "وزیر خارجه ایران با مدیرکل IAEA در وین دیدار کرد"

    func testUppercaseLetterClassFindsOnlyTheLatinAcronymInPersianText() throws {
        let regex = try ICURegex("\\p{Lu}+")
        regex.setSubject(Array(mixed.utf16))
        XCTAssertEqual(regex.matches(), [27..<31])
        XCTAssertEqual(pieces(of: mixed, in: regex.matches()), ["IAEA"])
    }

    func testMatchRangesAreUTF16OffsetsPastASurrogatePair() throws {
        let text = "📢 خبر فوری: IAEA و Tehran"
        let regex = try ICURegex("\\p{Lu}\\p{L}*")
        regex.setSubject(Array(text.utf16))
        // The emoji takes two UTF-16 units, so خبر starts at 3, not 2.
        XCTAssertEqual(regex.matches(), [13..<17, 20..<26])
        let persian = try ICURegex("\\p{Arabic}+")
        persian.setSubject(Array(text.utf16))
        XCTAssertEqual(persian.matches(), [3..<6, 7..<11, 18..<19])
        XCTAssertEqual(pieces(of: text, in: persian.matches()), ["خبر", "فوری", "و"])
    }

    func testPersianDigitsAreNotMatchedByASCIIDigitClass() throws {
        let text = "ساعت ۱۰ صبح (10 a.m.)"
        let ascii = try ICURegex("[0-9]+")
        ascii.setSubject(Array(text.utf16))
        XCTAssertEqual(ascii.matches(), [13..<15])
        let any = try ICURegex("\\d+")
        any.setSubject(Array(text.utf16))
        XCTAssertEqual(any.matches(), [5..<7, 13..<15])
    }

    func testMatchesPrefixIsAnchoredAtTheStartOfTheRegion() throws {
        let regex = try ICURegex("\\p{Lu}+")
        regex.setSubject(Array(mixed.utf16))
        XCTAssertTrue(regex.matchesPrefix(from: 27, limit: 31))
        XCTAssertTrue(regex.matchesPrefix(from: 28, limit: mixed.utf16.count))
        XCTAssertFalse(regex.matchesPrefix(from: 26, limit: mixed.utf16.count))
        XCTAssertFalse(regex.matchesPrefix(from: 0, limit: mixed.utf16.count))
        XCTAssertFalse(regex.matchesPrefix(from: 27, limit: 27))
    }

    /// Only the case where the limit is the end of the subject: with a limit inside the text,
    /// `matchesSuffix` currently ignores the limit (see the report on `uregex_find` resetting
    /// the region), so that case is not asserted here.
    func testMatchesSuffixFindsATitleEndingTheSubject() throws {
        let regex = try ICURegex("\\b(?:Mr|Mrs|Dr)\\.$")
        let ending = "President Pezeshkian met Mr."
        regex.setSubject(Array(ending.utf16))
        XCTAssertTrue(regex.matchesSuffix(from: 0, limit: 28))
        let notEnding = "President Pezeshkian met Mr. Grossi"
        regex.setSubject(Array(notEnding.utf16))
        XCTAssertFalse(regex.matchesSuffix(from: 0, limit: 35))
    }

    func testCaseInsensitiveOptionMatchesAcronymInAnyCase() throws {
        let regex = try ICURegex("iaea", options: .caseInsensitive)
        regex.setSubject(Array(mixed.utf16))
        XCTAssertEqual(regex.matches(), [27..<31])
        let exact = try ICURegex("iaea")
        exact.setSubject(Array(mixed.utf16))
        XCTAssertEqual(exact.matches(), [])
    }

    func testEmptySubjectHasNoMatches() throws {
        let regex = try ICURegex("\\p{L}*x")
        regex.setSubject([])
        XCTAssertEqual(regex.matches(), [])
    }

    func testUnbalancedParenthesisThrowsWithLineAndOffset() throws {
        XCTAssertThrowsError(try ICURegex("(IAEA")) { error in
            guard let error = error as? ICUError else { return XCTFail("not an ICUError: \(error)") }
            XCTAssertEqual(error.description, "compiling regular expression (IAEA: U_REGEX_MISMATCHED_PAREN at line 1, offset 5")
        }
    }

    func testUnknownPropertyThrows() throws {
        XCTAssertThrowsError(try ICURegex("\\p{Persian}")) { error in
            XCTAssertTrue((error as? ICUError)?.description.hasPrefix("compiling regular expression \\p{Persian}: U_REGEX_PROPERTY_SYNTAX") ?? false,
                          "\(error)")
        }
    }
}
