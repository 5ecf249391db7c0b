import BitextInterchange
import BitextModel
import Foundation
import XCTest

final class XLIFF2Tests: XCTestCase {
    private func read(_ text: String) throws -> InterchangeFile {
        try XLIFF2Format.read(bytes(text), file: "test.xlf")
    }

    private func wrap(_ units: String, trgLang: String? = "fa") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en"\(trgLang.map { " trgLang=\"\($0)\"" } ?? "")>
          <file id="doc">
        \(units)
          </file>
        </xliff>
        """
    }

    func testSampleRoundTripsExactly() throws {
        let written = XLIFF2Format.write(Sample.file)
        XCTAssertEqual(try XLIFF2Format.read(written, file: "sample.xlf").withoutLines, Sample.file)
    }

    func testWritesCodesAsPairedSplitAndPlaceholderElements() throws {
        let text = String(decoding: XLIFF2Format.write(Sample.file), as: UTF8.self)
        XCTAssertTrue(text.contains("""
                <source>The <pc id="1" dataRefStart="d1" dataRefEnd="d1" type="fmt" subType="bitext:strong">new line</pc> connects Azadi Square to Imam Khomeini Airport, the minister said on Tuesday.</source>
        """))
        XCTAssertTrue(text.contains("""
                <source>According to <sc id="2" dataRef="d2" type="link" subType="bitext:link"/>the ministry's report.</source>
        """))
        XCTAssertTrue(text.contains("""
        <ec startRef="2" dataRef="d3" type="link" subType="bitext:link"/>. <ph id="3" dataRef="d4" type="image" subType="bitext:image"/></source>
        """))
        XCTAssertTrue(text.contains("""
              <originalData>
                <data id="d1">**</data>
                <data id="d2">[</data>
                <data id="d3">](https://example.com/report)</data>
                <data id="d4">![Map of the new line](map.png)</data>
              </originalData>
        """))
    }

    func testWritesDocumentFactsGlossaryNotesAndStates() throws {
        let text = String(decoding: XLIFF2Format.write(Sample.file), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("""
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0" version="2.1" srcLang="en" trgLang="fa">
          <file id="tehran-metro" original="articles/tehran-metro.md">
            <mda:metadata>
              <mda:metaGroup category="bitext">
                <mda:meta type="version">3f9a1c0d2e</mda:meta>
                <mda:meta type="source-format">md</mda:meta>
              </mda:metaGroup>
            </mda:metadata>
            <unit id="h-5d41402abc" name="heading1">
        """))
        XCTAssertTrue(text.contains("""
            <unit id="p-1a2b3c4d5e" name="paragraph">
              <gls:glossary>
                <gls:glossEntry ref="#s-0f9e8d7c6b">
                  <gls:term>Azadi Square</gls:term>
                  <gls:translation>میدان آزادی</gls:translation>
                  <gls:definition>Tehran landmark</gls:definition>
                </gls:glossEntry>
        """))
        XCTAssertTrue(text.contains("""
              <notes>
                <note category="context">Keep the minister's name as in official Persian sources.</note>
                <note category="context">Numbers: use Persian digits.</note>
              </notes>
        """))
        XCTAssertTrue(text.contains(#"<segment id="s-1b2c3d4e5f" state="translated" subState="bitext:needs-review">"#))
        XCTAssertTrue(text.contains(#"<segment id="s-7d793037a0" state="final">"#))
        XCTAssertTrue(text.contains("""
              <segment id="s-3d4e5f6071" state="initial">
                <source>Construction began in 2019 &amp; cost "less" than &lt;planned&gt;.</source>
              </segment>
        """))
    }

    func testOmitsTargetLanguageWhenThereIsNone() {
        var file = Sample.file
        file.targetLanguage = nil
        file.documents[0].units = [InterchangeUnit(id: "p-1", segments: [InterchangeSegment(id: "s-1", source: [Sample.text("Hello")])])]
        let text = String(decoding: XLIFF2Format.write(file), as: UTF8.self)
        XCTAssertTrue(text.contains(#"version="2.1" srcLang="en">"#))
    }

    func testControlCharactersBecomeCodePointElementsAndReadBack() throws {
        var file = Sample.file
        file.documents[0].units = [InterchangeUnit(id: "p-1", segments: [InterchangeSegment(id: "s-1", source: [Sample.text("a\u{0B}b\rc")])])]
        let written = XLIFF2Format.write(file)
        XCTAssertTrue(String(decoding: written, as: UTF8.self).contains("<source>a<cp hex=\"000B\"/>b&#13;c</source>"))
        XCTAssertEqual(try XLIFF2Format.read(written, file: "t.xlf").documents[0].units[0].segments[0].source, [Sample.text("a\u{0B}b\rc")])
    }

    func testReadsStatesAsTheConventionsSay() throws {
        let file = try read(wrap("""
            <unit id="u1">
              <segment id="a" state="initial"><source>A</source><target>الف</target></segment>
              <segment id="b" state="initial"><source>B</source><target/></segment>
              <segment id="c" state="reviewed"><source>C</source><target>ج</target></segment>
              <segment id="d" state="translated" subState="bitext:needs-review"><source>D</source><target>د</target></segment>
              <segment id="e" state="translated" subState="other:x"><source>E</source><target>ه</target></segment>
              <segment id="f"><source>F</source></segment>
            </unit>
        """))
        XCTAssertEqual(file.documents[0].units[0].segments.map(\.state), [.translated, .new, .final, .needsReview, .translated, .new])
        XCTAssertEqual(file.documents[0].units[0].segments[1].target, [])
    }

    func testAcceptsVersion20AndReadsForeignCodes() throws {
        let file = try XLIFF2Format.read(bytes("""
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="fa-IR">
         <file id="f1"><unit id="1">
          <originalData><data id="d1">&lt;b></data><data id="d2">&lt;/b></data></originalData>
          <segment><source><pc id="b1" dataRefStart="d1" dataRefEnd="d2" type="fmt" subType="xlf:b">Hi</pc> <mrk id="m1" type="term">there</mrk><ph id="7"/></source></segment>
         </unit></file>
        </xliff>
        """), file: "other.xlf")
        let segment = file.documents[0].units[0].segments[0]
        XCTAssertEqual(file.sourceLanguage.value, "en-US")
        XCTAssertEqual(segment.id, "1")
        XCTAssertEqual(segment.source, [
            .open(InlineCode(id: 8, kind: "b", original: "<b>", source: nil)), Sample.text("Hi"),
            .close(InlineCode(id: 8, kind: "b", original: "</b>", source: nil)), Sample.text(" there"),
            .placeholder(InlineCode(id: 7, kind: "code", original: "", source: nil)),
        ])
    }

    func testRejectsDuplicateUnitIDs() {
        let error = interchangeError(try read(wrap("""
            <unit id="p-1"><segment id="s-1"><source>A</source></segment></unit>
            <unit id="p-1"><segment id="s-2"><source>B</source></segment></unit>
        """)))
        XCTAssertEqual(error?.line, 5)
        XCTAssertEqual(error?.unit, "p-1")
        XCTAssertEqual(error?.message, "the unit id \"p-1\" is used twice in this <file>; unit ids must be unique")
    }

    func testRejectsDuplicateSegmentIDs() {
        let error = interchangeError(try read(wrap("""
            <unit id="p-1"><segment id="s-1"><source>A</source></segment><segment id="s-1"><source>B</source></segment></unit>
        """)))
        XCTAssertEqual(error?.unit, "p-1")
        XCTAssertTrue(error?.message.hasPrefix("the id \"s-1\" is used more than once") ?? false, error?.message ?? "")
    }

    func testRejectsEndCodeWithoutStartCode() {
        let error = interchangeError(try read(wrap("""
            <unit id="p-1"><segment id="s-1"><source>A<ec startRef="1"/></source></segment></unit>
        """)))
        XCTAssertEqual(error?.description, "test.xlf:4:47 (unit p-1/s-1): <ec startRef=\"1\"/> has no <sc id=\"1\"/> before it in the source of this unit (F6); an end code must follow its start code")
    }

    func testRejectsStartCodeWithoutEndCode() {
        let error = interchangeError(try read(wrap("""
            <unit id="p-1"><segment id="s-1"><source><sc id="1"/>A</source></segment><segment id="s-2"><source>B</source></segment></unit>
        """)))
        XCTAssertEqual(error?.line, 4)
        XCTAssertEqual(error?.unit, "p-1")
        XCTAssertTrue(error?.message.contains("has no <ec startRef=\"1\"/> after it") ?? false)
    }

    func testAcceptsStartAndEndCodesAcrossSegments() throws {
        let file = try read(wrap("""
            <unit id="p-1"><segment id="s-1"><source><sc id="1"/>A</source></segment><segment id="s-2"><source>B<ec startRef="1"/></source></segment></unit>
        """))
        XCTAssertEqual(file.documents[0].units[0].segments[1].source.last, .close(InlineCode(id: 1, kind: "code", original: "", source: nil)))
    }

    func testRejectsEndCodeBeforeItsStart() {
        let error = interchangeError(try read(wrap("""
            <unit id="p-1"><segment id="s-1"><source>A<ec startRef="1"/><sc id="1"/></source></segment></unit>
        """)))
        XCTAssertTrue(error?.message.contains("has no <sc id=\"1\"/> before it") ?? false)
    }

    func testRejectsDataReferenceToMissingData() {
        let error = interchangeError(try read(wrap("""
            <unit id="p-1"><originalData><data id="d1">x</data></originalData><segment id="s-1"><source><ph id="1" dataRef="d2"/></source></segment></unit>
        """)))
        XCTAssertEqual(error?.message, "dataRef=\"d2\" points to no <data id=\"d2\"> in this unit's <originalData> (F15–F17)")
    }

    func testRejectsMissingRequiredAttributes() {
        let noSourceLanguage = interchangeError(try read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\"><file id=\"f\"><unit id=\"u\"><segment><source/></segment></unit></file></xliff>"))
        XCTAssertEqual(noSourceLanguage?.message, "<xliff> must have the attribute srcLang")
        let noFileID = interchangeError(try read(wrap("").replacingOccurrences(of: "<file id=\"doc\">", with: "<file><unit id=\"u\"><segment><source/></segment></unit>")))
        XCTAssertEqual(noFileID?.message, "<file> must have the attribute id")
        let noUnitID = interchangeError(try read(wrap("<unit><segment><source/></segment></unit>")))
        XCTAssertEqual(noUnitID?.message, "<unit> must have the attribute id")
        XCTAssertEqual(noUnitID?.line, 4)
    }

    func testRejectsUnknownCoreElements() {
        let error = interchangeError(try read(wrap("<unit id=\"u\"><segment><source/><comment/></segment></unit>")))
        XCTAssertEqual(error?.message, "<comment> is not an XLIFF 2 element; remove it or put it in your own namespace where extensions are allowed")
    }

    func testRejectsTargetLanguageThatDiffersFromTrgLang() {
        let error = interchangeError(try read(wrap("<unit id=\"u\"><segment><source>Hi</source><target xml:lang=\"ar\">سلام</target></segment></unit>")))
        XCTAssertEqual(error?.message, "the <target> is in xml:lang \"ar\" but the file declares trgLang=\"fa\"; make them agree")
        XCTAssertNoThrow(try read(wrap("<unit id=\"u\"><segment><source xml:lang=\"en-GB\">Hi</source><target xml:lang=\"fa-IR\">سلام</target></segment></unit>")))
    }

    func testRejectsTargetsWithoutTargetLanguage() {
        let error = interchangeError(try read(wrap("<unit id=\"u\"><segment><source>Hi</source><target>سلام</target></segment></unit>", trgLang: nil)))
        XCTAssertEqual(error?.message, "the file has targets but <xliff> has no trgLang (F1); add trgLang=\"…\" with the target language")
    }

    func testRejectsOtherXLIFFVersions() {
        let error = interchangeError(try read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"3.0\" srcLang=\"en\"><file id=\"f\"><unit id=\"u\"><segment><source/></segment></unit></file></xliff>"))
        XCTAssertEqual(error?.message, "XLIFF version \"3.0\" is not supported; Bitext reads XLIFF 2.0 and 2.1 (version=\"2.1\")")
        let old = interchangeError(try read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>"))
        XCTAssertTrue(old?.message.hasPrefix("this is XLIFF 1.2") ?? false)
    }

    func testGlossaryEntryWithoutReferenceGoesToTheSegmentWithTheTerm() throws {
        let file = try XLIFF2Format.read(bytes("""
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0" version="2.1" srcLang="en">
         <file id="f"><unit id="u">
          <gls:glossary><gls:glossEntry><gls:term>Tehran</gls:term><gls:translation>تهران</gls:translation></gls:glossEntry></gls:glossary>
          <segment id="a"><source>Hello.</source></segment><segment id="b"><source>Tehran is big.</source></segment>
         </unit></file>
        </xliff>
        """), file: "g.xlf")
        XCTAssertEqual(file.documents[0].units[0].segments.map(\.terms), [[], [TermHint(source: "Tehran", target: "تهران")]])
    }

    func testCodesWithoutPartnerInTheUnitAreIsolated() throws {
        let start = InlineCode(id: 5, kind: "em", original: "<em>", source: nil)
        let end = InlineCode(id: 6, kind: "span", original: "</span>", source: nil)
        var file = Sample.file
        file.documents[0].units = [InterchangeUnit(id: "p-1", segments: [
            InterchangeSegment(id: "s-1", source: [Sample.text("Before "), .close(end), Sample.text("after "), .open(start), Sample.text("open")]),
        ])]
        let written = XLIFF2Format.write(file)
        XCTAssertTrue(String(decoding: written, as: UTF8.self).contains(
            #"<source>Before <ec id="6" isolated="yes" dataRef="d1" type="fmt" subType="bitext:span"/>after <sc id="5" dataRef="d2" isolated="yes" type="fmt" subType="bitext:em"/>open</source>"#))
        XCTAssertEqual(try XLIFF2Format.read(written, file: "i.xlf").withoutLines, file)
    }
}
