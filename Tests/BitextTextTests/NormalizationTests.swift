import BitextText
import XCTest

final class NormalizationTests: XCTestCase {
    func testNFCComposesEWithCombiningAcute() throws {
        XCTAssertEqual(scalarValues(try NormalizationForm.nfc.apply("Qe\u{301}bec")), [0x51, 0xE9, 0x62, 0x65, 0x63])
    }

    func testNFCComposesAlefAndCombiningMaddaIntoAlefWithMadda() throws {
        let result = try NormalizationForm.nfc.apply("\u{627}\u{653}مریکا")
        XCTAssertEqual(scalarValues(result), [0x622, 0x645, 0x631, 0x6CC, 0x6A9, 0x627])
        XCTAssertEqual(scalarValues(result), scalarValues("آمریکا"))
    }

    /// Waw and yeh with a combining hamza compose, but heh + hamza (U+0647 U+0654, how Persian
    /// keyboards type the ezafe ۀ) does not: U+06C0 decomposes to U+06D5 (Arabic AE), not to heh.
    func testNFCComposesWawAndYehWithHamzaButNotHehWithHamza() throws {
        XCTAssertEqual(scalarValues(try NormalizationForm.nfc.apply("\u{648}\u{654}")), [0x624])
        XCTAssertEqual(scalarValues(try NormalizationForm.nfc.apply("\u{64A}\u{654}")), [0x626])
        XCTAssertEqual(scalarValues(try NormalizationForm.nfc.apply("\u{6D5}\u{654}")), [0x6C0])
        XCTAssertEqual(scalarValues(try NormalizationForm.nfc.apply("خانه\u{654} ملت")),
                       [0x62E, 0x627, 0x646, 0x647, 0x654, 0x20, 0x645, 0x644, 0x62A])
    }

    func testNFCAndNFKCKeepZWNJ() throws {
        let text = "رئیس‌جمهور"
        XCTAssertEqual(scalarValues(try NormalizationForm.nfc.apply(text)), scalarValues(text))
        XCTAssertEqual(scalarValues(try NormalizationForm.nfkc.apply(text)), scalarValues(text))
        XCTAssertTrue(scalarValues(text).contains(0x200C))
    }

    func testNFDDecomposesAlefWithMadda() throws {
        XCTAssertEqual(scalarValues(try NormalizationForm.nfd.apply("آب")), [0x627, 0x653, 0x628])
    }

    /// This is why Bitext never applies NFKC to mixed text: it rewrites symbols and
    /// superscripts that must survive translation, not just Arabic presentation forms.
    func testNFKCTurnsTrademarkIntoTMAndSuperscriptTwoIntoTwo() throws {
        XCTAssertEqual(try NormalizationForm.nfkc.apply("Bitext™ 10 km²"), "BitextTM 10 km2")
        XCTAssertEqual(scalarValues(try NormalizationForm.nfkc.apply("\u{FEFB}")), [0x644, 0x627])
    }

    func testIsNormalizedTellsComposedFromDecomposed() throws {
        XCTAssertFalse(try NormalizationForm.nfc.isNormalized("\u{627}\u{653}مریکا"))
        XCTAssertTrue(try NormalizationForm.nfd.isNormalized("\u{627}\u{653}مریکا"))
        XCTAssertTrue(try NormalizationForm.nfc.isNormalized("آمریکا و رئیس‌جمهور"))
        XCTAssertFalse(try NormalizationForm.nfd.isNormalized("آمریکا"))
        XCTAssertFalse(try NormalizationForm.nfkc.isNormalized("IAEA™"))
        XCTAssertTrue(try NormalizationForm.nfc.isNormalized("IAEA™"))
        XCTAssertTrue(try NormalizationForm.nfc.isNormalized(""))
    }

    func testEmptyTextNormalizesToEmptyText() throws {
        XCTAssertEqual(try NormalizationForm.nfc.apply(""), "")
        XCTAssertEqual(try NormalizationForm.nfkd.apply(""), "")
    }

    /// The first buffer holds 1.5 times the input plus 16 units; NFD doubles this text, so the
    /// normalizer overflows and must be retried with the size ICU reports.
    func testNFDOfTenThousandPrecomposedLettersOutgrowsTheFirstBuffer() throws {
        let text = String(repeating: "\u{E9}", count: 10_000)
        let result = try NormalizationForm.nfd.apply(text)
        XCTAssertEqual(result.utf16.count, 20_000)
        XCTAssertEqual(scalarValues(result), scalarValues(String(repeating: "e\u{301}", count: 10_000)))
    }

    /// U+FDFA (ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM) expands to 18 units under NFKC.
    func testNFKCOfRepeatedArabicLigatureOutgrowsTheFirstBuffer() throws {
        let text = String(repeating: "\u{FDFA}", count: 1_000)
        let result = try NormalizationForm.nfkc.apply(text)
        let expanded = "\u{635}\u{644}\u{649} \u{627}\u{644}\u{644}\u{647} \u{639}\u{644}\u{64A}\u{647} \u{648}\u{633}\u{644}\u{645}"
        XCTAssertEqual(expanded.utf16.count, 18)
        XCTAssertEqual(result.utf16.count, 18_000)
        XCTAssertEqual(scalarValues(result), scalarValues(String(repeating: expanded, count: 1_000)))
    }
}
