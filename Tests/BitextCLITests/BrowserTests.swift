import Foundation
import XCTest

/// The bilingual HTML edition in a real browser: headless Chromium, driven by
/// Tests/Browser/check_bilingual_html.py, checks each cell's language, direction and alignment,
/// that nothing overflows, the side-by-side and stacked layouts, and a clean console.
/// Needs chromium, chromium-driver and the Python package selenium; without them the test
/// fails (CI installs them), it does not skip.
final class BrowserTests: CLITestCase {
    static let installHint = "install them with: apt-get install -y chromium chromium-driver && python3 -m pip install selenium (or: make test-deps)"

    func testBilingualHTMLEditionInHeadlessChromium() throws {
        guard try requireBrowser() else { return }
        let folder = try temporaryDirectory()
        let examples = Self.repository.appendingPathComponent("examples")
        for name in ["article.md", "article.en-fa.xlf"] {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let extract = try run(["extract", "article.md", "--to", "fa", "-o", "for-translator.xlf", "--store", "store.sqlite"], in: folder)
        XCTAssertEqual(extract.status, 0, extract.stderr)
        let imported = try run(["import", "article.en-fa.xlf", "--store", "store.sqlite"], in: folder)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let export = try run(["export", "article.md", "--to", "fa", "--as", "bilingual-html", "-o", "article.en-fa.html",
                              "--store", "store.sqlite"], in: folder)
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertEqual(export.stdout, "article.en-fa.html: 41 of 41 segments translated\n")

        let screenshots = Self.repository.appendingPathComponent(".build/screenshots")
        let check = try python([Self.repository.appendingPathComponent("Tests/Browser/check_bilingual_html.py").path,
                                folder.appendingPathComponent("article.en-fa.html").path, screenshots.path])
        if check.status != 0 { print(check.output) }
        XCTAssertEqual(check.status, 0, "the browser check failed:\n\(check.output)")
        for width in [1280, 400] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: screenshots.appendingPathComponent("bilingual-\(width).png").path),
                          "no screenshot at width \(width)")
        }
    }

    /// Whether the browser and selenium are there; when not, a test failure saying what to install.
    func requireBrowser() throws -> Bool {
        var missing: [String] = []
        if !["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].contains(where: FileManager.default.isExecutableFile(atPath:)) {
            missing.append("chromium")
        }
        if !FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") { missing.append("chromium-driver (/usr/bin/chromedriver)") }
        let selenium = try? python(["-c", "import selenium"])
        if selenium?.status != 0 { missing.append("python3 with the selenium package") }
        if !missing.isEmpty {
            XCTFail("the browser test needs \(missing.joined(separator: ", ")); \(Self.installHint)")
            return false
        }
        return true
    }

    /// Runs python3 with the repository as working directory; stdout and stderr together.
    func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = Self.repository
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
