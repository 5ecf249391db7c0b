import BitextInterchange
import Foundation
import XCTest

/// The XML readers refuse what could make them expand, fetch or crash, and say where a broken
/// file is broken.
final class XMLSecurityTests: XCTestCase {
    private let xliff = #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en"><file id="f"><unit id="u"><segment><source>&lol9;</source></segment></unit></file></xliff>"#

    func testRefusesBillionLaughsBeforeExpandingAnything() {
        let bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE xliff [
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
        \(xliff)
        """
        let started = Date()
        let error = interchangeError(try XLIFF2Format.read(bytes(bomb), file: "bomb.xlf"))
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.column, 1)
        XCTAssertTrue(error?.message.hasPrefix("not well-formed XML: DOCTYPE and ENTITY declarations are not allowed") ?? false, error?.message ?? "")
    }

    func testRefusesExternalEntities() {
        let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" datatype="plaintext"><body><trans-unit id="1"><source>&secret;</source></trans-unit></body></file></xliff>
        """
        let error = interchangeError(try XLIFF12Format.read(bytes(xxe), file: "xxe.xlf"))
        XCTAssertEqual(error?.line, 2)
        XCTAssertTrue(error?.message.contains("DOCTYPE") ?? false)
    }

    func testRefusesEntitiesThatNoDTDDefines() {
        let error = interchangeError(try XLIFF2Format.read(bytes(xliff), file: "e.xlf"))
        XCTAssertEqual(error?.description, "e.xlf:1:124: not well-formed XML: the entity &lol9; is not defined: Bitext reads no DTDs, so only &lt; &gt; &amp; &apos; &quot; and character references (&#1234;) are allowed")
    }

    func testReportsLineAndColumnOfMalformedXML() {
        let text = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en">
          <file id="f"><unit id="u"><segment><source>تهران <b>x</source></segment></unit></file>
        </xliff>
        """
        let error = interchangeError(try XLIFF2Format.read(bytes(text), file: "bad.xlf"))
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.column, 56)
        XCTAssertEqual(error?.message, "not well-formed XML: the end tag </source> does not match the start tag <b> on line 2")
    }

    func testRefusesDeepNesting() {
        let text = "<a>" + String(repeating: "<b>", count: 5000) + String(repeating: "</b>", count: 5000) + "</a>"
        let error = interchangeError(try XLIFF2Format.read(bytes(text), file: "deep.xlf"))
        XCTAssertTrue(error?.message.contains("nested more than 1000 levels") ?? false)
    }

    func testAcceptsByteOrderMark() throws {
        let text = #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en"><file id="f"><unit id="u"><segment id="s"><source>Hi</source></segment></unit></file></xliff>"#
        let file = try XLIFF2Format.read([0xEF, 0xBB, 0xBF] + bytes(text), file: "bom.xlf")
        XCTAssertEqual(file.documents[0].units[0].segments[0].source, [Sample.text("Hi")])
    }

    func testReportsInvalidUTF8WithItsLine() {
        let text = bytes("<xliff version=\"2.1\">\n<file>\n") + [0x41, 0xC3, 0x28] + bytes("</file></xliff>")
        let error = interchangeError(try XLIFF2Format.read(text, file: "latin.xlf"))
        XCTAssertEqual(error?.line, 3)
        XCTAssertEqual(error?.column, 2)
        XCTAssertEqual(error?.message, "the file is not valid UTF-8 (byte offset 30); save it as UTF-8 or declare its encoding")
    }

    func testReportsEmptyFiles() {
        for read in [XLIFF2Format.read, XLIFF12Format.read, POFormat.read, CSVFormat.read] as [([UInt8], String) throws -> InterchangeFile] {
            let error = interchangeError(try read([0xEF, 0xBB, 0xBF, 0x0A], "empty"))
            XCTAssertTrue(error?.message.hasPrefix("the file is empty") ?? false, error?.message ?? "")
        }
        XCTAssertEqual(interchangeError(try InterchangeReader.read([], file: "empty"))?.message, "the file is empty; expected XLIFF, PO or CSV content")
    }

    func testReadsDeclaredLegacyEncoding() throws {
        let text = bytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"x\" source-language=\"fr\" datatype=\"plaintext\"><body><trans-unit id=\"1\"><source>caf") + [0xE9] + bytes("</source></trans-unit></body></file></xliff>")
        let file = try XLIFF12Format.read(text, file: "latin1.xlf")
        XCTAssertEqual(file.documents[0].units[0].segments[0].source, [Sample.text("café")])
    }
}
