import BitextInterchange
import BitextModel
import XCTest

final class CSVTests: XCTestCase {
    func testSampleRoundTripsAsRawText() throws {
        let written = CSVFormat.write(Sample.file)
        var expected = Sample.rawProjection(Sample.file, keepsFinal: false, keepsNeedsReview: false)
        expected.targetLanguage = nil
        expected.documents[0].original = nil
        expected.documents[0].version = nil
        expected.documents[0].sourceFormat = nil
        XCTAssertEqual(try CSVFormat.read(written, file: "sample.csv").withoutLines, expected)
    }

    func testWritesRFC4180WithHeaderContextAndTerms() {
        let text = String(decoding: CSVFormat.write(Sample.file), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("id,source,target,context,terms\r\ntehran-metro/h-5d41402abc/s-7d793037a0,Tehran opens a new metro line,تهران خط جدید مترو را افتتاح کرد,heading1,\r\n"))
        XCTAssertTrue(text.contains("""
        tehran-metro/p-1a2b3c4d5e/s-0f9e8d7c6b,"The **new line** connects Azadi Square to Imam Khomeini Airport, the minister said on Tuesday.",وزیر روز سه‌شنبه گفت **خط جدید** میدان آزادی را به فرودگاه امام خمینی متصل می‌کند.,"paragraph
        Note: Keep the minister's name as in official Persian sources.
        Note: Numbers: use Persian digits.",Azadi Square → میدان آزادی — Tehran landmark; Imam Khomeini Airport → فرودگاه امام خمینی\r\n
        """))
        XCTAssertTrue(text.contains(#"tehran-metro/p-1a2b3c4d5e/s-3d4e5f6071,"Construction began in 2019 & cost ""less"" than <planned>.",,"#))
    }

    func testReadsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let text = "id,source,target,context\r\nd/u/s1,\"Hello, \"\"world\"\"\r\nagain\",\"سلام، دنیا\",paragraph\r\nd/u/s2,Bye,,\r\n"
        let file = try CSVFormat.read(bytes(text), file: "q.csv")
        let segments = file.documents[0].units[0].segments
        XCTAssertEqual(segments.map(\.rawSource), ["Hello, \"world\"\r\nagain", "Bye"])
        XCTAssertEqual(segments.map(\.line), [2, 4])
        XCTAssertEqual(segments.map(\.state), [.translated, .new])
        XCTAssertEqual(file.documents[0].units[0].kind, "paragraph")
    }

    func testAcceptsByteOrderMark() throws {
        let file = try CSVFormat.read([0xEF, 0xBB, 0xBF] + bytes("id,source,target,context\r\nd/u/s,Hi,سلام,\r\n"), file: "bom.csv")
        XCTAssertEqual(file.documents[0].units[0].segments[0].rawTarget, "سلام")
    }

    func testNamesMissingColumns() {
        let error = interchangeError(try CSVFormat.read(bytes("id,source,context\nd/u/s,a,b\n"), file: "m.csv"))
        XCTAssertEqual(error?.description, "m.csv:1: the header has no \"target\" column; the first line must be id,source,target,context (optionally ,terms)")
    }

    func testNamesRowsWithTheWrongNumberOfFields() {
        let error = interchangeError(try CSVFormat.read(bytes("id,source,target,context\nd/u/s1,a,b,c\nd/u/s2,Hello, world,سلام,\n"), file: "w.csv"))
        XCTAssertEqual(error?.line, 3)
        XCTAssertEqual(error?.message, "the row has 5 fields but the header has 4 (id,source,target,context); quote fields that contain commas, quotes or line breaks")
    }

    func testReportsUnclosedQuotes() {
        let error = interchangeError(try CSVFormat.read(bytes("id,source,target,context\nd/u/s1,\"open,b,c\n"), file: "u.csv"))
        XCTAssertEqual(error?.line, 2)
    }
}
