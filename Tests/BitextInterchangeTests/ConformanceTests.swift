import BitextInterchange
import Foundation
import XCTest

/// Every file of the shared conformance corpus (`../shared/conformance`, used in place): files
/// marked valid must read, files marked invalid must be rejected with an `InterchangeError`, and
/// the invalid files still accepted are listed exactly, so a change in behaviour shows.
final class ConformanceTests: XCTestCase {
    /// Invalid XLIFF 2 files Bitext still reads: their defect is in a module it does not read
    /// (change tracking, resource data, size restriction, translation candidates), in the
    /// `canReorder` sequence rules (Schematron F30, F31), or in `mrk` annotation properties.
    static let acceptedInvalidXLIFF2: Set<String> = [
        // Non-reorderable sequences (F30, F31).
        "invalid/core__bad_MissingReorderFirstNo.xlf",
        "invalid/core__bad_WrongReordering1.xlf",
        "invalid/core__bad_WrongReordering2.xlf",
        // Change Tracking module.
        "invalid/modules__Bad-ctr-property-not-legit-category.xlf",
        "invalid/modules__Bad-ctr_appliesTo-not-using-ref-to-resolvableID.xlf",
        "invalid/modules__Bad-ctr_property-not-content-or-valid-attribute-ref.xlf",
        "invalid/modules__Bad-ctr_ref-not-pointed-to-resolvableID.xlf",
        "invalid/modules__Bad-ctr_revisions-not-using-ref-to-resolvableID.xlf",
        // Translation Candidates module.
        "invalid/modules__Bad-mtc_id-not-nmtoken.xlf",
        "invalid/modules__Bad-mtc_match-ID-not-unique.xlf",
        "invalid/modules__Bad-mtc_match-has-xml_lang.xlf",
        "invalid/modules__Bad-mtc_subType-w-o-type-match.xlf",
        "invalid/modules__Bad-mtc_type-value-not-in-list.xlf",
        "invalid/modules__Bad-mtc_wrong-ref-syntax.xlf",
        "invalid/modules__Bad-mtc_wrong-ref-value.xlf",
        "okapi-extra/invalid/Bad-mtc_similarity-invalid.xlf",
        // Resource Data module.
        "invalid/modules__Bad-res_resourceItem-not-unique.xlf",
        "invalid/modules__Bad-res_resourceItemRef-not-unique.xlf",
        "invalid/modules__Bad-res_source-has-content-and-href.xlf",
        "invalid/modules__Bad-res_source-xml_lang-not-same-as-xliff.xlf",
        // Size and Length Restriction module.
        "invalid/modules__Bad-slr_equivStorage-not-integer.xlf",
        "invalid/modules__Bad-slr_sizeInfo-ec-not-isolated.xlf",
        "invalid/modules__Bad-slr_sizeInfo-not-integer.xlf",
        "invalid/modules__Bad-slr_sizeInfo-with-sizeInfoRef.xlf",
        "invalid/modules__Bad-slr_sizeInfoRef-ec-not-isolated.xlf",
        "invalid/modules__Bad-slr_sizeInfoRef-has-no-data-sib.xlf",
        "invalid/modules__Bad-slr_sizeInfoRef-with-sizeInfo.xlf",
        "invalid/modules__Bad-slr_sizeRestriction-patterns.xlf",
        "invalid/modules__Bad-slr_storageRestriction-patterns.xlf",
        // A target <mrk> whose translate differs from its source's.
        "okapi-extra/invalid/bad_NotCorrespondingCode2.xlf",
    ]

    func testXLIFF2Suite() throws {
        let accepted = try check("xliff2", read: XLIFF2Format.read)
        XCTAssertEqual(accepted, Self.acceptedInvalidXLIFF2, "invalid XLIFF 2 files accepted changed")
    }

    func testXLIFF12Files() throws {
        XCTAssertEqual(try check("xliff12", read: XLIFF12Format.read), [])
    }

    func testPOFiles() throws {
        XCTAssertEqual(try check("po", read: POFormat.read), [])
    }

    /// Reads every listed file of a folder; returns the invalid ones that were accepted.
    private func check(_ folder: String, read: ([UInt8], String) throws -> InterchangeFile) throws -> Set<String> {
        let directory = Paths.conformance.appendingPathComponent(folder)
        let sources = try String(contentsOf: directory.appendingPathComponent("SOURCES.tsv"), encoding: .utf8)
        var accepted: Set<String> = []
        var counts: [String: Int] = [:]
        for row in sources.split(separator: "\n").dropFirst() {
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 9, ["valid", "invalid", "unknown"].contains(columns[8]) else { continue }
            let name = String(columns[0])
            let expected = String(columns[8])
            counts[expected, default: 0] += 1
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            do {
                _ = try read(Array(data), name)
                if expected == "invalid" { accepted.insert(name) }
            } catch let error as InterchangeError {
                if expected == "valid" { XCTFail("\(folder)/\(name) is valid but was rejected: \(error)") }
            }
        }
        XCTAssertGreaterThan(counts["valid", default: 0], 0, "no files found in \(directory.path)")
        print("conformance \(folder): \(counts), invalid accepted: \(accepted.count)")
        return accepted
    }
}
