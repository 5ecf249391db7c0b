import BitextGlossary
import Foundation
import XCTest

/// The glossary Bitext ships, `glossary/en-fa.tsv`.
final class ShippedGlossaryTests: XCTestCase {
    var glossary: Glossary!

    override func setUpWithError() throws {
        glossary = try Glossary(tsvAt: Glossary.shippedPath)
    }

    func testHasTheEntriesTheIssueAsksFor() {
        XCTAssertGreaterThanOrEqual(glossary.entries.count, 400)
        let categories = Dictionary(grouping: glossary.entries, by: \.category).mapValues(\.count)
        XCTAssertEqual(categories["province"], 31)
        XCTAssertEqual(categories["month-solar-hijri"], 12)
        XCTAssertEqual(categories["month-gregorian"], 12)
        XCTAssertGreaterThanOrEqual(categories["person"] ?? 0, 100)
    }

    func testPersianFormsUsePersianLettersAndNoKashida() {
        for entry in glossary.entries {
            for form in entry.persianForms {
                XCTAssertFalse(form.unicodeScalars.contains { [0x64A, 0x643, 0x649, 0x640].contains($0.value) }, "\(entry.id): \(form)")
            }
            XCTAssertFalse(entry.persianForbidden.contains(entry.persian), entry.id)
        }
    }

    func testWritingTheTSVAgainGivesTheSameFile() throws {
        let text = try String(contentsOfFile: Glossary.shippedPath, encoding: .utf8)
        XCTAssertEqual(GlossaryTSV.write(glossary.entries), text.hasSuffix("\n") ? text : text + "\n")
    }

    func testFindsTheNamesOfTheExampleArticle() throws {
        let sentence = "Gen. Hossein Ahmadvand, a commander of the Islamic Revolutionary Guard Corps (IRGC) in Sistan and Baluchestan province, spoke in Zahedan."
        let ids = glossary.terms(in: sentence, isPersian: false).map { glossary.entries[$0.entry].id }
        XCTAssertTrue(ids.contains("org-irgc"), "\(ids)")
        XCTAssertTrue(ids.contains("city-zahedan"), "\(ids)")
    }

    func testBadTSVIsAClearError() {
        XCTAssertThrowsError(try GlossaryTSV.read("id\ten\n", file: "g.tsv")) { error in
            XCTAssertTrue("\(error)".hasPrefix("g.tsv:1: the header must be the tab-separated columns"), "\(error)")
        }
        let header = GlossaryTSV.header.joined(separator: "\t")
        XCTAssertThrowsError(try GlossaryTSV.read(header + "\nx\tTehran\n", file: "g.tsv")) { error in
            XCTAssertEqual("\(error)", "g.tsv:2: has 2 fields, not 10; separate the columns with tabs")
        }
        XCTAssertThrowsError(try GlossaryTSV.read(header + "\nx\t...\t\tتهران\t\t\tnoun\tcity\tno\t\n", file: "g.tsv")) { error in
            XCTAssertEqual("\(error)", "g.tsv:2: the en term '...' has no letters or digits")
        }
    }

    /// A glossary saved on Windows (CR LF line ends, a BOM) reads the same.
    func testCRLFAndBOMGlossaryReads() throws {
        let text = try String(contentsOfFile: Glossary.shippedPath, encoding: .utf8)
        let windows = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
        XCTAssertEqual(try GlossaryTSV.read(windows, file: "g.tsv"), glossary.entries)
    }
}
