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
