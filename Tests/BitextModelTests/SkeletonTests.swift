import BitextModel
import XCTest

final class SkeletonTests: XCTestCase {
    let source = "<h1>Iran</h1>\n<p>Talks ended.</p>\n"

    func replacement(_ range: Range<Int>, _ text: String) -> Skeleton.Replacement {
        Skeleton.Replacement(range: range, bytes: Array(text.utf8))
    }

    func testReplacementsOutOfOrderAreAppliedInSourceOrder() {
        let skeleton = Skeleton(bytes: Array(source.utf8))
        let output = skeleton.rendering([replacement(17..<29, "Talks resumed."), replacement(4..<8, "Tehran")])
        XCTAssertEqual(String(decoding: output, as: UTF8.self), "<h1>Tehran</h1>\n<p>Talks resumed.</p>\n")
    }

    func testPersianReplacementIsWrittenAsUTF8AndBytesOutsideAreUntouched() {
        let original: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<p>Talks ended.</p>\r\n<p>Officials left.</p>\r\n".utf8)
        let skeleton = Skeleton(bytes: original)
        let persian = "گفت‌وگوها پایان یافت."
        let output = skeleton.rendering([replacement(27..<42, "مقام‌ها رفتند."), replacement(6..<18, persian)])
        let expected: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<p>\(persian)</p>\r\n<p>مقام‌ها رفتند.</p>\r\n".utf8)
        XCTAssertEqual(output, expected)
        XCTAssertEqual(Array(output.prefix(6)), Array(original.prefix(6)))
        XCTAssertEqual(Array(output.suffix(6)), Array(original.suffix(6)))
        XCTAssertEqual(Array(persian.utf8.prefix(2)), [0xDA, 0xAF])
    }

    func testNoReplacementsGiveTheOriginalBytes() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("رئیس‌جمهور\r\n".utf8)
        XCTAssertEqual(Skeleton(bytes: bytes).rendering([]), bytes)
    }

    func testTouchingEmptyAndDeletingReplacements() {
        let skeleton = Skeleton(bytes: Array(source.utf8))
        let output = skeleton.rendering([
            replacement(17..<23, ""),            // "Talks " deleted
            replacement(8..<8, " news"),         // inserted after "Iran"
            replacement(23..<29, "ended early."), // touches the deletion
            replacement(4..<8, "ایران"),
        ])
        XCTAssertEqual(String(decoding: output, as: UTF8.self), "<h1>ایران news</h1>\n<p>ended early.</p>\n")
    }
}

extension SkeletonTests {
    /// An insertion next to a replacement at the same offset must not trip the overlap check,
    /// whatever order the two are given in.
    func testInsertionAtTheStartOfAReplacementGoesFirst() {
        let skeleton = Skeleton(bytes: Array("<p>Tehran</p>".utf8))
        let insertion = Skeleton.Replacement(range: 3..<3, bytes: Array("«".utf8))
        let replacement = Skeleton.Replacement(range: 3..<9, bytes: Array("تهران".utf8))
        for order in [[insertion, replacement], [replacement, insertion]] {
            XCTAssertEqual(String(decoding: skeleton.rendering(order), as: UTF8.self), "<p>«تهران</p>")
        }
    }
}
