import BitextText
import XCTest

final class TransformTests: XCTestCase {
    /// The filtered presentation-form rule from DESIGN.md ("The ICU rule").
    let presentationForms = "::Null;\n::[\\uFB50-\\uFDFF\\uFE70-\\uFEFF] Any-NFKC;"

    func testRulesMapArabicYehAndKafToPersianLetters() throws {
        let transform = try Transform(rules: "ي > ی; ك > ک;")
        let result = try transform.apply("كتاب عربي")
        XCTAssertEqual(scalarValues(result), [0x6A9, 0x62A, 0x627, 0x628, 0x20, 0x639, 0x631, 0x628, 0x6CC])
        XCTAssertEqual(scalarValues(result), scalarValues("کتاب عربی"))
    }

    func testRulesLeaveTextWithoutMatchesUnchanged() throws {
        let transform = try Transform(rules: "ي > ی; ك > ک;")
        let text = "رئیس‌جمهور پزشکیان گفت IAEA"
        XCTAssertEqual(scalarValues(try transform.apply(text)), scalarValues(text))
        XCTAssertEqual(try transform.apply(""), "")
    }

    /// ICU's transliterator parser reports no line number (line stays 0): the offset counts
    /// UTF-16 units from the start of the whole rule text.
    func testUndefinedVariableThrowsWithItsOffsetInTheRules() throws {
        let rules = "ي > ی;\nك > ک;\nا > ;;\n$x > y;"
        XCTAssertThrowsError(try Transform(rules: rules)) { error in
            guard let error = error as? ICUError else { return XCTFail("not an ICUError: \(error)") }
            XCTAssertEqual(error.description, "compiling transform rules Bitext-Custom: U_UNDEFINED_VARIABLE at line 0, offset 21")
            XCTAssertEqual(error.line, 0)
            XCTAssertEqual(error.offset, 21)
            XCTAssertEqual(UTF16Text(rules).string(from: 21, to: 23), "$x")
        }
    }

    /// For a malformed set ICU points at the start of the rule side being parsed (the space
    /// after `>`), not at the `[` itself.
    func testMalformedSetThrowsWithOffsetOfTheRuleSide() throws {
        XCTAssertThrowsError(try Transform(rules: "ي > ی;\nك > [ک;", id: "Persian-Letters")) { error in
            guard let error = error as? ICUError else { return XCTFail("not an ICUError: \(error)") }
            XCTAssertEqual(error.description, "compiling transform rules Persian-Letters: U_MALFORMED_SET at line 0, offset 10")
        }
    }

    func testUnknownTransformInCompoundRulesThrowsWithoutPosition() throws {
        XCTAssertThrowsError(try Transform(rules: "::Persian-Klingon;")) { error in
            XCTAssertEqual((error as? ICUError)?.description, "compiling transform rules Bitext-Custom: U_INVALID_ID")
        }
    }

    func testSystemTransformsArabicLatinAndAnyLatinExist() throws {
        XCTAssertEqual(try Transform(systemID: "Arabic-Latin").apply("تهران"), "thrạn")
        XCTAssertEqual(try Transform(systemID: "Any-Latin").apply("IAEA تهران"), "IAEA thrạn")
    }

    func testUnknownSystemTransformThrows() throws {
        XCTAssertThrowsError(try Transform(systemID: "Persian-Klingon")) { error in
            XCTAssertEqual((error as? ICUError)?.description, "opening transform Persian-Klingon: U_INVALID_ID")
        }
    }

    /// The DESIGN.md claim: after `::Null;`, the filter binds to the NFKC step only. It maps
    /// presentation forms (ﻻ lam-alef, ﮐ keheh initial form, ﷼ rial sign) but leaves a letter
    /// with combining madda or hamza as it is, and leaves ™ and ² alone.
    func testNullFirstLineFilteredNFKCMapsOnlyPresentationForms() throws {
        let transform = try Transform(rules: presentationForms)
        let result = try transform.apply("\u{FEFB}زم \u{FB90}رد \u{627}\u{653}مریکا خانه\u{654} Bitext™ km² ۵۰۰ \u{FDFC}")
        XCTAssertEqual(scalarValues(result), scalarValues("لازم کرد \u{627}\u{653}مریکا خانه\u{654} Bitext™ km² ۵۰۰ ریال"))
        XCTAssertEqual(result.unicodeScalars.filter { $0.value == 0x653 || $0.value == 0x654 }.count, 2)
    }

    /// Why the rule starts with `::Null;`: a filter on the first line becomes a global filter,
    /// so a later NFC step silently skips alef + madda; with `::Null;` first, NFC composes it.
    func testFilterOnFirstLineAlsoFiltersLaterStepsUnlessNullComesFirst() throws {
        let text = "\u{FEFB}زم \u{627}\u{653}مریکا"
        let global = try Transform(rules: "::[\\uFB50-\\uFDFF\\uFE70-\\uFEFF] Any-NFKC;\n::Any-NFC;")
        XCTAssertEqual(scalarValues(try global.apply(text)), scalarValues("لازم \u{627}\u{653}مریکا"))
        let scoped = try Transform(rules: presentationForms + "\n::Any-NFC;")
        XCTAssertEqual(scalarValues(try scoped.apply(text)), scalarValues("لازم \u{622}مریکا"))
    }

    /// The first buffer holds twice the input plus 16 units; each ligature here becomes 18.
    func testTransformOutgrowingTheFirstBufferRetries() throws {
        let transform = try Transform(rules: presentationForms)
        let result = try transform.apply(String(repeating: "\u{FDFA}", count: 50))
        XCTAssertEqual(result.utf16.count, 900)
        XCTAssertEqual(result.unicodeScalars.first?.value, 0x635)
        XCTAssertFalse(result.unicodeScalars.contains { $0.value == 0xFDFA })
    }
}
