import BitextGlossary
import XCTest

/// Finding glossary terms in English and Persian text.
final class TermMatcherTests: XCTestCase {
    let glossary = Glossary(entries: [
        GlossaryEntry(id: "org-irgc", english: "Islamic Revolutionary Guard Corps", englishVariants: ["IRGC", "Revolutionary Guards"],
                      persian: "سپاه پاسداران انقلاب اسلامی", persianAllowed: ["سپاه پاسداران", "سپاه"], isCaseSensitive: true),
        GlossaryEntry(id: "city-tehran", english: "Tehran", persian: "تهران", persianForbidden: ["طهران"], isCaseSensitive: true),
        GlossaryEntry(id: "city-mashhad", english: "Mashhad", englishVariants: ["Mashad", "Meshed"], persian: "مشهد", isCaseSensitive: true),
        GlossaryEntry(id: "term-sanctions", english: "sanctions", persian: "تحریم‌ها", persianAllowed: ["تحریم"]),
        GlossaryEntry(id: "term-lawyer", english: "lawyer", persian: "وکیل", persianAllowed: ["وکلا", "وکلای مدافع"]),
        GlossaryEntry(id: "term-authority", english: "authority", persian: "مقام‌ها", persianAllowed: ["مقام", "مسئولان"]),
        GlossaryEntry(id: "person-ali-khamenei", english: "Ali Khamenei", persian: "علی خامنه‌ای", persianForbidden: ["علي خامنه‌اي"],
                      isCaseSensitive: true),
    ])

    func english(_ text: String) -> [String] {
        glossary.terms(in: text, isPersian: false).map { "\(glossary.entries[$0.entry].id)=\(String(decoding: Array(text.utf8)[$0.range], as: UTF8.self))" }
    }

    func persian(_ text: String) -> [String] {
        glossary.terms(in: text, isPersian: true).map { glossary.entries[$0.entry].id }
    }

    func testLongestMatchInflectionAndVariants() {
        XCTAssertEqual(english("The Islamic Revolutionary Guard Corps (IRGC) and the IRGC's allies met in Mashad."),
                       ["org-irgc=Islamic Revolutionary Guard Corps", "org-irgc=IRGC", "org-irgc=IRGC's", "city-mashhad=Mashad"])
        XCTAssertEqual(english("New Sanctions hit Tehran's IRGC-linked firms; the authorities and a sanction."),
                       ["term-sanctions=Sanctions", "city-tehran=Tehran's", "org-irgc=IRGC", "term-authority=authorities", "term-sanctions=sanction"])
    }

    func testCaseSensitiveEntriesNeedTheirCase() {
        XCTAssertEqual(english("irgc and tehran are lowercase here"), [])
    }

    func testPersianMatchingToleratesZWNJSpacesArabicLettersAndSuffixes() {
        XCTAssertEqual(persian("فرماندهان سپاه‌پاسداران در تهرانی‌ها"), ["org-irgc", "city-tehran"])
        XCTAssertEqual(persian("تحريم‌هاي تازه"), ["term-sanctions"])
        XCTAssertEqual(persian("علي خامنه‌اي"), ["person-ali-khamenei"])
        XCTAssertEqual(persian("به وکلای او ابلاغ شد"), ["term-lawyer"])
    }

    func testChecksReportMissingAndForbiddenRenderings() {
        let findings = GlossaryChecks.check(source: "The IRGC said Ali Khamenei met officials in Tehran.",
                                            target: "سپاه گفت علي خامنه‌اي با مقام‌ها در طهران دیدار کرد.", glossary: glossary)
        XCTAssertEqual(findings.map(\.description), [
            "glossary: \"Tehran\" should be rendered «تهران»",
            "glossary: «علي خامنه‌اي» is a forbidden rendering of \"Ali Khamenei\"; use «علی خامنه‌ای»",
            "glossary: «طهران» is a forbidden rendering of \"Tehran\"; use «تهران»",
        ])
    }

    func testLookupInEitherLanguage() {
        XCTAssertEqual(glossary.lookup("revolutionary guards").map(\.id), ["org-irgc"])
        XCTAssertEqual(glossary.lookup("مشهد").map(\.id), ["city-mashhad"])
        XCTAssertEqual(glossary.lookup("...").map(\.id), [])
    }
}
