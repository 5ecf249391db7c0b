import Foundation
import XCTest

/// `bitext normalize` on Persian text.
final class NormalizeCommandTests: CLITestCase {
    let text = "مردم مي روند و كتاب ها را مي خرند .\nهمه‌چیز درست است.\n"

    func testNormalizesAndKeepsLines() throws {
        let result = try run(["normalize", "-"], stdin: Data(text.utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "مردم می‌روند و کتاب‌ها را می‌خرند.\nهمه‌چیز درست است.\n")
    }

    func testCheckListsChangesWithRulesAndFails() throws {
        let result = try run(["normalize", "-", "--check"], stdin: Data(text.utf8))
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("-:1: arabic-kaf"), result.stdout)
        XCTAssertTrue(result.stdout.contains("zwnj-plural-suffix"), result.stdout)
        XCTAssertFalse(result.stdout.contains("-:2:"), result.stdout)
        let clean = try run(["normalize", "-", "--check"], stdin: Data("همه‌چیز درست است.\n".utf8))
        XCTAssertEqual(clean.status, 0)
        XCTAssertEqual(clean.stdout, "0 changes\n")
    }

    func testOnlyPersianHasRules() throws {
        let result = try run(["normalize", "-", "--lang", "en"], stdin: Data("text".utf8))
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("no normalization rules for 'en'"), result.stderr)
    }
}

extension NormalizeCommandTests {
    func testImportReportsNormalizationAndAppliesItOnRequest() throws {
        let folder = try temporaryDirectory()
        for name in ["article.md", "article.en-fa.xlf"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("examples/\(name)"), to: folder.appendingPathComponent(name))
        }
        XCTAssertEqual(try run(["extract", "article.md", "--to", "fa", "-o", "x.xlf"], in: folder).status, 0)
        let xliff = try String(contentsOf: folder.appendingPathComponent("article.en-fa.xlf"), encoding: .utf8)
            .replacingOccurrences(of: "معترضان در ایران تأیید شد", with: "معترضان در ايران تأييد شد")
        try xliff.write(to: folder.appendingPathComponent("arabic.xlf"), atomically: true, encoding: .utf8)
        let reported = try run(["import", "arabic.xlf"], in: folder)
        XCTAssertEqual(reported.status, 0, reported.stderr)
        XCTAssertTrue(reported.stderr.contains("normalization: arabic-yeh"), reported.stderr)
        XCTAssertEqual(try run(["import", "arabic.xlf", "--normalize"], in: folder).status, 0)
        XCTAssertEqual(try run(["export", "article.md", "--to", "fa", "-o", "out.md"], in: folder).status, 0)
        let first = try String(contentsOf: folder.appendingPathComponent("out.md"), encoding: .utf8).split(separator: "\n").first
        XCTAssertEqual(first, "# حکم زندان وکیل مدافع معترضان در ایران تأیید شد")
    }
}
