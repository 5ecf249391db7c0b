import BitextInterchange
import XCTest

final class InterchangeReaderTests: XCTestCase {
    func testDetectsTheFormatFromTheContent() {
        XCTAssertEqual(InterchangeReader.detectFormat(XLIFF2Format.write(Sample.file)), .xliff2)
        XCTAssertEqual(InterchangeReader.detectFormat(XLIFF12Format.write(Sample.file)), .xliff12)
        XCTAssertEqual(InterchangeReader.detectFormat(POFormat.write(Sample.file)), .po)
        XCTAssertEqual(InterchangeReader.detectFormat(CSVFormat.write(Sample.file)), .csv)
        XCTAssertEqual(InterchangeReader.detectFormat(bytes("\u{FEFF}<?xml version='1.0'?><!-- x --><x:xliff xmlns:x='urn:oasis:names:tc:xliff:document:2.0' version='2.0'/>")), .xliff2)
        XCTAssertEqual(InterchangeReader.detectFormat(bytes("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">")), .xliff12)
        XCTAssertEqual(InterchangeReader.detectFormat(bytes("msgctxt \"a/b/c\"\nmsgid \"x\"")), .po)
        XCTAssertEqual(InterchangeReader.detectFormat(bytes("# Persian translation\nmsgid \"\"")), .po)
        XCTAssertNil(InterchangeReader.detectFormat(bytes("id,source,target\n")))
        XCTAssertNil(InterchangeReader.detectFormat(bytes("<html><body/></html>")))
        XCTAssertNil(InterchangeReader.detectFormat(bytes("Hello")))
    }

    func testReadsWithTheDetectedFormat() throws {
        let (format, file) = try InterchangeReader.read(XLIFF2Format.write(Sample.file), file: "renamed.txt")
        XCTAssertEqual(format, .xliff2)
        XCTAssertEqual(file.withoutLines, Sample.file)
        let error = interchangeError(try InterchangeReader.read(bytes("Hello"), file: "x.txt"))
        XCTAssertEqual(error?.description, "x.txt:1: cannot tell the format: expected XLIFF (an <xliff> root element), PO (msgid/msgctxt entries) or CSV (the header id,source,target,context)")
    }
}
