import Foundation
import XCTest

/// `bitext glossary` and the glossary checks of extract and import.
final class GlossaryCommandTests: CLITestCase {
    let header = "id\ten\ten_variants\tfa\tfa_allowed\tfa_forbidden\tpos\tcategory\tcase_sensitive\tnote\n"

    func glossaryFile(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("g.tsv").path
        try Data((header + "city-tehran\tTehran\t\tتهران\t\tطهران\tproper-noun\tcity\tyes\tCapital.\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testLookupAddAndConflictingImport() throws {
        let folder = try temporaryDirectory()
        let path = try glossaryFile(in: folder)
        XCTAssertEqual(try run(["glossary", "lookup", "tehran", "--glossary", path]).stdout,
                       "Tehran → تهران   [city-tehran, city]\n  forbidden: طهران\n  note: Capital.\n")
        let missing = try run(["glossary", "lookup", "Tabriz", "--glossary", path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("'Tabriz' is not in the glossary"), missing.stderr)

        let added = try run(["glossary", "add", "Tabriz", "تبریز", "--category", "city", "--case-sensitive", "--glossary", path])
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertEqual(try run(["glossary", "lookup", "تبریز", "--glossary", path]).stdout, "Tabriz → تبریز   [city-tabriz, city]\n")

        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let incoming = folder.appendingPathComponent("more.csv")
        try Data((header.replacingOccurrences(of: "\t", with: ",")
            + "city-isfahan,Isfahan,Esfahan,اصفهان,,,proper-noun,city,yes,\n"
            + "city-tehran-2,Tehran,,طهران,,,proper-noun,city,yes,\"Old, Arabic spelling\"\n").utf8).write(to: incoming)
        let conflict = try run(["glossary", "import", incoming.path, "--glossary", path])
        XCTAssertEqual(conflict.status, 1)
        XCTAssertTrue(conflict.stderr.contains("\"Tehran\" is «تهران» in the glossary but «طهران»"), conflict.stderr)
        XCTAssertTrue(conflict.stderr.contains("Nothing was merged."), conflict.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    func testStrictImportRejectsAForbiddenRendering() throws {
        let folder = try temporaryDirectory()
        let path = try glossaryFile(in: folder)
        try Data("Protests spread across Tehran.\n".utf8).write(to: folder.appendingPathComponent("brief.txt"))
        XCTAssertEqual(try run(["extract", "brief.txt", "--to", "fa", "--format", "po", "-o", "brief.po", "--glossary", path], in: folder).status, 0)
        let po = try String(contentsOf: folder.appendingPathComponent("brief.po"), encoding: .utf8)
        XCTAssertTrue(po.contains("#. Glossary: Tehran → تهران — Capital."), po)
        let translated = po.replacingOccurrences(of: "msgstr \"\"\n\n", with: "").replacingOccurrences(
            of: "msgid \"Protests spread across Tehran.\"\nmsgstr \"\"", with: "msgid \"Protests spread across Tehran.\"\nmsgstr \"اعتراض‌ها به سراسر طهران رسید.\"")
        try translated.write(to: folder.appendingPathComponent("done.po"), atomically: true, encoding: .utf8)

        let lenient = try run(["import", "done.po", "--glossary", path, "--store", "lenient.sqlite"], in: folder)
        XCTAssertEqual(lenient.status, 1, "the document is not in this store")
        XCTAssertEqual(try run(["extract", "brief.txt", "--to", "fa", "-o", "x.xlf", "--store", "lenient.sqlite", "--glossary", path], in: folder).status, 0)
        let warned = try run(["import", "done.po", "--glossary", path, "--store", "lenient.sqlite"], in: folder)
        XCTAssertEqual(warned.status, 0, warned.stderr)
        XCTAssertTrue(warned.stderr.contains("warning: done.po:"), warned.stderr)
        XCTAssertTrue(warned.stderr.contains("glossary: «طهران» is a forbidden rendering of \"Tehran\"; use «تهران» (Capital.)"), warned.stderr)

        let strict = try run(["import", "done.po", "--glossary", path, "--strict"], in: folder)
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.stderr.contains("error: done.po:"), strict.stderr)
        XCTAssertTrue(strict.stderr.contains("nothing was imported"), strict.stderr)
    }

    func testCheckListsTermsRenderedInMoreThanOneWay() throws {
        let folder = try temporaryDirectory()
        let path = try glossaryFile(in: folder)
        try Data("Tehran was calm.\n\nIn Tehran, shops opened.\n".utf8).write(to: folder.appendingPathComponent("day.txt"))
        XCTAssertEqual(try run(["extract", "day.txt", "--to", "fa", "--format", "csv", "-o", "day.csv", "--glossary", path], in: folder).status, 0)
        var csv = try String(contentsOf: folder.appendingPathComponent("day.csv"), encoding: .utf8)
        csv = csv.replacingOccurrences(of: "Tehran was calm.,,", with: "Tehran was calm.,تهران آرام بود.,")
            .replacingOccurrences(of: "\"In Tehran, shops opened.\",,", with: "\"In Tehran, shops opened.\",در طهران مغازه‌ها باز شدند.,")
        try csv.write(to: folder.appendingPathComponent("day-done.csv"), atomically: true, encoding: .utf8)
        let imported = try run(["import", "day-done.csv", "--to", "fa", "--glossary", path], in: folder)
        XCTAssertEqual(imported.status, 0, imported.stderr + csv)
        let check = try run(["glossary", "check", "--glossary", path], in: folder)
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stdout.hasPrefix("Tehran (glossary: «تهران»), rendered 2 ways:\n  «تهران»: day/p-"), check.stdout)
        XCTAssertTrue(check.stdout.contains("  no glossary form: day/p-"), check.stdout)
        XCTAssertTrue(check.stdout.hasSuffix("2 translated segments checked; 1 term rendered in more than one way\n"), check.stdout)
    }

    func testExportsTBXAndMergesItBack() throws {
        let folder = try temporaryDirectory()
        let path = try glossaryFile(in: folder)
        let tbx = folder.appendingPathComponent("g.tbx").path
        let export = try run(["glossary", "export", "--format", "tbx", "-o", tbx, "--glossary", path])
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertEqual(try run(["glossary", "lookup", "Tehran", "--glossary", tbx]).stdout,
                       "Tehran → تهران   [city-tehran, city]\n  forbidden: طهران\n  note: Capital.\n")
        // Merging the same entries again adds nothing and conflicts with nothing.
        let merged = try run(["glossary", "import", tbx, "--glossary", path])
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertTrue(merged.stdout.hasSuffix(": 0 entries added from \(tbx)\n"), merged.stdout)
    }
}
