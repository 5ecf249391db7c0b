import Foundation
import XCTest

/// The translator's round trip from the command line: extract, import, status, export.
final class RoundTripCommandTests: CLITestCase {
    /// A working folder with a copy of the example article and its translation.
    func workspace() throws -> URL {
        let folder = try temporaryDirectory()
        let examples = Self.repository.appendingPathComponent("examples")
        for name in ["article.md", "article.fa.md", "article.en-fa.xlf"] {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    func testExampleArticleGoesOutComesBackAndIsPublishedInPersian() throws {
        let folder = try workspace()
        // (The default output name would overwrite the bundled translation in this folder.)
        let extract = try run(["extract", "article.md", "--to", "fa", "-o", "for-translator.xlf"], in: folder)
        XCTAssertEqual(extract.status, 0, extract.stderr)
        XCTAssertEqual(extract.stdout, "for-translator.xlf: 41 segments (41 new, 0 already translated, 0 from translation memory)\n")

        let imported = try run(["import", "article.en-fa.xlf"], in: folder)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual(imported.stdout, "article.en-fa.xlf: 41 translated segments (41 added, 0 changed, 0 unchanged), 0 untranslated\n")
        let again = try run(["import", "article.en-fa.xlf"], in: folder)
        XCTAssertEqual(again.stdout, "article.en-fa.xlf: 41 translated segments (0 added, 0 changed, 41 unchanged), 0 untranslated\n")

        let status = try run(["status", "--json"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
        let total = try XCTUnwrap(object?["total"] as? [String: Any])
        XCTAssertEqual(total["segments"] as? Int, 41)
        XCTAssertEqual(total["translated"] as? Int, 41)
        XCTAssertEqual(total["percent"] as? Double, 100)

        let export = try run(["export", "article.md", "--to", "fa", "-o", "out.fa.md"], in: folder)
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertEqual(export.stdout, "out.fa.md: 41 of 41 segments translated\n")
        // The bundled translation was aligned from article.fa.md, so the export is that file.
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("out.fa.md")),
                       try Data(contentsOf: folder.appendingPathComponent("article.fa.md")))
    }

    func testEveryFormatCarriesATranslationBack() throws {
        let folder = try workspace()
        XCTAssertEqual(try run(["extract", "article.md", "--to", "fa", "-o", "x.xlf", "--store", "full.sqlite"], in: folder).status, 0)
        XCTAssertEqual(try run(["import", "article.en-fa.xlf", "--store", "full.sqlite"], in: folder).status, 0)
        for format in ["xliff", "xliff12", "po", "csv"] {
            // A file written from a fully translated store…
            let written = try run(["extract", "article.md", "--to", "fa", "--format", format, "-o", "out.\(format)", "--store", "full.sqlite"], in: folder)
            XCTAssertEqual(written.status, 0, "\(format): \(written.stderr)")
            // …imports into a fresh store and exports the same Persian article.
            let store = "fresh-\(format).sqlite"
            XCTAssertEqual(try run(["extract", "article.md", "--to", "fa", "-o", "ignored.xlf", "--store", store], in: folder).status, 0)
            // CSV has no place for the language: the translator's file needs --to.
            let imported = try run(["import", "out.\(format)", "--store", store, "--to", "fa"], in: folder)
            XCTAssertEqual(imported.status, 0, "\(format): \(imported.stderr)")
            XCTAssertTrue(imported.stdout.contains("41 translated segments (41 added"), "\(format): \(imported.stdout)")
            XCTAssertEqual(try run(["export", "article.md", "--to", "fa", "-o", "out-\(format).md", "--store", store], in: folder).status, 0)
            XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("out-\(format).md")),
                           try Data(contentsOf: folder.appendingPathComponent("article.fa.md")), format)
        }
    }

