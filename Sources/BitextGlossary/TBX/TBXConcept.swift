/// One concept of a TBX termbase in every language it has: what `TBXReader` finds in a
/// `<conceptEntry>` (`<termEntry>` in TBX 2008) before `GlossaryTBX` picks English and Persian.
struct TBXConcept: Equatable {
    /// The entry's `id`; nil when a TBX 2008 entry has none.
    var id: String?
    /// The `subjectField` values of the entry.
    var subjectFields: [String]
    /// The `<note>`s of the entry itself.
    var notes: [String]
    /// The `definition` values of the entry itself.
    var definitions: [String]
    /// The language sections in document order (a language may have more than one).
    var languageSections: [TBXLanguageSection]
}

/// The terms of a concept in one language: a `<langSec>` (`<langSet>` in TBX 2008).
struct TBXLanguageSection: Equatable {
    /// The `xml:lang` of the section, as written.
    var language: String
    /// The `<note>`s of the section itself.
    var notes: [String]
    /// The `definition` values of the section itself.
    var definitions: [String]
    /// The terms in document order.
    var terms: [TBXTerm]
}

/// One term: a `<termSec>` (`<tig>` or `<ntig>` in TBX 2008) with the data categories Bitext reads.
struct TBXTerm: Equatable {
    /// The term, with runs of whitespace as one space.
    var text: String
    /// The `partOfSpeech` value.
    var partOfSpeech: String?
    /// The `administrativeStatus` value (`preferredTerm-admn-sts`…).
    var administrativeStatus: String?
    /// The `termType` value (`phrase`, `acronym`…).
    var termType: String?

    /// Whether the term is the preferred one of its language.
    var isPreferred: Bool { status == "preferredTerm" }

    /// Whether the term is one not to use: deprecated, or superseded by another.
    var isDeprecated: Bool { status == "deprecatedTerm" || status == "supersededTerm" }

    /// The status without the `-admn-sts` suffix TBX picklist values carry (some TBX 2008 tools
    /// leave it off).
    private var status: String? {
        guard let administrativeStatus else { return nil }
        return administrativeStatus.hasSuffix("-admn-sts") ? String(administrativeStatus.dropLast(9)) : administrativeStatus
    }
}
