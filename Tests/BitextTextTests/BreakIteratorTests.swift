import BitextText
import XCTest

final class BreakIteratorTests: XCTestCase {
    let english = "President Pezeshkian met Mr. Grossi in Tehran on Sunday. The IAEA chief flew back to Vienna. Talks resume next week."

    // MARK: Sentences

    func testSentenceBreakerWithStandardSuppressionsKeepsMrWithTheName() throws {
        let iterator = try BreakIterator(.sentence, locale: "en_US@ss=standard")
        let boundaries = try iterator.boundaries(in: english)
        XCTAssertEqual(boundaries, [0, 57, 93, 116])
        XCTAssertEqual(pieces(of: english, at: boundaries), [
            "President Pezeshkian met Mr. Grossi in Tehran on Sunday. ",
            "The IAEA chief flew back to Vienna. ",
            "Talks resume next week.",
        ])
    }

    func testSentenceBreakerWithoutSuppressionsBreaksAfterMr() throws {
        let iterator = try BreakIterator(.sentence, locale: "en_US")
        let boundaries = try iterator.boundaries(in: english)
        XCTAssertEqual(boundaries, [0, 29, 57, 93, 116])
        XCTAssertEqual(pieces(of: english, at: boundaries).first, "President Pezeshkian met Mr. ")
    }

    /// ICU 72's English suppression list has "Mr." and "Mrs." but not "Dr." or "Gen.", so even
    /// with `ss=standard` these titles end a sentence; Bitext's segmenter must handle them itself.
    func testStandardSuppressionsDoNotCoverDrOrGen() throws {
        let text = "Gen. Hossein Salami spoke. Dr. Sadeghi arrived at 10 a.m. on Sunday."
        let iterator = try BreakIterator(.sentence, locale: "en_US@ss=standard")
        let boundaries = try iterator.boundaries(in: text)
        XCTAssertEqual(pieces(of: text, at: boundaries), [
            "Gen. ", "Hossein Salami spoke. ", "Dr. ", "Sadeghi arrived at 10 a.m. on Sunday.",
        ])
    }

    func testPersianSentenceBreakerEndsSentencesAtArabicQuestionMarkAndAfterClosingGuillemet() throws {
        let text = "آیا مذاکرات ادامه خواهد یافت؟ سخنگوی وزارت امور خارجه گفت: «بله». رئیس‌جمهور پزشکیان روز یکشنبه به نیویورک رفت."
        let iterator = try BreakIterator(.sentence, locale: "fa")
        let boundaries = try iterator.boundaries(in: text)
        XCTAssertEqual(boundaries, [0, 30, 66, 111])
        XCTAssertEqual(pieces(of: text, at: boundaries), [
            "آیا مذاکرات ادامه خواهد یافت؟ ",
            "سخنگوی وزارت امور خارجه گفت: «بله». ",
            "رئیس‌جمهور پزشکیان روز یکشنبه به نیویورک رفت.",
        ])
    }

    func testEmptyTextHasOnlyTheZeroBoundaryAndNoWords() throws {
        let sentences = try BreakIterator(.sentence, locale: "fa")
        XCTAssertEqual(try sentences.boundaries(in: ""), [0])
        let words = try BreakIterator(.word, locale: "fa")
        XCTAssertEqual(try words.boundaries(in: [UInt16]()), [0])
        XCTAssertEqual(try words.words(in: []), [])
    }

    func testOneIteratorCanBeReusedForSeveralTexts() throws {
        let persian = "آیا مذاکرات ادامه خواهد یافت؟ بله."
        let iterator = try BreakIterator(.sentence, locale: "en_US@ss=standard")
        XCTAssertEqual(try iterator.boundaries(in: english), [0, 57, 93, 116])
        XCTAssertEqual(try iterator.boundaries(in: persian), [0, 30, 34])
        // Back to the first text: nothing of the second text is left behind.
        XCTAssertEqual(try iterator.boundaries(in: english), [0, 57, 93, 116])
        XCTAssertEqual(try iterator.boundaries(in: ""), [0])
    }

    /// `boundaries(in:)` collects boundaries 256 at a time; a text with more must lose none.
    func testBoundariesBeyondTheFirstChunkAreAllReturned() throws {
        let text = Array(repeating: "ایران", count: 300).joined(separator: " ")
        let iterator = try BreakIterator(.word, locale: "fa")
        var expected = [0]
        for index in 0..<300 {
            expected.append(index * 6 + 5)
            if index < 299 { expected.append(index * 6 + 6) }
        }
        XCTAssertEqual(expected.count, 600)
        XCTAssertEqual(try iterator.boundaries(in: text), expected)
    }

    // MARK: Words

    /// ZWNJ is a Format character, which UAX #29 (rule WB4) glues to the letter before it, so
    /// compounds such as رئیس‌جمهور and verbs with the می‌ prefix stay one word — which is right
    /// for Persian, where they are one word written with a joiner-less break.
    func testPersianWordsKeepZWNJCompoundsWhole() throws {
        let text = "رئیس‌جمهور پزشکیان می‌گوید ۱۴۰۳ سال سختی بود."
        let iterator = try BreakIterator(.word, locale: "fa")
        let words = try iterator.words(in: Array(text.utf16))
        XCTAssertEqual(words, [0..<10, 11..<18, 19..<26, 27..<31, 32..<35, 36..<40, 41..<44])
        XCTAssertEqual(pieces(of: text, in: words), ["رئیس‌جمهور", "پزشکیان", "می‌گوید", "۱۴۰۳", "سال", "سختی", "بود"])
        // The spaces and the final period are boundaries but not words.
        XCTAssertEqual(try iterator.boundaries(in: text), [0, 10, 11, 18, 19, 26, 27, 31, 32, 35, 36, 40, 41, 44, 45])
    }

    func testWordBreakerSplitsMixedPersianLatinAndDigitsButNotPlusSign() throws {
        let text = "گفت‌وگوهای هسته‌ای ایران و ۵+۱ به گزارش IRNA در 2024"
        let iterator = try BreakIterator(.word, locale: "fa")
        let words = try iterator.words(in: Array(text.utf16))
        XCTAssertEqual(pieces(of: text, in: words), ["گفت‌وگوهای", "هسته‌ای", "ایران", "و", "۵", "۱", "به", "گزارش", "IRNA", "در", "2024"])
        XCTAssertEqual(words.first, 0..<10)
        XCTAssertEqual(words.last, 48..<52)
    }

    /// A stray ZWNJ before a space (a common typing slip) is taken into the word before it.
    func testWordBreakerAttachesAStrayZWNJToThePrecedingWord() throws {
        let text = "ایران\u{200C} و آمریکا"
        let iterator = try BreakIterator(.word, locale: "fa")
        let words = try iterator.words(in: Array(text.utf16))
        XCTAssertEqual(words, [0..<6, 7..<8, 9..<15])
        XCTAssertEqual(scalarValues(pieces(of: text, in: words)[0]), [0x627, 0x6CC, 0x631, 0x627, 0x646, 0x200C])
    }
}
