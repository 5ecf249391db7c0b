import BitextInterchange
import Foundation
import XCTest

/// What Bitext writes is accepted by the official schemas, msgfmt and translate-toolkit
/// (`../shared/tools/interop-check`; needs libxml2-utils, gettext, tidy and
/// `pip install translate-toolkit lxml html5lib`).
final class InteropTests: XCTestCase {
    func testWrittenFilesPassInteropCheck() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-interop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let files: [(String, [UInt8])] = [
            ("tehran-metro.xlf", XLIFF2Format.write(Sample.file)),
            ("tehran-metro-1.2.xlf", XLIFF12Format.write(Sample.file)),
            ("tehran-metro.po", POFormat.write(Sample.file)),
            ("tehran-metro.csv", CSVFormat.write(Sample.file)),
        ]
        for (name, content) in files {
            try Data(content).write(to: directory.appendingPathComponent(name))
        }
        let process = Process()
        process.executableURL = Paths.interopCheck
        process.arguments = ["--details", "--"] + files.map { directory.appendingPathComponent($0.0).path }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, report)
        XCTAssertEqual(report.split(separator: "\n").filter { $0.hasPrefix("OK ") }.count, 4, report)
        XCTAssertTrue(report.contains("xsd=valid"), report)
    }
}
