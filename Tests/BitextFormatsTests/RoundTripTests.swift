import BitextFormats
import BitextModel
import BitextSegmentation
import Foundation
import XCTest

/// Every fixture in `Tests/Fixtures/roundtrip/` must come back byte for byte, and the ranges
/// the readers report must account for every byte of every block.
final class RoundTripTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/roundtrip")

    var english: Segmenter!
    var persian: Segmenter!

    override func setUpWithError() throws {
        english = try Segmenter(language: .english)
        persian = try Segmenter(language: .persian)
    }

    /// The fixture files of a format (at least 15 each, by the foundation issue).
    func fixtureFiles(_ format: DocumentFormat) throws -> [URL] {
        let folder = Self.fixtures.appendingPathComponent(format.rawValue)
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == format.rawValue }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Reads and segments a fixture, with the language taken from its script.
    func document(_ url: URL, _ format: DocumentFormat) throws -> Document {
        let bytes = Array(try Data(contentsOf: url))
        var document = try DocumentReader.read(bytes: bytes, format: format, id: "fixture", file: url.lastPathComponent)
        let isPersian = document.blocks.map(\.plainText).joined().unicodeScalars.filter { (0x600...0x6FF).contains($0.value) }.count
            > document.blocks.map(\.plainText).joined().unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.count
        (isPersian ? persian : english).segment(&document)
        return document
    }

    func testEachFormatHasAtLeastFifteenFixtures() throws {
        for format in DocumentFormat.allCases {
            XCTAssertGreaterThanOrEqual(try fixtureFiles(format).count, 15, "\(format)")
        }
    }

    func testEveryFixtureRoundTripsByteForByte() throws {
        for format in DocumentFormat.allCases {
            for url in try fixtureFiles(format) {
                let bytes = Array(try Data(contentsOf: url))
                let document = try document(url, format)
                XCTAssertEqual(DocumentWriter.write(document) { _, _ in nil }, bytes, url.lastPathComponent)
            }
        }
    }

    /// A block's content, element after element, covers its source range without a gap or
    /// an overlap: nothing in a block is lost or counted twice.
    func testBlockContentCoversItsSourceWithoutGaps() throws {
        for format in DocumentFormat.allCases {
            for url in try fixtureFiles(format) {
                for block in try document(url, format).blocks {
                    var position: Int?
                    for element in block.content {
                        let range = try XCTUnwrap(element.source, "\(url.lastPathComponent) \(block.id)")
                        if let position {
                            XCTAssertEqual(range.lowerBound, position, "\(url.lastPathComponent) \(block.id): gap or overlap before \(element)")
                        }
                        position = range.upperBound
                    }
                }
            }
        }
    }

    /// Segments lie inside their block, in order, without overlapping; a segment of plain,
    /// verbatim text is exactly its source bytes; an attribute touches no text (it lies in a
    /// tag, in the skeleton or inside a code).
    func testSegmentsAreOrderedAndMatchTheirSource() throws {
        for format in DocumentFormat.allCases {
            for url in try fixtureFiles(format) {
                let document = try document(url, format)
                let textRuns = document.blocks.flatMap(\.content).compactMap { element -> Range<Int>? in
                    if case .text(let run) = element { return run.source } else { return nil }
                }
                for block in document.blocks where block.kind.attribute != nil {
                    let range = try XCTUnwrap(block.source)
                    for run in textRuns where !block.content.contains(where: { $0.source == run }) {
                        XCTAssertFalse(run.overlaps(range), "\(url.lastPathComponent) \(block.id) overlaps text at \(run)")
                    }
                }
                var end = 0
                for block in document.blocks where block.kind.attribute == nil {
                    let blockRange = try XCTUnwrap(block.source)
                    XCTAssertFalse(block.segments.isEmpty, "\(url.lastPathComponent) \(block.id) has text but no segment")
                    for segment in block.segments {
                        XCTAssertGreaterThanOrEqual(segment.source.lowerBound, max(end, blockRange.lowerBound), "\(url.lastPathComponent) \(segment.id)")
                        XCTAssertLessThanOrEqual(segment.source.upperBound, blockRange.upperBound, "\(url.lastPathComponent) \(segment.id)")
                        end = segment.source.upperBound
                        let isPlain = segment.content.allSatisfy { if case .text(let run) = $0 { return run.isVerbatim } else { return false } }
                        if isPlain {
                            XCTAssertEqual(String(decoding: document.skeleton.bytes[segment.source], as: UTF8.self), segment.plainText,
                                           "\(url.lastPathComponent) \(segment.id)")
                        }
                    }
                }
            }
        }
    }

    /// Writing every segment back as its own "translation" (through the format's escaping)
    /// and reading the result again gives the same sentences: the writer's escaping and the
    /// readers' ranges agree.
    func testSelfTranslationReadsBackToTheSameSentences() throws {
        for format in DocumentFormat.allCases {
            for url in try fixtureFiles(format) {
                let document = try document(url, format)
                let written = DocumentWriter.write(document) { _, segment in segment.content }
                let reread = try DocumentReader.read(bytes: written, format: format, id: "fixture", file: url.lastPathComponent)
                XCTAssertEqual(reread.blocks.map(\.plainText), document.blocks.map(\.plainText), url.lastPathComponent)
            }
        }
    }
}
