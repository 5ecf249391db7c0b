@testable import BitextGlossary
import Foundation
import XCTest

/// Every TBX file of the shared conformance corpus (`../shared/conformance/tbx`, used in place):
/// TBX-Core and TBX-Basic reference examples (DCA and DCT style) and TBX 2008 `<martif>` files
/// written by real tools. None has Persian terms, so each is read twice: as a glossary, which is
/// the error naming its languages, and as concepts, whose terms and data categories are checked;
/// with one language relabelled `fa` in memory, the same files give glossary entries.
final class TBXConformanceTests: XCTestCase {
    /// Per file: its languages in order of appearance, concepts, and terms per language (the
    /// counts interop-check reports for the TBX 2019 files, and lxml finds in the others).
    static let expected: [String: (languages: [String], concepts: Int, terms: [String: Int])] = [
        "ltac__TBX-Core_Example_Astronomy_DCA_VALID.tbx": (["en", "es", "zu"], 45, ["en": 55, "es": 52, "zu": 6]),
        "ltac__TBX-Basic_Example_Astronomy_DCA_VALID.tbx": (["en", "es", "zu"], 45, ["en": 55, "es": 52, "zu": 6]),
        "ltac__TBX-Basic_Example_Astronomy_DCT_VALID.tbx": (["en", "es", "zu"], 45, ["en": 55, "es": 52, "zu": 6]),
        "okapi__ibm_tbx.tbx": (["en", "fr"], 5, ["en": 6, "fr": 5]),
        "okapi__oracle_TBX.tbx": (["en", "pt"], 2, ["en": 3, "pt": 3]),
        "okapi__maryland.tbx": (["fr", "it", "es", "en"], 1, ["fr": 3, "it": 4, "es": 4, "en": 2]),
        "okapi__test02_win1254.tbx": (["en", "tr"], 1, ["en": 1, "tr": 1]),
        "weblate__cs.tbx": (["en", "cs"], 4, ["en": 4, "cs": 4]),
    ]

    private func file(_ name: String) throws -> [UInt8] {
        try TBXTestFiles.bytes(TBXTestFiles.conformance.appendingPathComponent(name))
    }

    private func concepts(_ name: String) throws -> [TBXConcept] {
        try TBXReader.concepts(file(name), file: name)
    }