    func testPartlyTranslatedExportKeepsSourceAndWarns() throws {
        let folder = try workspace()
        XCTAssertEqual(try run(["extract", "article.md", "--to", "fa", "--format", "csv", "-o", "empty.csv"], in: folder).status, 0)
        let export = try run(["export", "article.md", "--to", "fa", "-o", "same.md"], in: folder)
        XCTAssertEqual(export.status, 0)
        XCTAssertTrue(export.stderr.contains("warning: 41 of 41 segments are not translated into fa and keep their source text"), export.stderr)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("same.md")), try Data(contentsOf: folder.appendingPathComponent("article.md")))
    }

    func testBrokenCodesAreRejectedAndNothingIsImported() throws {
        let folder = try workspace()
        XCTAssertEqual(try run(["extract", "article.md", "--to", "fa", "-o", "x.xlf"], in: folder).status, 0)
        let original = try String(contentsOf: folder.appendingPathComponent("article.en-fa.xlf"), encoding: .utf8)
        // Drop the bold code around «هفت سال» in the target.
        let broken = original.replacingOccurrences(of: #"<pc id="1" dataRefStart="d1" dataRefEnd="d1" type="fmt" subType="bitext:strong">هفت سال</pc>"#,
                                                   with: "هفت سال")
        XCTAssertNotEqual(broken, original)
        try broken.write(to: folder.appendingPathComponent("broken.xlf"), atomically: true, encoding: .utf8)
        let result = try run(["import", "broken.xlf"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("(unit p-8d5e22f797/s-40485f2124): the start of code 1 (**) is missing"), result.stderr)
        XCTAssertTrue(result.stderr.contains("nothing was imported"), result.stderr)
        XCTAssertTrue(try run(["status", "--json"], in: folder).stdout.contains("\"translated\" : 0"))

        let partial = try run(["import", "broken.xlf", "--partial"], in: folder)
        XCTAssertEqual(partial.status, 1)
        XCTAssertTrue(partial.stdout.contains("40 translated segments (40 added, 0 changed, 0 unchanged), 0 untranslated, 1 rejected"), partial.stdout)
    }

    func testAFileForAnotherDocumentOrLanguageIsRefused() throws {
        let folder = try workspace()
        let noDocument = try run(["import", "article.en-fa.xlf"], in: folder)
        XCTAssertEqual(noDocument.status, 1)
        XCTAssertTrue(noDocument.stderr.contains("made for document 'article', which is not in the store"), noDocument.stderr)
        XCTAssertEqual(try run(["extract", "article.md", "--to", "fa", "-o", "x.xlf"], in: folder).status, 0)
        let wrongLanguage = try run(["import", "article.en-fa.xlf", "--to", "ar"], in: folder)
        XCTAssertEqual(wrongLanguage.status, 1)
        XCTAssertTrue(wrongLanguage.stderr.contains("the file is translated into 'fa', not 'ar'"), wrongLanguage.stderr)
    }

    func testUnknownUnitsAreListed() throws {
        let folder = try workspace()
        XCTAssertEqual(try run(["extract", "article.md", "--to", "fa", "-o", "x.xlf"], in: folder).status, 0)
        let text = try String(contentsOf: folder.appendingPathComponent("article.en-fa.xlf"), encoding: .utf8)
            .replacingOccurrences(of: #"<segment id="s-163cac0a06""#, with: #"<segment id="s-0000000000""#)
        try text.write(to: folder.appendingPathComponent("old.xlf"), atomically: true, encoding: .utf8)
        let result = try run(["import", "old.xlf"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("1 segment is not in document 'article': p-8d5e22f797/s-0000000000"), result.stderr)
    }

    func testMalformedFilesAreClearErrors() throws {
        let folder = try workspace()
        XCTAssertEqual(try run(["extract", "article.md", "--to", "fa", "-o", "x.xlf"], in: folder).status, 0)
        try Data("<xliff version=\"2.1\"><file id=\"article\"><unit id=\"u\">\n<segment>".utf8).write(to: folder.appendingPathComponent("cut.xlf"))
        let cut = try run(["import", "cut.xlf"], in: folder)
        XCTAssertEqual(cut.status, 1)
        XCTAssertTrue(cut.stderr.contains("cut.xlf:"), cut.stderr)
        XCTAssertTrue(cut.stderr.contains("Nothing was imported."), cut.stderr)

        let bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fa"><file id="article"/></xliff>
        """
        try Data(bomb.utf8).write(to: folder.appendingPathComponent("bomb.xlf"))
        let refused = try run(["import", "bomb.xlf"], in: folder)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.lowercased().contains("dtd") || refused.stderr.lowercased().contains("doctype"), refused.stderr)

        let validate = try run(["validate", "article.en-fa.xlf", "cut.xlf"], in: folder)
        XCTAssertEqual(validate.status, 1)
        XCTAssertTrue(validate.stdout.hasPrefix("OK article.en-fa.xlf: XLIFF 2, 1 document, 25 units, 41 segments\nFAIL cut.xlf:"), validate.stdout)
    }

    func testTwoImportsAtOnceBothLand() throws {
        let folder = try workspace()
        XCTAssertEqual(try run(["extract", "article.md", "--to", "fa", "-o", "x.xlf"], in: folder).status, 0)
        // Split the translation into two files: one with the first half of the units, one with the rest.
        let xliff = try String(contentsOf: folder.appendingPathComponent("article.en-fa.xlf"), encoding: .utf8)
        let units = xliff.components(separatedBy: "    <unit ")
        let head = units[0]
        let tail = "  </file>\n</xliff>\n"
        let bodies = units.dropFirst().map { "    <unit " + $0.replacingOccurrences(of: "  </file>\n</xliff>\n", with: "") }
        let half = bodies.count / 2
        try (head + bodies[..<half].joined() + tail).write(to: folder.appendingPathComponent("a.xlf"), atomically: true, encoding: .utf8)
        try (head + bodies[half...].joined() + tail).write(to: folder.appendingPathComponent("b.xlf"), atomically: true, encoding: .utf8)
        // Two processes at once, each writing its errors to a file.
        let processes = try ["a.xlf", "b.xlf"].map { file -> Process in
            let process = Process()
            process.executableURL = executable
            process.arguments = ["import", file]
            process.currentDirectoryURL = folder
            FileManager.default.createFile(atPath: folder.appendingPathComponent("\(file).err").path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: folder.appendingPathComponent("\(file).err"))
            process.standardOutput = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        let errors = try ["a.xlf", "b.xlf"].map { try String(contentsOf: folder.appendingPathComponent("\($0).err"), encoding: .utf8) }
        XCTAssertEqual(processes.map(\.terminationStatus), [0, 0], errors.joined())
        XCTAssertTrue(try run(["status", "--json"], in: folder).stdout.contains("\"translated\" : 41"))
    }

    func testAlignRefusesATranslationWithOtherBlocks() throws {
        let folder = try workspace()
        try Data("# عنوان\n\nیک جمله.\n".utf8).write(to: folder.appendingPathComponent("short.fa.md"))
        let result = try run(["align", "article.md", "short.fa.md", "--to", "fa", "-o", "x.xlf"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("short.fa.md: has 2 blocks but article.md has 25"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.xlf").path))
    }

    func testBilingualEditionsOfTheExample() throws {
        let folder = try workspace()
        XCTAssertEqual(try run(["extract", "article.md", "--to", "fa", "-o", "x.xlf"], in: folder).status, 0)
        XCTAssertEqual(try run(["import", "article.en-fa.xlf"], in: folder).status, 0)
        let text = try run(["export", "article.md", "--to", "fa", "--as", "bilingual-text"], in: folder)
        XCTAssertEqual(text.stdout, "article.en-fa.txt: 41 of 41 segments translated\n", text.stderr)
        let lines = try String(contentsOf: folder.appendingPathComponent("article.en-fa.txt"), encoding: .utf8).components(separatedBy: "\n")
        XCTAssertEqual(Array(lines.prefix(3)), [" 1. Iran Upholds Prison Term for Lawyer Who Defended Protesters",
                                                "    \u{200F}حکم زندان وکیل مدافع معترضان در ایران تأیید شد", ""])
        let html = try run(["export", "article.md", "--to", "fa", "--as", "bilingual-html", "--align", "paragraph"], in: folder)
        XCTAssertEqual(html.stdout, "article.en-fa.html: 41 of 41 segments translated\n", html.stderr)
        let page = try String(contentsOf: folder.appendingPathComponent("article.en-fa.html"), encoding: .utf8)
        XCTAssertEqual(page.components(separatedBy: "<div class=\"pair").count - 1, 25)
        XCTAssertEqual(page.components(separatedBy: "<div class=\"target\" lang=\"fa\" dir=\"rtl\">").count - 1, 25)
        let bad = try run(["export", "article.md", "--to", "fa", "--as", "bilingual-html", "--align", "word"], in: folder)
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("unknown --align 'word'; use sentence or paragraph"), bad.stderr)
    }

    func testPersianDatesAndDigitsOnRequest() throws {
        let folder = try workspace()
        XCTAssertEqual(try run(["extract", "article.md", "--to", "fa", "-o", "x.xlf"], in: folder).status, 0)
        XCTAssertEqual(try run(["import", "article.en-fa.xlf"], in: folder).status, 0)
        XCTAssertEqual(try run(["export", "article.md", "--to", "fa", "--persian-dates", "--localize-numbers", "-o", "d.md"], in: folder).status, 0)
        let text = try String(contentsOf: folder.appendingPathComponent("d.md"), encoding: .utf8)
        XCTAssertTrue(text.contains("تهران، ۳ آذر ۱۴۰۵ — "), String(text.prefix(300)))
        XCTAssertTrue(text.contains("(https://example.org/amnesty/jahanbani-statement)"), "link targets are codes and keep their digits")
        let html = try run(["export", "article.md", "--to", "fa", "--as", "bilingual-html", "--persian-dates", "-o", "d.html"], in: folder)
        XCTAssertEqual(html.status, 0, html.stderr)
        let page = try String(contentsOf: folder.appendingPathComponent("d.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<time datetime=\"2026-11-24\" title=\"۲۴ نوامبر ۲۰۲۶\">۳ آذر ۱۴۰۵</time>"), page)
    }
}
