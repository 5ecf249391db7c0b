import BitextGlossary
import Foundation
import XCTest

/// TBX files Bitext refuses, each with the file, the line and what to do.
final class TBXBadInputTests: XCTestCase {
    private func error(_ bytes: [UInt8], file: String = "bad.tbx") -> GlossaryError? {
        do {
            _ = try GlossaryTBX.read(bytes, file: file)
            XCTFail("read without an error")
            return nil
        } catch {
            return error as? GlossaryError
        }
    }

    private let tehran = """
    <conceptEntry id="city-tehran">
      <langSec xml:lang="en"><termSec><term>Tehran</term></termSec></langSec>
      <langSec xml:lang="fa"><termSec><term>تهران</term></termSec></langSec>
    </conceptEntry>
    """

    func testMalformedXMLNamesLineAndColumn() {
        let bytes = TBXReadTests.tbx("""
        <conceptEntry id="city-tehran">
          <langSec xml:lang="fa"><termSec><term>تهران</termSec></langSec>
        </conceptEntry>
        """)
        XCTAssertEqual(error(bytes)?.description,
                       "bad.tbx:7: not well-formed XML at column 46: the end tag </termSec> does not match the start tag <term> on line 7")
    }

    func testRefusesBillionLaughsBeforeExpandingAnything() {
        let bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE tbx [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        """ + String(decoding: TBXReadTests.tbx(tehran.replacingOccurrences(of: "Tehran", with: "&lol9;")), as: UTF8.self)
            .replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", with: "")
        let started = Date()
        XCTAssertEqual(error(Array(bomb.utf8))?.description,
                       "bad.tbx:2: not well-formed XML at column 1: a <!DOCTYPE …> with declarations in […] is not allowed: they can define entities "
                       + "that expand without limit or read other files, and Bitext reads no DTD; remove the […] part")
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
    }

    func testRefusesExternalEntities() {
        let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE martif [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <martif type="TBX" xml:lang="en"><text><body><termEntry><langSet xml:lang="en"><tig><term>&secret;</term></tig></langSet></termEntry></body></text></martif>
        """
        XCTAssertEqual(error(Array(xxe.utf8))?.line, 2)
        let entity = "<?xml version=\"1.0\"?>\n<!ENTITY secret SYSTEM \"file:///etc/passwd\">\n<martif/>"
        XCTAssertTrue(error(Array(entity.utf8))?.description.hasPrefix("bad.tbx:2: not well-formed XML at column 1: DOCTYPE and ENTITY declarations are not allowed") ?? false)
    }

    /// A DOCTYPE that only names its DTD is skipped unread, so the entities the DTD might define
    /// do not exist.
    func testEntitiesOfAnUnreadDTDAreUndefined() {
        let bytes = Array("""
        <?xml version="1.0"?>
        <!DOCTYPE martif SYSTEM "http://example.com/TBXcoreStructV02.dtd">
        <martif type="TBX" xml:lang="en"><text><body><termEntry><langSet xml:lang="en"><tig><term>&nbsp;Tehran</term></tig></langSet></termEntry></body></text></martif>
        """.utf8)
        XCTAssertEqual(error(bytes)?.description, "bad.tbx:3: not well-formed XML at column 91: the entity &nbsp; is not defined: Bitext reads no DTDs, "
                       + "so only &lt; &gt; &amp; &apos; &quot; and character references (&#1234;) are allowed")
        let twice = "<!DOCTYPE martif SYSTEM \"a.dtd\">\n<!DOCTYPE martif SYSTEM \"b.dtd\">\n<martif/>"
        XCTAssertEqual(error(Array(twice.utf8))?.line, 2)
    }

    func testEntryWithoutTerm() {
        XCTAssertEqual(error(TBXReadTests.tbx("""
        <conceptEntry id="city-tehran">
          <langSec xml:lang="en"></langSec>
        </conceptEntry>
        """))?.description, "bad.tbx:6: the entry 'city-tehran' has no term; give it a <langSec xml:lang=\"…\"> with a term, or remove it")
        XCTAssertEqual(error(TBXReadTests.tbx("""
        <conceptEntry id="city-tehran">
          <langSec xml:lang="en"><termSec><term>Tehran</term></termSec></langSec>
          <langSec xml:lang="fa"><termSec><term> </term></termSec></langSec>
        </conceptEntry>
        """))?.description, "bad.tbx:8: <termSec> has no term; write the term in its <term>, or remove it")
    }

    func testDuplicateIds() {
        XCTAssertEqual(error(TBXReadTests.tbx(tehran + "\n" + tehran))?.description,
                       "bad.tbx:10: the id 'city-tehran' is already used by the entry on line 6; give each <conceptEntry> its own id")
    }

    func testTermsWithoutLanguage() {
        XCTAssertEqual(error(TBXReadTests.tbx(tehran.replacingOccurrences(of: "<langSec xml:lang=\"fa\">", with: "<langSec>")))?.description,
                       "bad.tbx:8: <langSec> has no xml:lang; say which language its terms are in (xml:lang=\"en\", xml:lang=\"fa\")")
    }

    func testFilesThatAreNotTBX() {
        XCTAssertEqual(error(Array("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\"/>".utf8))?.description,
                       "bad.tbx:1: the root element is <xliff> in the namespace urn:oasis:names:tc:xliff:document:2.0; "
                       + "a TBX glossary starts with <tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"> (TBX 2019) or <martif> (TBX 2008)")
        XCTAssertEqual(error(Array("<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><tbxHeader/></tbx>".utf8))?.description,
                       "bad.tbx:1: <tbx> has no <text><body> with the entries")
        XCTAssertEqual(error([0xEF, 0xBB, 0xBF, 0x0A])?.description, "bad.tbx: the file is empty; expected a TBX glossary")
        XCTAssertEqual(error(Array("id\ten\tfa\n".utf8))?.description,
                       "bad.tbx:1: not well-formed XML at column 1: expected the root element (\"<\" and a name) but found \"id\ten\tfa\"; is this an XML file?")
    }

    func testEncodingErrorsNameTheLine() {
        let latin = Array("<martif>\n<text>\n".utf8) + [0x41, 0xC3, 0x28] + Array("</text></martif>".utf8)
        XCTAssertEqual(error(latin)?.description, "bad.tbx:3: the file is not valid UTF-8 (byte offset 17); save it as UTF-8 or declare its encoding")
        let unknown = Array("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><martif/>".utf8)
        XCTAssertEqual(error(unknown)?.description, "bad.tbx: the file declares the character set \"x-no-such-charset\", which this system cannot convert; "
                       + "convert the file to UTF-8 (iconv -f x-no-such-charset -t UTF-8)")
    }
}