    /// The file with `xml:lang="<language>"` relabelled `fa`, replaced in its bytes (one file is
    /// windows-1254), for reading it as a glossary.
    private func relabelled(_ name: String, _ language: String) throws -> [UInt8] {
        let bytes = try file(name)
        let old = Array("xml:lang=\"\(language)\"".utf8)
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index...].starts(with: old) {
                result += Array("xml:lang=\"fa\"".utf8)
                index += old.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    func testEveryListedFileIsCoveredAndExpectedValid() throws {
        let sources = try String(contentsOf: TBXTestFiles.conformance.appendingPathComponent("SOURCES.tsv"), encoding: .utf8)
        var listed: [String: String] = [:]
        for row in sources.split(separator: "\n").dropFirst() {
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 9 else { continue }
            listed[String(columns[0])] = String(columns[8])
        }
        XCTAssertEqual(Set(listed.keys), Set(Self.expected.keys))
        XCTAssertEqual(Set(listed.values), ["valid"])
    }

    func testEveryFileReadsWithItsLanguagesConceptsAndTerms() throws {
        for (name, expected) in Self.expected {
            let concepts = try concepts(name)
            XCTAssertEqual(concepts.count, expected.concepts, name)
            var terms: [String: Int] = [:]
            var languages: [String] = []
            for section in concepts.flatMap(\.languageSections) {
                let language = section.language.lowercased()
                if !languages.contains(language) { languages.append(language) }
                terms[language, default: 0] += section.terms.count
            }
            XCTAssertEqual(languages, expected.languages, name)
            XCTAssertEqual(terms, expected.terms, name)
        }
    }

    func testAFileWithoutPersianIsAnErrorNamingItsLanguages() throws {
        for (name, expected) in Self.expected {
            XCTAssertThrowsError(try GlossaryTBX.read(file(name), file: name), name) { error in
                XCTAssertEqual(error as? GlossaryError, GlossaryError(file: name, message:
                    "no entry has both an English (en) and a Persian (fa) term; the glossary has terms in \(expected.languages.joined(separator: ", ")). "
                    + "Bitext reads English–Persian glossaries: give the Persian terms <langSec xml:lang=\"fa\">"))
            }
        }
    }

    /// The concepts of the TBX-Basic example whose notes the DCT edition places differently from
    /// the DCA one (a "G-Source" note on the entry instead of its English section, or none).
    static let notesMovedInDCT: Set<String> = ["c6", "c7", "c9", "c32"]

    func testTBXBasicDataCategoriesInDCAAndDCTStyleReadTheSame() throws {
        let dca = try concepts("ltac__TBX-Basic_Example_Astronomy_DCA_VALID.tbx")
        let dct = try concepts("ltac__TBX-Basic_Example_Astronomy_DCT_VALID.tbx")
        XCTAssertEqual(dca.map(\.id), dct.map(\.id))
        var notesDiffer: Set<String> = []
        for (a, b) in zip(dca, dct) {
            let id = a.id ?? "?"
            XCTAssertEqual(a.subjectFields, b.subjectFields, id)
            XCTAssertEqual(a.definitions, b.definitions, id)
            XCTAssertEqual(a.languageSections.map(\.language), b.languageSections.map(\.language), id)
            XCTAssertEqual(a.languageSections.map(\.terms), b.languageSections.map(\.terms), id)
            XCTAssertEqual(a.languageSections.map(\.definitions), b.languageSections.map(\.definitions), id)
            if a.notes != b.notes || a.languageSections.map(\.notes) != b.languageSections.map(\.notes) { notesDiffer.insert(id) }
        }
        XCTAssertEqual(notesDiffer, Self.notesMovedInDCT)
        let first = try XCTUnwrap(dca.first)
        XCTAssertEqual(first.id, "c1")
        XCTAssertEqual(first.subjectFields, ["General"])
        XCTAssertEqual(first.notes, ["G-Source: http://www.physics.drexel.edu/observatory/dump.shtml"])
        XCTAssertEqual(first.languageSections[0].definitions, ["A group of stars formed together in the spiral arms of a galaxy."])
        XCTAssertEqual(first.languageSections[0].terms, [
            TBXTerm(text: "open cluster", partOfSpeech: "noun", administrativeStatus: "preferredTerm-admn-sts"),
            TBXTerm(text: "galactic cluster", partOfSpeech: "noun", administrativeStatus: "supersededTerm-admn-sts"),
        ])
        XCTAssertEqual(first.languageSections[1].terms, [TBXTerm(text: "cúmulo abierto", partOfSpeech: "noun")])
        XCTAssertEqual(dca.flatMap(\.languageSections).flatMap(\.terms).compactMap(\.termType).count, 25)
    }

    func testTBXCoreHasTheSameTermsWithoutDataCategories() throws {
        let core = try concepts("ltac__TBX-Core_Example_Astronomy_DCA_VALID.tbx")
        let basic = try concepts("ltac__TBX-Basic_Example_Astronomy_DCA_VALID.tbx")
        XCTAssertEqual(core.map { $0.languageSections.map { $0.terms.map(\.text) } }, basic.map { $0.languageSections.map { $0.terms.map(\.text) } })
        XCTAssertEqual(core.flatMap(\.languageSections).flatMap(\.terms).filter { $0.partOfSpeech != nil || $0.administrativeStatus != nil }, [])
    }

    func testTBXBasicWithSpanishAsPersianGivesEntries() throws {
        let name = "ltac__TBX-Basic_Example_Astronomy_DCT_VALID.tbx"
        let entries = try GlossaryTBX.read(relabelled(name, "es"), file: name)
        // 45 concepts, of which 6 have only Zulu terms.
        XCTAssertEqual(entries.count, 39)
        let dca = try GlossaryTBX.read(relabelled("ltac__TBX-Basic_Example_Astronomy_DCA_VALID.tbx", "es"), file: name)
        XCTAssertEqual(dca.count, entries.count)
        for (fromDCT, fromDCA) in zip(entries, dca) where fromDCT != fromDCA {
            var withDCANote = fromDCT
            withDCANote.note = fromDCA.note
            XCTAssertTrue(Self.notesMovedInDCT.contains(fromDCT.id) && withDCANote == fromDCA, "\(fromDCT) and \(fromDCA)")
        }
        XCTAssertEqual(entries[0], GlossaryEntry(
            id: "c1", english: "open cluster", englishVariants: ["galactic cluster"], persian: "cúmulo abierto", partOfSpeech: "noun", category: "General",
            note: "G-Source: http://www.physics.drexel.edu/observatory/dump.shtml A group of stars formed together in the spiral arms of a galaxy. "
                + "Una acumulación de una docena hasta varios miles de jóvenes estrellas en el plano de las galaxias."))
        // The preferred terms come first whatever their place; deprecated Spanish terms are forbidden.
        let cno = try XCTUnwrap(entries.first { $0.id == "c38" })
        XCTAssertEqual(cno.english, "CNO cycle")
        XCTAssertEqual(cno.englishVariants, ["carbon-nitrogen cycle", "carbon-nitrogen-oxygen cycle", "Bethe-Weizsäcker-cycle", "carbon cycle", "CN cycle"])
        XCTAssertEqual(cno.persian, "ciclo del carbono-nitrógeno")
        XCTAssertEqual(cno.persianAllowed, ["ciclo CNO"])
        XCTAssertEqual(cno.persianForbidden, ["ciclo del carbono-nitrógeno-oxígeno", "ciclo del carbono"])
    }

    func testTBXCoreWithSpanishAsPersianGivesEntriesWithoutCategoriesOrStatus() throws {
        let name = "ltac__TBX-Core_Example_Astronomy_DCA_VALID.tbx"
        let entries = try GlossaryTBX.read(relabelled(name, "es"), file: name)
        XCTAssertEqual(entries.count, 39)
        XCTAssertEqual(entries[0], GlossaryEntry(id: "c1", english: "open cluster", englishVariants: ["galactic cluster"], persian: "cúmulo abierto",
                                                 partOfSpeech: "", category: ""))
    }

    func testTBX2008NtigWithPortugueseAsPersian() throws {
        let name = "okapi__oracle_TBX.tbx"
        XCTAssertEqual(try GlossaryTBX.read(relabelled(name, "pt"), file: name), [
            GlossaryEntry(id: "c1", english: "Provincial Reporting Establishment", englishVariants: ["PRE"],
                          persian: "Entidade de Supervisão de Província", persianAllowed: ["PRE"], partOfSpeech: "", category: "HR",
                          note: "GREs and PREs represent an employer the governments recognise as being responsible for paying employees and for "
                            + "filing a variety of reports. There must be a GRE for each Business Number that the Canada Customs and Revenue Agency "
                            + "(CCRA) assigns to an employer. Termo específico aos EUA."),
            GlossaryEntry(id: "c2", english: "Target Value", persian: "Valor a Atingir", partOfSpeech: "", category: "FI",
                          note: "Click the link to browse and select active that have been created. You can still enter the target value and select a "
                            + "pricing basis for each price element in the list and then apply the list. Different from 'Valor Alvo' that exists in the glossary for POM"),
        ])
    }

    func testTBX2008WithTwoEnglishSectionsAndFrenchAsPersian() throws {
        let name = "okapi__ibm_tbx.tbx"
        let entries = try GlossaryTBX.read(relabelled(name, "fr"), file: name)
        XCTAssertEqual(entries.map(\.id), ["c1", "c2", "c3", "c4", "c5"])
        XCTAssertEqual(entries[0], GlossaryEntry(id: "c1", english: "navigation trail", englishVariants: ["branch"], persian: "historique de navigation",
                                                 partOfSpeech: "noun", category: "Software"))
        XCTAssertEqual(entries[1].category, "Hardware \\ Other Processing Units and Specialized Devices")
        XCTAssertEqual(entries[2].persian, "opération planifiée")
        XCTAssertEqual(entries[4].note, "The area of a store comprising conventional lanes and IBM lanes with a paystation.")
    }

    func testTBX2008WithUppercaseLanguageAndCharacterReferences() throws {
        let name = "okapi__maryland.tbx"
        XCTAssertEqual(try GlossaryTBX.read(relabelled(name, "fr"), file: name), [
            GlossaryEntry(id: "eid-VocCod-211.01", english: "scribe", englishVariants: ["copyist"], persian: "copiste", persianAllowed: ["scribe", "écrivain"],
                          partOfSpeech: "", category: "personnel", note: "personne qui accomplit un travail copie ou d'écriture"),
        ])
    }

    func testTBX2008InWindows1254() throws {
        let name = "okapi__test02_win1254.tbx"
        XCTAssertEqual(try GlossaryTBX.read(relabelled(name, "tr"), file: name), [
            GlossaryEntry(id: "id1", english: "term with: éá and İı", persian: "tr term with: éá and İı", partOfSpeech: "", category: ""),
        ])
    }

    func testTBX2008WithoutIdsGetsIdsFromTheEnglishTerms() throws {
        let name = "weblate__cs.tbx"
        let entries = try GlossaryTBX.read(relabelled(name, "cs"), file: name)
        XCTAssertEqual(entries.map(\.id), ["address-bar", "administrator", "administrate", "always-on-top"])
        XCTAssertEqual(entries.map(\.persian), ["adresní řádek", "správce", "spravovat", "vždy navrchu"])
    }
}
