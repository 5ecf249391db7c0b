import BitextAssembly
import BitextModel
import XCTest

/// Bilingual editions of a small Persian translation.
final class BilingualEditionTests: XCTestCase {
    /// A document built by hand: a heading and a two-sentence paragraph.
    func document() -> Document {
        func segment(_ id: String, _ text: String) -> Segment { Segment(id: id, content: [.text(TextRun(text))], source: 0..<0) }
        return Document(id: "brief", format: .markdown, language: .english, skeleton: Skeleton(bytes: []), blocks: [
            Block(id: "h-1", kind: .heading(1), content: [], segments: [segment("s-1", "Talks resume")]),
            Block(id: "p-1", kind: .paragraph, content: [], segments: [segment("s-2", "The IAEA said so on Monday."),
                                                                      segment("s-3", "Officials <did not> comment.")]),
        ])
    }

    let persian = ["s-1": "مذاکرات از سر گرفته شد", "s-2": "IAEA روز دوشنبه این را اعلام کرد.", "s-3": "<script>alert(1)</script>"]

    func edition(_ alignment: BilingualEdition.Alignment, translated: Set<String>? = nil) -> BilingualEdition {
        BilingualEdition(document: document(), targetLanguage: .persian, alignment: alignment) { _, segment in
            translated.map { $0.contains(segment.id) } ?? true ? self.persian[segment.id] : nil
        }
    }

    func testPlainTextPairsEachPersianLineStartsWithRLM() {
        XCTAssertEqual(BilingualText.render(edition(.sentence, translated: ["s-1", "s-2"]), lineEnd: "\r\n"),
                       "1. Talks resume\r\n   \u{200F}مذاکرات از سر گرفته شد\r\n\r\n"
                       + "2. The IAEA said so on Monday.\r\n   \u{200F}IAEA روز دوشنبه این را اعلام کرد.\r\n\r\n"
                       + "3. Officials <did not> comment.\r\n   \u{200F}[not translated yet]\r\n\r\n")
    }

    func testParagraphAlignmentJoinsSentencesAndNeedsThemAll() {
        let rows = edition(.paragraph, translated: ["s-1", "s-2"]).rows
        XCTAssertEqual(rows.map(\.source), ["Talks resume", "The IAEA said so on Monday. Officials <did not> comment."])
        XCTAssertEqual(rows.map(\.target), ["مذاکرات از سر گرفته شد", nil])
        XCTAssertEqual(edition(.paragraph).rows[1].target, "IAEA روز دوشنبه این را اعلام کرد. <script>alert(1)</script>")
    }

    func testHTMLEscapesTranslatorTextIsolatesLatinAndMarksGaps() {
        let html = BilingualHTML.render(edition(.sentence, translated: ["s-1", "s-2", "s-3"]))
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">\n"), html)
        XCTAssertTrue(html.contains("<title>مذاکرات از سر گرفته شد</title>"))
        XCTAssertTrue(html.contains("<div class=\"source\" lang=\"en\" dir=\"ltr\"><h1>Talks resume</h1></div>"), html)
        XCTAssertTrue(html.contains("<div class=\"target\" lang=\"fa\" dir=\"rtl\"><bdi dir=\"ltr\">IAEA</bdi> روز دوشنبه این را اعلام کرد.</div>"), html)
        // Markup a translator typed is text, and its Latin words are isolated like any other.
        XCTAssertTrue(html.contains("<div class=\"target\" lang=\"fa\" dir=\"rtl\">&lt;<bdi dir=\"ltr\">script&gt;alert(1)&lt;/script</bdi>&gt;</div>"), html)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("<div class=\"source\" lang=\"en\" dir=\"ltr\">Officials &lt;did not&gt; comment.</div>"), html)
        let gap = BilingualHTML.render(edition(.sentence, translated: ["s-1"]))
        XCTAssertTrue(gap.contains("<div class=\"target untranslated\" lang=\"en\" dir=\"ltr\"><span class=\"flag\">not translated yet</span> The IAEA said so on Monday.</div>"), gap)
    }

    func testPageIsValidHTMLForHTML5libAndTidy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("brief.en-fa.html")
        try Data(BilingualHTML.render(edition(.sentence, translated: ["s-1", "s-2"])).utf8).write(to: file)
        let tool = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/tools/interop-check")
        let process = Process()
        process.executableURL = tool
        process.arguments = [file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("rtl_without_rtl_dir=0"), text)
    }
}
