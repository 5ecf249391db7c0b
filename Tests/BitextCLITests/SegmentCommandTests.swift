import Foundation
import XCTest

/// `bitext segment` on real files, and its errors.
final class SegmentCommandTests: CLITestCase {
    func testSegmentsTheExampleArticleOneSentenceALine() throws {
        let result = try run(["segment", "examples/article.md"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let blocks = result.stdout.components(separatedBy: "\n\n")
        XCTAssertEqual(blocks.first, "Iran Upholds Prison Term for Lawyer Who Defended Protesters")
        XCTAssertEqual(blocks[1].split(separator: "\n").map(String.init), [
            "TEHRAN, Nov. 24, 2026 — The defense team of Kaveh Jahanbani, a prominent human rights lawyer who represented dozens of protesters detained after demonstrations in Zahedan and Mashhad, said on Tuesday that an appeals court in Tehran had upheld his seven-year prison sentence.",
            "The ruling, issued by Branch No. 36 of the Tehran Court of Appeals, was delivered to his lawyers at 10:30 a.m. on Sunday.",
            "Mr. Jahanbani, 52, was convicted of “assembly and collusion against national security” and “propaganda against the state,” charges that are often brought against activists in Iran.",
        ])
    }

    func testPersianTranslationIsDetectedAndSegmentedWithPersianRules() throws {
        let english = try run(["segment", "examples/article.md"])
        let persian = try run(["segment", "examples/article.fa.md"])
        XCTAssertEqual(persian.status, 0, persian.stderr)
        // The translation is sentence-aligned with the English: same blocks, same sentence counts.
        let counts = { (text: String) in text.components(separatedBy: "\n\n").map { $0.split(separator: "\n").count } }
        XCTAssertEqual(counts(persian.stdout), counts(english.stdout))
    }

    func testJSONListsIdsKindsAndByteOffsets() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("brief.html")
        try Data("<h1>Talks</h1>\n<p>Iran met the IAEA. Talks resume in May.</p>\n".utf8).write(to: file)
        let result = try run(["segment", file.path, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
        {
          "blocks" : [
            {
              "end" : 9,
              "id" : "h-9042210cce",
              "kind" : "heading",
              "level" : 1,
              "segments" : [
                {
                  "end" : 9,
                  "id" : "s-9042210cce",
                  "start" : 4,
                  "text" : "Talks"
                }
              ],
              "start" : 4
            },
            {
              "end" : 57,
              "id" : "p-7ec4367f6b",
              "kind" : "paragraph",
              "segments" : [
                {
                  "end" : 36,
                  "id" : "s-19288c7661",
                  "start" : 18,
                  "text" : "Iran met the IAEA."
                },
                {
                  "end" : 57,
                  "id" : "s-e07fdcb38f",
                  "start" : 37,
                  "text" : "Talks resume in May."
                }
              ],
              "start" : 18
            }
          ],
          "document" : "brief",
          "format" : "html",
          "language" : "en",
          "offsets" : "UTF-8 bytes from the start of the file"
        }

        """)
    }

    func testReadsStandardInput() throws {
        let result = try run(["segment", "-"], stdin: Data("Dr. Sadeghi spoke. She will appeal.\n".utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "Dr. Sadeghi spoke.\nShe will appeal.\n")
    }

    func testLanguageOptionPicksTheRules() throws {
        // A question quoted in the middle of a Persian sentence does not end it; English
        // rules, which rely on capital letters, cannot see that.
        let text = Data("پرسش «چه کسی دستور شلیک را داد؟» هنوز بی‌پاسخ مانده است.\n".utf8)
        XCTAssertEqual(try run(["segment", "-", "--lang", "fa"], stdin: text).stdout, "پرسش «چه کسی دستور شلیک را داد؟» هنوز بی‌پاسخ مانده است.\n")
        XCTAssertEqual(try run(["segment", "-", "--lang", "en"], stdin: text).stdout, "پرسش «چه کسی دستور شلیک را داد؟»\nهنوز بی‌پاسخ مانده است.\n")
        // Without --lang, the script tells: this is Persian.
        XCTAssertEqual(try run(["segment", "-"], stdin: text).stdout, "پرسش «چه کسی دستور شلیک را داد؟» هنوز بی‌پاسخ مانده است.\n")
    }

    func testEmptyFileHasNoSegmentsAndSucceeds() throws {
        let file = try temporaryDirectory().appendingPathComponent("empty.md")
        try Data().write(to: file)
        let result = try run(["segment", file.path])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "")
    }

    func testMissingFileIsAClearError() throws {
        let result = try run(["segment", "no-such-article.md"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("no-such-article.md: no such file; check the path"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testUnknownExtensionIsAClearError() throws {
        let file = try temporaryDirectory().appendingPathComponent("article.docx")
        try Data("text".utf8).write(to: file)
        let result = try run(["segment", file.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("cannot tell the format from the extension 'docx'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("--input-format txt|md|html"), result.stderr)
        // --input-format overrides the extension.
        XCTAssertEqual(try run(["segment", file.path, "--input-format", "txt"]).stdout, "text\n")
    }

    func testInvalidUTF8AndBinaryInputAreClearErrors() throws {
        let directory = try temporaryDirectory()
        let latin1 = directory.appendingPathComponent("latin1.txt")
        try Data([0x54, 0x65, 0x68, 0x72, 0xE1, 0x6E, 0x0A]).write(to: latin1)
        let invalid = try run(["segment", latin1.path])
        XCTAssertEqual(invalid.status, 1)
        XCTAssertTrue(invalid.stderr.contains("latin1.txt: invalid UTF-8 at byte offset 4 (line 1)"), invalid.stderr)

        let binary = directory.appendingPathComponent("image.html")
        try Data([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x00, 0x01]).write(to: binary)
        let refused = try run(["segment", binary.path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("image.html: looks like a binary file (NUL byte at offset 6)"), refused.stderr)
    }

    func testBadLanguageAndFormatOptions() throws {
        let badLanguage = try run(["segment", "examples/article.md", "--lang", "x"])
        XCTAssertEqual(badLanguage.status, 1)
        XCTAssertTrue(badLanguage.stderr.contains("'x' is not a language tag; use en or fa"), badLanguage.stderr)
        let unsupported = try run(["segment", "examples/article.md", "--lang", "de"])
        XCTAssertEqual(unsupported.status, 1)
        XCTAssertTrue(unsupported.stderr.contains("no segmentation rules for 'de'"), unsupported.stderr)
        let badFormat = try run(["segment", "-", "--input-format", "docx"], stdin: Data())
        XCTAssertEqual(badFormat.status, 1)
        XCTAssertTrue(badFormat.stderr.contains("unknown input format 'docx'; use txt, md or html"), badFormat.stderr)
    }

    func testVersionNamesICU() throws {
        let result = try run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.hasPrefix("bitext 0.1.0 (ICU "), result.stdout)
    }
}
