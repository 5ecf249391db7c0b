import BitextGlossary
import XCTest

/// Reading English–Persian TBX written by other tools: which concepts become entries and how
/// their terms are chosen.
final class TBXReadTests: XCTestCase {
    /// A TBX 2019 file around the given concept entries.
    static func tbx(_ entries: String, style: String = "dca", namespaces: String = "") -> [UInt8] {
        Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" style="\(style)" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"\(namespaces)>
          <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
          <text>
            <body>
        \(entries)
            </body>
          </text>
        </tbx>
        """.utf8)
    }

    func testConceptsWithoutBothLanguagesAreSkipped() throws {
        let bytes = Self.tbx("""
        <conceptEntry id="city-tehran">
          <langSec xml:lang="en-US"><termSec><term>Tehran</term></termSec></langSec>
          <langSec xml:lang="fa-IR"><termSec><term>تهران</term></termSec></langSec>
        </conceptEntry>
        <conceptEntry id="city-shiraz">
          <langSec xml:lang="en"><termSec><term>Shiraz</term></termSec></langSec>
          <langSec xml:lang="de"><termSec><term>Schiras</term></termSec></langSec>
        </conceptEntry>
        <conceptEntry id="city-isfahan">
          <langSec xml:lang="EN"><termSec><term>Isfahan</term></termSec></langSec>
          <langSec xml:lang="fa">
            <termSec><term>اصفهان</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
          </langSec>
        </conceptEntry>
        """)
        XCTAssertEqual(try GlossaryTBX.read(bytes, file: "cities.tbx"), [
            GlossaryEntry(id: "city-tehran", english: "Tehran", persian: "تهران", partOfSpeech: "", category: ""),
        ])
    }

    func testPreferredTermsAreChosenByStatusThenOrder() throws {
        let bytes = Self.tbx("""
        <conceptEntry id="org-iaea">
          <descripGrp><descrip type="definition">The UN nuclear watchdog.</descrip></descripGrp>
          <langSec xml:lang="en">
            <termSec><term>IAEA</term><termNote type="termType">acronym</termNote></termSec>
            <termSec><term>International Atomic Energy Agency</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
          </langSec>
          <langSec xml:lang="fa">
            <note>Spell out on first mention.</note>
            <termSec><term>آژانس بين‌المللي انرژي اتمي</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
            <termSec><term>آژانس بین‌المللی انرژی اتمی</term></termSec>
            <termSec><term>آژانس</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
          </langSec>
        </conceptEntry>
        """)
        XCTAssertEqual(try GlossaryTBX.read(bytes, file: "iaea.tbx"), [
            GlossaryEntry(id: "org-iaea", english: "International Atomic Energy Agency", englishVariants: ["IAEA"], persian: "آژانس بین‌المللی انرژی اتمی",
                          persianAllowed: ["آژانس"], persianForbidden: ["آژانس بين‌المللي انرژي اتمي"], partOfSpeech: "", category: "",
                          note: "The UN nuclear watchdog. Spell out on first mention."),
        ])
    }

    func testReadsDCTStyle() throws {
        let bytes = Self.tbx("""
        <conceptEntry id="person-masoud-pezeshkian">
          <min:subjectField>person</min:subjectField>
          <langSec xml:lang="en">
            <note>case-sensitive</note>
            <termSec><term>Masoud Pezeshkian</term><min:partOfSpeech>noun</min:partOfSpeech>
              <min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus></termSec>
          </langSec>
          <langSec xml:lang="fa">
            <termSec><term>مسعود پزشکیان</term><min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus></termSec>
            <termSec><term>مسعود پزشكيان</term><min:administrativeStatus>deprecatedTerm-admn-sts</min:administrativeStatus></termSec>
          </langSec>
        </conceptEntry>
        """, style: "dct", namespaces: " xmlns:min=\"http://www.tbxinfo.net/ns/min\"")
        XCTAssertEqual(try GlossaryTBX.read(bytes, file: "dct.tbx"), [
            GlossaryEntry(id: "person-masoud-pezeshkian", english: "Masoud Pezeshkian", persian: "مسعود پزشکیان", persianForbidden: ["مسعود پزشكيان"],
                          partOfSpeech: "noun", category: "person", isCaseSensitive: true),
        ])
    }

    func testReadsTBX2008WithWrappedLinesAndADocumentTypeThatNamesItsDTD() throws {
        let bytes = Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
        <martif type="TBX" xml:lang="en">
          <martifHeader><fileDesc><sourceDesc><p>Exported</p></sourceDesc></fileDesc></martifHeader>
          <text><body>
            <termEntry id="term-ceasefire">
              <descrip type="subjectField">news-term</descrip>
              <note>Not "truce", which is
                    temporary.</note>
              <langSet xml:lang="en">
                <tig><term>ceasefire</term><termNote type="partOfSpeech">noun</termNote></tig>
                <ntig><termGrp><term>cease-fire</term></termGrp></ntig>
              </langSet>
              <langSet xml:lang="fa">
                <tig><term>آتش‌بس</term></tig>
              </langSet>
            </termEntry>
            <termEntry>
              <langSet xml:lang="en"><tig><term>Ceasefire talks</term></tig></langSet>
              <langSet xml:lang="fa"><tig><term>مذاکرات آتش‌بس</term></tig></langSet>
            </termEntry>
          </body></text>
        </martif>
        """.utf8)
        XCTAssertEqual(try GlossaryTBX.read(bytes, file: "2008.tbx"), [
            GlossaryEntry(id: "term-ceasefire", english: "ceasefire", englishVariants: ["cease-fire"], persian: "آتش‌بس", partOfSpeech: "noun",
                          category: "news-term", note: "Not \"truce\", which is temporary."),
            GlossaryEntry(id: "ceasefire-talks", english: "Ceasefire talks", persian: "مذاکرات آتش‌بس", partOfSpeech: "", category: ""),
        ])
    }

    func testMadeUpIdsAreUniqueXMLNames() throws {
        func entry(_ id: String?, _ english: String) -> String {
            """
                <termEntry\(id.map { " id=\"\($0)\"" } ?? "")>
                  <langSet xml:lang="en"><tig><term>\(english)</term></tig></langSet>
                  <langSet xml:lang="fa"><tig><term>اصطلاح</term></tig></langSet>
                </termEntry>
            """
        }
        let bytes = Array("""
        <martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader><text><body>
        \(entry(nil, "G8")) \(entry("g8", "Group of Eight")) \(entry(nil, "2024 election")) \(entry(nil, "Ümraniye district")) \(entry(nil, "«!»"))
        </body></text></martif>
        """.utf8)
        XCTAssertEqual(try GlossaryTBX.read(bytes, file: "ids.tbx").map(\.id), ["g8-2", "g8", "entry-2024-election", "ümraniye-district", "entry"])
    }
}
