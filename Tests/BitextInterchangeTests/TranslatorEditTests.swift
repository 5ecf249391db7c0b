import BitextInterchange
import BitextModel
import Foundation
import XCTest

/// Files come back from translators' tools reformatted: the readers depend on content, not on
/// the layout Bitext wrote.
final class TranslatorEditTests: XCTestCase {
    func testReadsXLIFF2ReformattedWithAttributesReordered() throws {
        var text = String(decoding: XLIFF2Format.write(Sample.file), as: UTF8.self)
        text = text.replacingOccurrences(of: "\n  ", with: "\r\n\t")
            .replacingOccurrences(of: "<segment id=\"s-0f9e8d7c6b\" state=\"translated\">", with: "<segment\n  state='translated'   id='s-0f9e8d7c6b' >")
            .replacingOccurrences(of: "<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1\" type=\"fmt\" subType=\"bitext:strong\">", with: "<pc subType=\"bitext:strong\" type=\"fmt\" dataRefEnd=\"d1\" dataRefStart=\"d1\" id=\"1\">")
            .replacingOccurrences(of: "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"", with: "<!-- edited in a CAT tool -->\n<x:xliff xmlns:x=\"urn:oasis:names:tc:xliff:document:2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"")
            .replacingOccurrences(of: "</xliff>", with: "</x:xliff>")
        let file = try XLIFF2Format.read(bytes(text), file: "edited.xlf")
        XCTAssertEqual(file.withoutLines, Sample.file)
    }

    func testReadsXLIFF12Reformatted() throws {
        let text = String(decoding: XLIFF12Format.write(Sample.file), as: UTF8.self)
            .replacingOccurrences(of: "\n", with: "\r\n    ")
            .replacingOccurrences(of: "<trans-unit id=\"h-5d41402abc/s-7d793037a0\" approved=\"yes\" xml:space=\"preserve\">", with: "<trans-unit xml:space=\"preserve\" approved=\"yes\" id=\"h-5d41402abc/s-7d793037a0\">")
        let file = try XLIFF12Format.read(bytes(text), file: "edited.xlf")
        XCTAssertEqual(file.withoutLines, Sample.file.withoutCodeOriginals)
    }

    func testReadsReorderedPOEntries() throws {
        let text = String(decoding: POFormat.write(Sample.file), as: UTF8.self)
        var entries = text.components(separatedBy: "\n\n")
        let header = entries.removeFirst()
        let reordered = ([header] + entries.reversed()).joined(separator: "\n\n").replacingOccurrences(of: "\n", with: "\r\n")
        let file = try POFormat.read(bytes(reordered + "\r\n"), file: "edited.po")
        let expected = Sample.rawProjection(Sample.file, keepsFinal: false, keepsNeedsReview: true)
        XCTAssertEqual(file.documents[0].units.map(\.id), ["p-1a2b3c4d5e", "h-5d41402abc"])
        XCTAssertEqual(file.documents[0].units[0].segments.map(\.id), expected.documents[0].units[1].segments.map(\.id).reversed())
        XCTAssertEqual(file.documents[0].units[0].segments.reversed(), expected.documents[0].units[1].segments.map { segment in
            var segment = segment
            segment.line = file.documents[0].units[0].segments.first { $0.id == segment.id }?.line
            return segment
        })
        XCTAssertEqual(file.documents[0].units[0].notes, expected.documents[0].units[1].notes)
    }
}
