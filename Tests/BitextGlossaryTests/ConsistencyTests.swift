import BitextGlossary
import XCTest

/// Terms rendered in more than one way, and candidates for new entries.
final class ConsistencyTests: XCTestCase {
    let glossary = Glossary(entries: [
        GlossaryEntry(id: "org-irgc", english: "IRGC", persian: "سپاه پاسداران", persianAllowed: ["سپاه"], isCaseSensitive: true),
        GlossaryEntry(id: "city-tehran", english: "Tehran", persian: "تهران", isCaseSensitive: true),
    ])

    func testReportsEachFormWithItsUnits() {
        let findings = Consistency.findings([
            ("a/p1/s1", "The IRGC warned Tehran residents.", "سپاه پاسداران به ساکنان تهران هشدار داد."),
            ("a/p2/s1", "The IRGC responded.", "سپاه پاسخ داد."),
            ("b/p1/s1", "The IRGC was silent.", "گارد انقلاب سکوت کرد."),
            ("b/p2/s1", "Tehran was calm.", "تهران آرام بود."),
        ], glossary: glossary)
        XCTAssertEqual(findings.map(\.entry.id), ["org-irgc"])
        XCTAssertEqual(findings.first?.renderings, [
            Consistency.Rendering(form: "سپاه پاسداران", units: ["a/p1/s1"]),
            Consistency.Rendering(form: "سپاه", units: ["a/p2/s1"]),
            Consistency.Rendering(form: nil, units: ["b/p1/s1"]),
        ])
    }

    func testCandidatesAreFrequentNamesTheGlossaryLacks() {
        let texts = [
            "The Assembly of Experts met in Tehran on Monday.",
            "Members of the Assembly of Experts and the IRGC spoke.",
            "Mr. Karimi told the Assembly of Experts that Mr. Karimi would resign.",
            "Analysts said little.",
        ]
        let candidates = Candidates.find(in: texts, glossary: glossary, ignoring: ["The"], minimumCount: 2)
        XCTAssertEqual(candidates, [Candidates.Candidate(term: "Assembly of Experts", count: 3), Candidates.Candidate(term: "Karimi", count: 2)])
    }
}
