/// What a translation does with the glossary's terms: each source term must be rendered in a
/// preferred or allowed form, and no forbidden form may appear.
public enum GlossaryChecks {
    /// A finding for the translator.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public enum Kind: Sendable, Equatable { case missingRendering, forbiddenRendering }
        public var kind: Kind
        public var entry: GlossaryEntry
        /// The source form found, or the forbidden form used.
        public var found: String

        public var description: String {
            switch kind {
            case .missingRendering:
                let others = entry.persianAllowed.isEmpty ? "" : " (or \(entry.persianAllowed.map { "«\($0)»" }.joined(separator: ", ")))"
                return "glossary: \"\(found)\" should be rendered «\(entry.persian)»\(others)"
            case .forbiddenRendering:
                return "glossary: «\(found)» is a forbidden rendering of \"\(entry.english)\"; use «\(entry.persian)»"
                    + (entry.note.isEmpty ? "" : " (\(entry.note))")
            }
        }
    }

    /// Findings for one English source and its Persian target.
    public static func check(source: String, target: String, glossary: Glossary) -> [Finding] {
        let sourceTerms = glossary.terms(in: source, isPersian: false)
        let rendered = Set(glossary.terms(in: target, isPersian: true).map(\.entry))
        var findings: [Finding] = []
        var reported = Set<Int>()
        for term in sourceTerms where !rendered.contains(term.entry) && reported.insert(term.entry).inserted {
            findings.append(Finding(kind: .missingRendering, entry: glossary.entries[term.entry],
                                    found: String(decoding: Array(source.utf8)[term.range], as: UTF8.self)))
        }
        for match in glossary.forbiddenForms(in: target) {
            findings.append(Finding(kind: .forbiddenRendering, entry: glossary.entries[match.entry],
                                    found: String(decoding: Array(target.utf8)[match.range], as: UTF8.self)))
        }
        return findings
    }
}
