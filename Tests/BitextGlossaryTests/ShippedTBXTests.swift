import BitextGlossary
import Foundation
import XCTest

/// `glossary/en-fa.tbx` is `glossary/en-fa.tsv` written by `GlossaryTBX.write`. After editing the
/// TSV, write it again with `BITEXT_REGENERATE=1 swift test --filter ShippedTBXTests`.
final class ShippedTBXTests: XCTestCase {
    func testShippedTBXIsTheTSVWrittenAsTBX() throws {
        let entries = try GlossaryTSV.read(String(contentsOf: TBXTestFiles.shippedTSV, encoding: .utf8), file: "glossary/en-fa.tsv")
        let written = GlossaryTBX.write(entries)
        if ProcessInfo.processInfo.environment["BITEXT_REGENERATE"] == "1" {
            try Data(written).write(to: TBXTestFiles.shippedTBX, options: .atomic)
        }
        let shipped = try TBXTestFiles.bytes(TBXTestFiles.shippedTBX)
        XCTAssertTrue(shipped == written, "glossary/en-fa.tbx is not the TSV written as TBX; run BITEXT_REGENERATE=1 swift test --filter ShippedTBXTests")
        let read = try GlossaryTBX.read(shipped, file: "glossary/en-fa.tbx")
        XCTAssertEqual(read.count, entries.count)
        for (fromTBX, fromTSV) in zip(read, entries) where fromTBX != fromTSV {
            XCTFail("\(fromTSV.id) reads back from the TBX as \(fromTBX)")
            break
        }
    }

    func testShippedTBXPassesInteropCheck() throws {
        let (status, output) = try TBXTestFiles.interopCheck(TBXTestFiles.shippedTBX)
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.hasPrefix("OK "), output)
        XCTAssertTrue(output.contains("tbx=TBX-Basic style=dca concepts=824 "), output)
    }
}
