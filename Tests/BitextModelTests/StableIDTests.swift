import BitextModel
import XCTest

final class StableIDTests: XCTestCase {
    let first = "وزیر خارجه گفت: «گفت‌وگوها ادامه دارد.»"
    let second = "سخنگوی دولت این خبر را تأیید کرد."
    let third = "نشست بعدی هفته آینده در ژنو برگزار می‌شود."

    func segment(_ text: String) -> Segment {
        Segment(id: "", content: [.text(TextRun(text))], source: 0..<0)
    }

    func block(_ kind: BlockKind, _ sentences: [String]) -> Block {
        Block(kind: kind, content: [.text(TextRun(sentences.joined(separator: " ")))], segments: sentences.map(segment))
    }

    // These values are stored with translations: they must never change.
    func testHashIsFixedForEnglishAndPersianText() {
        XCTAssertEqual(StableID.hash("Iran's foreign minister met his counterpart in Tehran."), "85f99aea12")
        XCTAssertEqual(StableID.hash("رئیس‌جمهور پزشکیان روز یکشنبه به نیویورک رفت."), "08b9ccf5c1")
        XCTAssertEqual(StableID.hash(""), "e484e9d1b9")
    }

    func testHashIsTenLowercaseHexDigitsPaddedWithZeros() {
        for text in ["Iran's foreign minister met his counterpart in Tehran.", "رئیس‌جمهور پزشکیان روز یکشنبه به نیویورک رفت.", "", "IAEA"] {
            let hash = StableID.hash(text)
            XCTAssertEqual(hash.count, 10, text)
            XCTAssertTrue(hash.allSatisfy { "0123456789abcdef".contains($0) }, hash)
        }
        XCTAssertTrue(StableID.hash("رئیس‌جمهور پزشکیان روز یکشنبه به نیویورک رفت.").hasPrefix("0"))
    }

    /// Ids hash the exact scalars: ZWNJ and the composed or decomposed spelling of a letter
    /// give different ids, even where `String ==` says the texts are equal.
    func testHashDistinguishesZWNJAndCanonicallyEquivalentSpellings() {
        XCTAssertEqual(StableID.hash("رئیس‌جمهور"), "952b9cf1e9")
        XCTAssertEqual(StableID.hash("رئیس جمهور"), "497bdb5ce6")
        XCTAssertEqual("\u{E9}", "e\u{301}")
        XCTAssertEqual(StableID.hash("\u{E9}"), "07b712dc16")
        XCTAssertEqual(StableID.hash("e\u{301}"), "18ee40e7cb")
    }

    func testAssignGivesKindPrefixedBlockIDsAndNumbersRepeats() {
        let paragraph = "The court ruled on Sunday. The lawyer will appeal."
        var blocks = [
            Block(kind: .heading(1), content: [.text(TextRun("Iran Upholds Sentence"))]),
            Block(kind: .paragraph, content: [.text(TextRun(paragraph))]),
            Block(kind: .listItem, content: [.text(TextRun("First item"))]),
            Block(kind: .attribute("alt"), content: [.text(TextRun("A protest in Zahedan."))]),
            Block(kind: .paragraph, content: [.text(TextRun(paragraph))]),
            Block(kind: .quote, content: [.text(TextRun(paragraph))]),
            Block(kind: .paragraph, content: [.text(TextRun(paragraph))]),
        ]
        StableID.assign(to: &blocks)
        XCTAssertEqual(blocks.map(\.id), [
            "h-48afd00a94", "p-5ce7ebb168", "li-1c73ca94ef", "attr-65ef95870c", "p-5ce7ebb168-2", "q-5ce7ebb168", "p-5ce7ebb168-3",
        ])
    }

    func testSegmentIDsAreUniqueInTheirBlockOnly() {
        var blocks = [
            block(.paragraph, ["Talks ended.", "Officials left.", "Talks ended."]),
            block(.paragraph, ["Talks ended."]),
        ]
        StableID.assign(to: &blocks)
        XCTAssertEqual(blocks[0].segments.map(\.id), ["s-94d0c53932", "s-ba8d2eb0cb", "s-94d0c53932-2"])
        XCTAssertEqual(blocks[1].segments.map(\.id), ["s-94d0c53932"])
    }

    func testSegmentIDIgnoresInlineCodes() {
        let code = InlineCode(id: 1, kind: "em", original: "<em>", source: nil)
        let closing = InlineCode(id: 1, kind: "em", original: "</em>", source: nil)
        let marked = Segment(id: "", content: [.text(TextRun("Talks ")), .open(code), .text(TextRun("ended")), .close(closing), .text(TextRun("."))], source: 0..<0)
        var blocks = [Block(kind: .paragraph, content: marked.content, segments: [marked])]
        StableID.assign(to: &blocks)
        XCTAssertEqual(blocks[0].segments[0].id, "s-94d0c53932")
        XCTAssertEqual(blocks[0].id, "p-94d0c53932")
    }

    /// The property stored translations rely on: editing one sentence of a paragraph changes
    /// that sentence's id and the block's id, and nothing else.
    func testEditingOneSentenceChangesOnlyThatSegmentsID() {
        var original = [block(.paragraph, [first, second, third])]
        var edited = [block(.paragraph, [first, "سخنگوی دولت این خبر را رد کرد.", third])]
        StableID.assign(to: &original)
        StableID.assign(to: &edited)
        XCTAssertEqual(original[0].segments.map(\.id), ["s-8ca410252e", "s-e95ae5aeac", "s-e1dca7fbe0"])
        XCTAssertEqual(edited[0].segments.map(\.id), ["s-8ca410252e", "s-3110dd8cf4", "s-e1dca7fbe0"])
        XCTAssertEqual(original[0].id, "p-e9fe4484f6")
        XCTAssertEqual(edited[0].id, "p-6f15b4ac1d")
    }

    func testInsertingABlockBeforeOthersKeepsTheirIDs() {
        var original = [block(.paragraph, [first]), block(.paragraph, [second])]
        var edited = [block(.heading(2), ["Iran Upholds Sentence"]), block(.paragraph, [first]), block(.paragraph, [second])]
        StableID.assign(to: &original)
        StableID.assign(to: &edited)
        XCTAssertEqual(original.map(\.id), ["p-8ca410252e", "p-e95ae5aeac"])
        XCTAssertEqual(edited.map(\.id), ["h-48afd00a94", "p-8ca410252e", "p-e95ae5aeac"])
    }
}
