import BitextGlossary
import Foundation
import XCTest

/// Writing glossary entries as TBX-Basic and reading them back.
final class TBXRoundTripTests: XCTestCase {
    static let irgc = GlossaryEntry(
        id: "org-irgc", english: "Islamic Revolutionary Guard Corps", englishVariants: ["IRGC"], persian: "سپاه پاسداران انقلاب اسلامی",
        persianAllowed: ["سپاه پاسداران"], persianForbidden: ["سپاه پاسداران انقلاب اسلامي"], partOfSpeech: "proper-noun", category: "state-body",
        isCaseSensitive: true, note: "Write «سپاه» alone only after the full name & in headlines <short>.")
    static let sanctions = GlossaryEntry(id: "term-sanctions", english: "sanctions", persian: "تحریم‌ها", persianAllowed: ["تحریم"])

    /// Entries with every kind of field value: each part of speech and how TBX-Basic carries it,
    /// empty fields, markup characters, a note that looks like Bitext's own.
    static let entries: [GlossaryEntry] = [
        irgc,
        sanctions,
        GlossaryEntry(id: "phrase-state-of-emergency", english: "state of emergency", persian: "وضعیت اضطراری", partOfSpeech: "phrase"),
        GlossaryEntry(id: "term-abroad", english: "abroad", persian: "خارج از کشور", partOfSpeech: "adverb", category: ""),
        GlossaryEntry(id: "term-and", english: "AT&T", persian: "ای‌تی‌اند‌تی", partOfSpeech: "determiner", isCaseSensitive: true,
                      note: "case-sensitive"),
        GlossaryEntry(id: "term.other", english: "\"quoted\" term", persian: "«نقل‌قول»", partOfSpeech: "other", category: "news-term", note: "Tabs\tand  spaces"),
        GlossaryEntry(id: "x", english: "x", persian: "ایکس", partOfSpeech: ""),
    ]

    func testWritesTBXBasic() {
        XCTAssertEqual(String(decoding: GlossaryTBX.write([Self.irgc, Self.sanctions]), as: UTF8.self), """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
          <tbxHeader>
            <fileDesc>
              <sourceDesc>
                <p>English–Persian glossary of Bitext: names and terms of the news, with their Persian renderings.</p>
                <p>Notes of the English language section say how Bitext matches the English terms: "case-sensitive" when letter case must match, "part of speech: …" for a part of speech TBX-Basic has no value for.</p>
              </sourceDesc>
            </fileDesc>
          </tbxHeader>
          <text>
            <body>
              <conceptEntry id="org-irgc">
                <descrip type="subjectField">state-body</descrip>
                <note>Write «سپاه» alone only after the full name &amp; in headlines &lt;short&gt;.</note>
                <langSec xml:lang="en">
                  <note>case-sensitive</note>
                  <note>part of speech: proper-noun</note>
                  <termSec>
                    <term>Islamic Revolutionary Guard Corps</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                  <termSec>
                    <term>IRGC</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="fa">
                  <termSec>
                    <term>سپاه پاسداران انقلاب اسلامی</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                  <termSec>
                    <term>سپاه پاسداران</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                  </termSec>
                  <termSec>
                    <term>سپاه پاسداران انقلاب اسلامي</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
              </conceptEntry>
              <conceptEntry id="term-sanctions">
                <descrip type="subjectField">news-term</descrip>
                <langSec xml:lang="en">
                  <termSec>
                    <term>sanctions</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="fa">
                  <termSec>
                    <term>تحریم‌ها</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                  <termSec>
                    <term>تحریم</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
              </conceptEntry>
            </body>
          </text>
        </tbx>

        """)
    }

    func testPhrasesAndOtherPartsOfSpeechUseTBXBasicValues() {
        let text = String(decoding: GlossaryTBX.write(Array(Self.entries[2...4])), as: UTF8.self)
        XCTAssertTrue(text.contains("""
                  <termSec>
                    <term>state of emergency</term>
                    <termNote type="partOfSpeech">other</termNote>
                    <termNote type="termType">phrase</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
        """), text)
        XCTAssertTrue(text.contains("<termNote type=\"partOfSpeech\">adverb</termNote>"), text)
        XCTAssertTrue(text.contains("""
                <langSec xml:lang="en">
                  <note>case-sensitive</note>
                  <note>part of speech: determiner</note>
                  <termSec>
                    <term>AT&amp;T</term>
                    <termNote type="partOfSpeech">other</termNote>
        """), text)
    }

    func testReadingWhatIsWrittenGivesTheSameEntries() throws {
        let written = GlossaryTBX.write(Self.entries)
        XCTAssertEqual(try GlossaryTBX.read(written, file: "round-trip.tbx"), Self.entries)
        XCTAssertEqual(GlossaryTBX.write(Self.entries), written)
    }

    func testWrittenTBXPassesInteropCheck() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-\(UUID().uuidString).tbx")
        try Data(GlossaryTBX.write(Self.entries)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let (status, output) = try TBXTestFiles.interopCheck(file)
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.hasPrefix("OK "), output)
        XCTAssertTrue(output.contains(" tbx=TBX-Basic style=dca concepts=7 terms=en:8,fa:10 "), output)
        XCTAssertTrue(output.contains(" rng=TBXcoreStructV03-valid"), output)
    }

    /// interop-check runs the core RNG only; the TBX-Basic dialect's Schematron
    /// (TBX-Basic_DCA.sch) also limits data categories, their levels and picklist values.
    func testShippedTBXUsesOnlyWhatTBXBasicAllows() throws {
        let text = String(decoding: try TBXTestFiles.bytes(TBXTestFiles.shippedTBX), as: UTF8.self)
        var found: [String: Set<String>] = [:]
        let pattern = try NSRegularExpression(pattern: #"<(descrip|termNote|admin|ref|xref|transac) type="([^"]*)">([^<]*)<"#)
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let part = { (index: Int) in String(text[Range(match.range(at: index), in: text)!]) }
            let key = part(1) + " " + part(2)
            found[key, default: []].insert(key == "descrip subjectField" ? "…" : part(3))
        }
        XCTAssertEqual(found, [
            "descrip subjectField": ["…"],
            "termNote partOfSpeech": ["noun", "adjective", "verb", "other"],
            "termNote termType": ["phrase"],
            "termNote administrativeStatus": ["preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts"],
        ])
    }
}
