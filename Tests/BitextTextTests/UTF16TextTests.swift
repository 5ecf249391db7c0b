import BitextText
import XCTest

final class UTF16TextTests: XCTestCase {
    /// خ ب ر are one UTF-16 unit and two UTF-8 bytes each; 📢 is a surrogate pair and four
    /// bytes; ASCII is one of each.
    func testUTF8OffsetsForPersianEmojiAndASCII() {
        let text = UTF16Text("خبر 📢 IAEA")
        XCTAssertEqual(text.count, 11)
        XCTAssertEqual(text.utf8Offsets(forSortedUTF16Offsets: [0, 1, 3, 4, 6, 7, 11]), [0, 2, 6, 7, 11, 12, 16])
        XCTAssertEqual(Array(text.string.utf8).count, 16)
    }

    func testUTF8OffsetsCountZWNJAsThreeBytes() {
        let text = UTF16Text("می‌گوید")
        XCTAssertEqual(text.count, 7)
        XCTAssertEqual(text.utf8Offsets(forSortedUTF16Offsets: [2, 3, 7]), [4, 7, 15])
    }

    func testRepeatedAndEmptyOffsetLists() {
        let text = UTF16Text("ایران Iran")
        XCTAssertEqual(text.utf8Offsets(forSortedUTF16Offsets: [5, 5, 6]), [10, 10, 11])
        XCTAssertEqual(text.utf8Offsets(forSortedUTF16Offsets: []), [])
        XCTAssertEqual(UTF16Text("").utf8Offsets(forSortedUTF16Offsets: [0]), [0])
    }

    func testSubstringBetweenUTF16Offsets() {
        let text = UTF16Text(units: Array("📢 رئیس‌جمهور گفت".utf16))
        XCTAssertEqual(text.string(from: 0, to: 2), "📢")
        XCTAssertEqual(scalarValues(text.string(from: 3, to: 13)), scalarValues("رئیس‌جمهور"))
        XCTAssertEqual(text.string, "📢 رئیس‌جمهور گفت")
    }
}
