import BitextInterchange
import BitextModel
import Foundation
import XCTest

final class POTests: XCTestCase {
    func testSampleRoundTripsAsRawText() throws {
        let written = POFormat.write(Sample.file)
        let expected = Sample.rawProjection(Sample.file, keepsFinal: false, keepsNeedsReview: true)
        XCTAssertEqual(try POFormat.read(written, file: "sample.po").withoutLines, expected)
        XCTAssertEqual(POFormat.write(try POFormat.read(written, file: "sample.po")), written)
    }

    func testWritesHeaderCommentsContextAndWrappedStrings() {
        let text = String(decoding: POFormat.write(Sample.file), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("""
        msgid ""
        msgstr ""
        "Project-Id-Version: Bitext\\n"
        "PO-Revision-Date: \\n"
        "Last-Translator: \\n"
        "Language-Team: \\n"
        "Language: fa\\n"
        "MIME-Version: 1.0\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Content-Transfer-Encoding: 8bit\\n"
        "X-Bitext-Source-Language: en\\n"
        "X-Bitext-Document: tehran-metro\\n"
        "X-Bitext-Original: articles/tehran-metro.md\\n"
        "X-Bitext-Version: 3f9a1c0d2e\\n"
        "X-Bitext-Source-Format: md\\n"

        #. heading1
        msgctxt "tehran-metro/h-5d41402abc/s-7d793037a0"
        msgid "Tehran opens a new metro line"
        msgstr "تهران خط جدید مترو را افتتاح کرد"

        #. paragraph
        #. Note: Keep the minister's name as in official Persian sources.
        #. Note: Numbers: use Persian digits.
        #. Glossary: Azadi Square → میدان آزادی — Tehran landmark
        #. Glossary: Imam Khomeini Airport → فرودگاه امام خمینی
        msgctxt "tehran-metro/p-1a2b3c4d5e/s-0f9e8d7c6b"
        msgid ""
        "The **new line** connects Azadi Square to Imam Khomeini Airport, the "
        "minister said on Tuesday."
        msgstr ""
        "وزیر روز سه‌شنبه گفت **خط جدید** میدان آزادی را به فرودگاه امام خمینی متصل "
        "می‌کند."

        """))
        XCTAssertTrue(text.contains("""
        #, fuzzy
        msgctxt "tehran-metro/p-1a2b3c4d5e/s-1b2c3d4e5f"
        msgid "According to [the ministry's report."
        msgstr "بر اساس [گزارش وزارتخانه."
        """))
        XCTAssertTrue(text.hasSuffix("""
        msgid "Construction began in 2019 & cost \\"less\\" than <planned>."
        msgstr ""

        """))
    }

    func testEscapesAndBreaksAfterNewlines() {
        var file = Sample.file
        file.documents[0].units = [InterchangeUnit(id: "p-1", segments: [
            InterchangeSegment(id: "s-1", source: [Sample.text("Line one\nback\\slash\ttab")], target: [Sample.text("یک")]),
        ])]
        let text = String(decoding: POFormat.write(file), as: UTF8.self)
        XCTAssertTrue(text.contains("""
        msgid ""
        "Line one\\n"
        "back\\\\slash\\ttab"
        """))
        XCTAssertEqual(try POFormat.read(POFormat.write(file), file: "e.po").documents[0].units[0].segments[0].rawSource, "Line one\nback\\slash\ttab")
    }

    func testReadsWhatRealPOFilesUse() throws {
        let text = "\u{FEFF}# translator comment\r\n" + """
        msgid ""
        msgstr ""
        "Language: fa_IR\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

        #. paragraph
        #: src/news.c:12
        #, fuzzy, c-format
        #| msgid "Old text"
        msgctxt "news/p-1/s-1"
        msgid ""
        "Multi-line "
        "source"
        msgstr "مبدا"

        msgid "%d day"
        msgid_plural "%d days"
        msgstr[0] "%d روز"
        msgstr[1] "%d روز"

        #~ msgid "Obsolete"
        #~ msgstr "منسوخ"

            msgid "indented"
            msgstr ""
        """.replacingOccurrences(of: "\n", with: "\r\n")
        let file = try POFormat.read(bytes(text), file: "dir/news.po")
        XCTAssertEqual(file.targetLanguage?.value, "fa-IR")
        XCTAssertEqual(file.sourceLanguage, .english)
        let units = file.documents[0].units
        XCTAssertEqual(file.documents[0].id, "news")
        XCTAssertEqual(units.map(\.id), ["p-1", "entry-2", "entry-3"])
        XCTAssertEqual(units[0].kind, "paragraph")
        XCTAssertEqual(units[0].segments[0].rawSource, "Multi-line source")
        XCTAssertEqual(units[0].segments[0].source, [Sample.text("Multi-line source")])
        XCTAssertEqual(units[0].segments[0].target, [Sample.text("مبدا")])
        XCTAssertEqual(units[0].segments[0].state, .needsReview)
        XCTAssertEqual(units[0].segments[0].line, 8)
        XCTAssertEqual(units[1].segments[0].rawTarget, "%d روز")
        XCTAssertEqual(units[1].notes, ["Plural message (msgid_plural \"%d days\"): only the singular translation msgstr[0] is read."])
        XCTAssertEqual(units[2].segments[0].state, .new)
        XCTAssertNil(units[2].segments[0].target)
    }

    func testConvertsLegacyCharsets() throws {
        let header = bytes("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-7\\n\"\n\nmsgid \"Greek\"\nmsgstr \"")
        let file = try POFormat.read(header + [0xC5, 0xEB, 0xEB, 0xE7, 0xED, 0xE9, 0xEA, 0xDC] + bytes("\"\n"), file: "el.po")
        XCTAssertEqual(file.documents[0].units[0].segments[0].rawTarget, "Ελληνικά")
    }

    func testRejectsDuplicateMessages() {
        let error = interchangeError(try POFormat.read(bytes("msgid \"a\"\nmsgstr \"\"\n\nmsgid \"a\"\nmsgstr \"b\"\n"), file: "dup.po"))
        XCTAssertEqual(error?.line, 4)
        XCTAssertEqual(error?.message, "the message with msgid \"a\" appears twice; each msgctxt and msgid pair must be unique")
    }

    func testRejectsUnescapedQuotes() {
        let error = interchangeError(try POFormat.read(bytes("msgid \"a \"quoted\" word\"\nmsgstr \"\"\n"), file: "q.po"))
        XCTAssertEqual(error?.description, "q.po:1: there is text after the closing quote; write a double quote inside a string as \\\"")
    }

    func testRejectsInvalidUTF8WithItsLine() {
        let error = interchangeError(try POFormat.read(bytes("msgid \"a\"\nmsgstr \"") + [0xFF] + bytes("\"\n"), file: "bad.po"))
        XCTAssertEqual(error?.line, 2)
    }

    func testRejectsMissingPluralForms() {
        let text = "msgid \"\"\nmsgstr \"Plural-Forms: nplurals=3; plural=n%10==1 ? 0 : 1;\\n\"\n\nmsgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"a\"\nmsgstr[1] \"b\"\n"
        let error = interchangeError(try POFormat.read(bytes(text), file: "p.po"))
        XCTAssertEqual(error?.line, 4)
        XCTAssertTrue(error?.message.contains("has 2 forms but the header says nplurals=3") ?? false)
    }
}
