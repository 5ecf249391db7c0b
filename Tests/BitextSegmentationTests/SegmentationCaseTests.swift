import BitextModel
import BitextSegmentation
import Foundation
import XCTest

/// The sentence-boundary cases in `Tests/Fixtures/segmentation/`: pySBD's 48 English Golden
/// Rules, English news cases and Persian cases written with an editor's judgment.
final class SegmentationCaseTests: XCTestCase {
    struct Case: Decodable {
        var id: Int
        var name: String
        var text: String
        var segments: [String]
        /// For a case Bitext knowingly gets wrong: why, and what it produces instead.
        var limitation: String?
        var actual: [String]?
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/segmentation")

    func cases(_ name: String) throws -> [Case] {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
        return try JSONDecoder().decode([Case].self, from: data)
    }

    /// Runs the cases and returns the ones that fail, described for the test log.
    /// A documented limitation must still produce exactly its documented output, so that a
    /// change in behaviour shows up here either way.
    func failures(_ file: String, language: LanguageTag) throws -> (failed: [String], ids: [Int], total: Int) {
        let segmenter = try Segmenter(language: language)
        let all = try cases(file)
        var failed: [String] = []
        var ids: [Int] = []
        for item in all {
            let actual = segmenter.sentenceStrings(in: item.text)
            let expected = item.actual ?? item.segments
            if actual != expected {
                failed.append("#\(item.id) \(item.name)\n  expected: \(expected)\n  actual:   \(actual)")
                ids.append(item.id)
            }
        }
        return (failed, ids, all.count)
    }

    func testPassesAtLeast47Of48EnglishGoldenRules() throws {
        let result = try failures("en-golden-rules.json", language: .english)
        XCTAssertEqual(result.total, 48)
        // Rule 48 expects pySBD's split of "compounds. . . . The practice" before the spaced
        // ellipsis (". . . The practice…"); Bitext keeps the ellipsis with the sentence it
        // ends, which is what a translator needs.
        XCTAssertEqual(result.ids, [48], result.failed.joined(separator: "\n"))
    }

    func testEnglishNewsCases() throws {
        let result = try failures("en-news-cases.json", language: .english)
        XCTAssertGreaterThanOrEqual(result.total, 25)
        XCTAssertEqual(result.failed, [], result.failed.joined(separator: "\n"))
    }

    func testPersianCases() throws {
        let result = try failures("fa-cases.json", language: .persian)
        XCTAssertGreaterThanOrEqual(result.total, 40)
        XCTAssertEqual(result.failed, [], result.failed.joined(separator: "\n"))
    }
}
