import BitextInterchange
import BitextModel
import XCTest

final class XLIFF12Tests: XCTestCase {
    func testSampleRoundTripsExceptCodeMarkup() throws {
        let written = XLIFF12Format.write(Sample.file)
        XCTAssertEqual(try XLIFF12Format.read(written, file: "sample.xlf").withoutLines, Sample.file.withoutCodeOriginals)
    }

    func testWritesGroupsTransUnitsCodesAndStates() {
        let text = String(decoding: XLIFF12Format.write(Sample.file), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("""
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
          <file original="articles/tehran-metro.md" source-language="en" target-language="fa" datatype="x-md" tool-id="bitext">
            <header>
              <tool tool-id="bitext" tool-name="Bitext"/>
              <note from="bitext-document">tehran-metro</note>
              <note from="bitext-version">3f9a1c0d2e</note>
            </header>
            <body>
              <group id="h-5d41402abc" restype="x-heading1">
                <trans-unit id="h-5d41402abc/s-7d793037a0" approved="yes" xml:space="preserve">
                  <source>Tehran opens a new metro line</source>
                  <target state="final">تهران خط جدید مترو را افتتاح کرد</target>
                </trans-unit>
              </group>
              <group id="p-1a2b3c4d5e" restype="x-paragraph">
                <note>Keep the minister's name as in official Persian sources.</note>
        """))
        XCTAssertTrue(text.contains("""
                  <source>The <g id="1" ctype="x-strong">new line</g> connects Azadi Square to Imam Khomeini Airport, the minister said on Tuesday.</source>
                  <target state="translated">وزیر روز سه‌شنبه گفت <g id="1" ctype="x-strong">خط جدید</g> میدان آزادی را به فرودگاه امام خمینی متصل می‌کند.</target>
                  <note from="glossary">Azadi Square → میدان آزادی — Tehran landmark</note>
        """))
        XCTAssertTrue(text.contains(#"<target state="needs-review-translation">بر اساس <bx id="2" ctype="x-link"/>گزارش وزارتخانه.</target>"#))
        XCTAssertTrue(text.contains(#"<source>The line will carry 40,000 passengers a day<ex id="2"/>. <x id="3" ctype="x-image"/></source>"#))
    }

    func testReadsFilesOfOtherTools() throws {
        let file = try XLIFF12Format.read(bytes("""
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">
         <file original="news.html" source-language="en-US" target-language="fa_IR" datatype="html">
          <body>
           <trans-unit id="42" sdl:extra="x">
            <source>Read <bpt id="1">&lt;a href="/x"></bpt>more<ept id="1">&lt;/a></ept><ph id="2">&lt;br/></ph></source>
            <target state="needs-review-l10n">بیشتر <bpt id="1">&lt;a href="/x"></bpt>بخوانید<ept id="1">&lt;/a></ept></target>
            <note>Link text</note>
           </trans-unit>
           <group id="g7"><trans-unit id="t1"><source>Hi <it id="5" pos="open">&lt;i></it>there</source><target>سلام</target></trans-unit></group>
          </body>
         </file>
        </xliff>
        """), file: "tool.xlf")
        XCTAssertEqual(file.targetLanguage?.value, "fa-IR")
        let units = file.documents[0].units
        XCTAssertEqual(units.map(\.id), ["42", "g7"])
        XCTAssertEqual(units[0].notes, ["Link text"])
        XCTAssertEqual(units[0].segments[0].source, [
            Sample.text("Read "), .open(InlineCode(id: 1, kind: "code", original: "<a href=\"/x\">", source: nil)), Sample.text("more"),
            .close(InlineCode(id: 1, kind: "code", original: "</a>", source: nil)), .placeholder(InlineCode(id: 2, kind: "code", original: "<br/>", source: nil)),
        ])
        XCTAssertEqual(units[0].segments[0].state, .needsReview)
        XCTAssertEqual(units[1].segments[0].id, "t1")
        XCTAssertEqual(units[1].segments[0].state, .translated)
        XCTAssertEqual(units[1].segments[0].source[1], .open(InlineCode(id: 5, kind: "code", original: "<i>", source: nil)))
    }

    func testRejectsTranslationWithoutID() {
        let error = interchangeError(try XLIFF12Format.read(bytes("""
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" datatype="plaintext"><body>
        <trans-unit><source>foo</source><target>bar</target></trans-unit>
        </body></file></xliff>
        """), file: "noid.xlf"))
        XCTAssertEqual(error?.line, 2)
        XCTAssertTrue(error?.message.hasPrefix("a <trans-unit> with a translation has no id") ?? false)
    }
}
