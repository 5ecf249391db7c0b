import BitextText
import XCTest

final class BidiParagraphTests: XCTestCase {
    /// Runs written as "start..<end@level" (`Run` has no public initializer).
    func describe(_ runs: [BidiParagraph.Run]) -> [String] {
        runs.map { "\($0.range.lowerBound)..<\($0.range.upperBound)@\($0.level)" }
    }

    func runs(_ list: [(Range<Int>, Int)]) -> [String] {
        list.map { "\($0.0.lowerBound)..<\($0.0.upperBound)@\($0.1)" }
    }

    /// The space after رئیس‌جمهور lies between a right-to-left and a left-to-right letter, so it
    /// takes the paragraph's level (1) and stays with the Persian run; the Latin name is level 2.
    func testPersianSentenceWithLatinNameIsRightToLeftWithTheNameEmbedded() throws {
        let paragraph = try BidiParagraph("رئیس‌جمهور Pezeshkian گفت")
        XCTAssertEqual(paragraph.direction, .rightToLeft)
        XCTAssertEqual(describe(paragraph.runs), runs([(0..<11, 1), (11..<21, 2), (21..<25, 1)]))
        XCTAssertEqual(paragraph.runs.map(\.direction), [.rightToLeft, .leftToRight, .rightToLeft])
    }

    /// Extended Arabic-Indic (Persian) digits have bidi class EN, like ASCII digits, so in a
    /// right-to-left paragraph both resolve to level 2.
    func testPersianAndASCIIDigitsInPersianSentenceAreLevelTwo() throws {
        let text = "رئیس‌جمهور Pezeshkian روز ۲۱ شهریور ۱۴۰۳ گفت 2024"
        let paragraph = try BidiParagraph(text)
        XCTAssertEqual(paragraph.direction, .rightToLeft)
        XCTAssertEqual(describe(paragraph.runs), runs([
            (0..<11, 1), (11..<21, 2), (21..<26, 1), (26..<28, 2), (28..<36, 1), (36..<40, 2), (40..<45, 1), (45..<49, 2),
        ]))
        XCTAssertEqual(pieces(of: text, in: paragraph.runs.filter { $0.level == 2 }.map(\.range)),
                       ["Pezeshkian", "۲۱", "۱۴۰۳", "2024"])
    }

    func testEnglishSentenceWithPersianWordIsLeftToRight() throws {
        let paragraph = try BidiParagraph("The word رئیس‌جمهور means president.")
        XCTAssertEqual(paragraph.direction, .leftToRight)
        XCTAssertEqual(describe(paragraph.runs), runs([(0..<9, 0), (9..<19, 1), (19..<36, 0)]))
    }

    func testExplicitDirectionOverridesTheFirstStrongCharacter() throws {
        let paragraph = try BidiParagraph("Pezeshkian گفت", direction: .rightToLeft)
        XCTAssertEqual(paragraph.direction, .rightToLeft)
        XCTAssertEqual(describe(paragraph.runs), runs([(0..<10, 2), (10..<14, 1)]))
        let automatic = try BidiParagraph("Pezeshkian گفت")
        XCTAssertEqual(automatic.direction, .leftToRight)
        XCTAssertEqual(describe(automatic.runs), runs([(0..<11, 0), (11..<14, 1)]))
    }

    func testParagraphWithoutStrongCharactersIsLeftToRight() throws {
        let paragraph = try BidiParagraph("۱۴۰۳/۰۶/۲۱")
        XCTAssertEqual(paragraph.direction, .leftToRight)
        XCTAssertEqual(describe(paragraph.runs), runs([(0..<10, 0)]))
        let empty = try BidiParagraph("")
        XCTAssertEqual(empty.direction, .leftToRight)
        XCTAssertEqual(describe(empty.runs), [])
    }

    /// The run buffer starts with room for 16 runs; twenty must all come back.
    func testMoreThanSixteenRunsAreAllReturned() throws {
        let text = Array(repeating: "ایران Iran", count: 10).joined(separator: " ")
        let paragraph = try BidiParagraph(text)
        var expected: [(Range<Int>, Int)] = []
        for index in 0..<10 {
            let start = index * 11
            expected.append(((index == 0 ? 0 : start - 1)..<(start + 6), 1))
            expected.append(((start + 6)..<(start + 10), 2))
        }
        XCTAssertEqual(paragraph.runs.count, 20)
        XCTAssertEqual(describe(paragraph.runs), runs(expected))
        XCTAssertEqual(paragraph.runs.last?.range.upperBound, text.utf16.count)
    }

    func testFirstStrongDirectionOfEnglishPersianAndDigits() {
        XCTAssertEqual(BidiParagraph.firstStrongDirection(of: "Tehran, Iran"), .leftToRight)
        XCTAssertEqual(BidiParagraph.firstStrongDirection(of: "تهران، ایران"), .rightToLeft)
        XCTAssertEqual(BidiParagraph.firstStrongDirection(of: "2024: تهران"), .rightToLeft)
        XCTAssertEqual(BidiParagraph.firstStrongDirection(of: "«IAEA» تهران"), .leftToRight)
        XCTAssertNil(BidiParagraph.firstStrongDirection(of: "۱۴۰۳/۰۶/۲۱ — 2024!"))
        XCTAssertNil(BidiParagraph.firstStrongDirection(of: ""))
    }
}
