import BitextInterchange
import BitextModel
import Foundation
import XCTest

/// A file of the size a long news feed makes still round-trips in every format.
final class LargeFileTests: XCTestCase {
    /// A generated file: `units` paragraphs of four sentences, one in each state, with a paired
    /// code and a placeholder each.
    static func generated(units: Int) -> InterchangeFile {
        InterchangeFile(sourceLanguage: .english, targetLanguage: .persian, documents: [
            InterchangeDocument(id: "feed", original: "feed.html", version: "0123456789", sourceFormat: "html", units: (0..<units).map { unit in
                InterchangeUnit(id: "p-\(unit)", kind: "paragraph", segments: (0..<4).map { index in
                    // Code ids are unique in a block; a new segment has no target yet.
                    let bold = InlineCode(id: 2 * index + 1, kind: "strong", original: "<strong>", source: nil)
                    let boldEnd = InlineCode(id: 2 * index + 1, kind: "strong", original: "</strong>", source: nil)
                    let lineBreak = InlineCode(id: 2 * index + 2, kind: "br", original: "<br>", source: nil)
                    let state = [TranslationState.new, .translated, .needsReview, .final][index]
                    return InterchangeSegment(
                        id: "s-\(index)",
                        source: [Sample.text("Officials in Tehran said on day \(unit) that "), .open(bold), Sample.text("the project"), .close(boldEnd), Sample.text(" will continue."), .placeholder(lineBreak)],
                        target: state == .new ? nil : [Sample.text("مقامات تهران در روز \(unit) گفتند "), .open(bold), Sample.text("این طرح"), .close(boldEnd), Sample.text(" ادامه خواهد یافت."), .placeholder(lineBreak)],
                        state: state)
                })
            }),
        ])
    }

    func testLargeFilesRoundTrip() throws {
        let file = Self.generated(units: 1_000)
        XCTAssertEqual(try XLIFF2Format.read(XLIFF2Format.write(file), file: "feed.xlf").withoutLines, file)
        XCTAssertEqual(try XLIFF12Format.read(XLIFF12Format.write(file), file: "feed.xlf").withoutLines, file.withoutCodeOriginals)
        XCTAssertEqual(try POFormat.read(POFormat.write(file), file: "feed.po").withoutLines,
                       Sample.rawProjection(file, keepsFinal: false, keepsNeedsReview: true))
        XCTAssertEqual(try CSVFormat.read(CSVFormat.write(file), file: "feed.csv").documents[0].units.count, 1_000)
    }
}
