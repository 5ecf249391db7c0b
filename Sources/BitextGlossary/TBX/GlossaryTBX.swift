import BitextXML

/// The glossary as TBX, the terminology exchange format of ISO 30042: written as TBX-Basic (TBX
/// 2019, DCA style) for `glossary/en-fa.tbx`; read from that, from any TBX 2019 dialect (TBX-Core,
/// TBX-Basic) in DCA or DCT style, and from the TBX 2008 `<martif>` files most tools still write.
///
/// One `<conceptEntry>` holds one entry: the category as its `subjectField`, the note as its
/// `<note>`, then a `<langSec>` for English and one for Persian with a `<termSec>` per term. Each
/// term's `administrativeStatus` says what it is: the preferred English and Persian terms are
/// `preferredTerm-admn-sts`, English variants and allowed Persian renderings
/// `admittedTerm-admn-sts`, forbidden renderings `deprecatedTerm-admn-sts`.
///
/// TBX-Basic has no data category for two things the matcher needs, so they are `<note>`s of the
/// English `<langSec>`, where no other note of a Bitext entry goes: `case-sensitive` when English
/// forms must match with their letter case, and `part of speech: proper-noun` (or any other value)
/// when the part of speech is not one of TBX-Basic's `noun`, `verb`, `adjective`, `adverb`,
/// `other`. A proper noun is written as `noun` with that note; a phrase as `other` with the
/// `termType` `phrase`.
///
/// A concept becomes an entry when it has an English (`en`, `en-US`…) term and a Persian (`fa`,
/// `fa-IR`…) term that is not deprecated; other concepts (only one of the two languages, or other
/// languages) are skipped, so a multilingual termbase gives its English–Persian entries. A file
/// with no such concept at all is an error naming the languages it has.
///
/// Reading other tools' files: the preferred term of a language is its first
/// `preferredTerm-admn-sts` term, else its first term not deprecated; deprecated and superseded
/// Persian terms are forbidden renderings, deprecated English terms stay variants (they still name
/// the concept in a source text). The note is the notes and definitions of the entry, then of its
/// English and Persian sections. A line break and the indentation around it are read as one
/// space, since tools wrap long terms and notes over indented lines.
public enum GlossaryTBX {
    /// The namespace of TBX 2019 (ISO 30042:2019).
    public static let namespace = "urn:iso:std:iso:30042:ed-2"
    /// The note on the English language section of an entry whose English forms match only with
    /// their letter case.
    public static let caseSensitiveNote = "case-sensitive"
    /// The start of the note on the English language section that gives a part of speech TBX-Basic
    /// has no value for (`part of speech: proper-noun`).
    public static let partOfSpeechNotePrefix = "part of speech: "

    /// The entries as a TBX-Basic file (UTF-8, two-space indentation); the same entries always give
    /// the same bytes. Ids must be XML names (letters, digits, `-`, `_`, `.`, starting with a
    /// letter) for the file to be valid TBX.
    public static func write(_ entries: [GlossaryEntry]) -> [UInt8] {
        TBXWriter.write(entries)
    }

    /// Reads the English–Persian entries of a TBX file; `file` names it in errors.
    ///
    /// Throws a `GlossaryError` with the line for a file that is not well-formed XML (the column
    /// is in the message), declares entities or a DTD with declarations, is not TBX, has an entry
    /// without a term, a term without a language, two entries with one id, or no English–Persian
    /// entry. An entry without an id (TBX 2008 allows it) gets one made from its English term.
    public static func read(_ bytes: [UInt8], file: String) throws -> [GlossaryEntry] {
        let concepts = try TBXReader.concepts(bytes, file: file)
        var entries: [(id: String?, entry: GlossaryEntry)] = []
        for concept in concepts {
            if let entry = entry(concept) { entries.append((concept.id, entry)) }
        }
        guard !entries.isEmpty else {
            let languages = concepts.flatMap { $0.languageSections.map { $0.language.lowercased() } }
            var seen = Set<String>()
            let found = languages.filter { seen.insert($0).inserted }
            throw GlossaryError(file: file, message: "no entry has both an English (en) and a Persian (fa) term"
                + (found.isEmpty ? "" : "; the glossary has terms in \(found.joined(separator: ", "))")
                + ". Bitext reads English–Persian glossaries: give the Persian terms <langSec xml:lang=\"fa\">")
        }
        var used = Set(entries.compactMap(\.id))
        return entries.map { id, entry in
            guard id == nil else { return entry }
            var entry = entry
            entry.id = uniqueID(for: entry.english, avoiding: &used)
            return entry
        }
    }

    /// The glossary entry a concept gives, or nil when it lacks an English term or a Persian
    /// term that is not deprecated.
    static func entry(_ concept: TBXConcept) -> GlossaryEntry? {
        let englishSections = concept.languageSections.filter { isLanguage($0.language, "en") }
        let persianSections = concept.languageSections.filter { isLanguage($0.language, "fa") }
        let english = englishSections.flatMap(\.terms)
        let persian = persianSections.flatMap(\.terms)
        let acceptable = persian.filter { !$0.isDeprecated }
        guard !english.isEmpty, !acceptable.isEmpty else { return nil }
        let preferredEnglish = english.firstIndex { $0.isPreferred } ?? english.firstIndex { !$0.isDeprecated } ?? 0
        let preferredPersian = acceptable.firstIndex { $0.isPreferred } ?? 0
        let englishNotes = englishSections.flatMap(\.notes)
        let bitextNotes = englishNotes.filter { $0 == caseSensitiveNote || $0.hasPrefix(partOfSpeechNotePrefix) }
        let note = concept.notes + concept.definitions + englishNotes.filter { !bitextNotes.contains($0) }
            + englishSections.flatMap(\.definitions) + persianSections.flatMap { $0.notes + $0.definitions }
        return GlossaryEntry(
            id: concept.id ?? "", english: english[preferredEnglish].text,
            englishVariants: english.indices.filter { $0 != preferredEnglish }.map { english[$0].text },
            persian: acceptable[preferredPersian].text,
            persianAllowed: acceptable.indices.filter { $0 != preferredPersian }.map { acceptable[$0].text },
            persianForbidden: persian.filter(\.isDeprecated).map(\.text),
            partOfSpeech: partOfSpeech(notes: bitextNotes, term: english[preferredEnglish]), category: concept.subjectFields.first ?? "",
            isCaseSensitive: bitextNotes.contains(caseSensitiveNote), note: note.joined(separator: " "))
    }

    /// The part of speech of an entry: the one a note gives (for values TBX-Basic lacks), else
    /// `phrase` for a term of that `termType`, else the preferred English term's `partOfSpeech`.
    private static func partOfSpeech(notes: [String], term: TBXTerm) -> String {
        if let note = notes.first(where: { $0.hasPrefix(partOfSpeechNotePrefix) }) {
            return String(note.dropFirst(partOfSpeechNotePrefix.count))
        }
        return term.termType == "phrase" ? "phrase" : term.partOfSpeech ?? ""
    }

    /// Whether a language tag (`en`, `EN`, `en-US`) has this primary language subtag.
    static func isLanguage(_ tag: String, _ language: String) -> Bool {
        let primary = tag.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return primary.lowercased() == language
    }

    /// An id for an entry that has none: its English term as a slug (`address-bar`), made unique
    /// with a number.
    private static func uniqueID(for english: String, avoiding used: inout Set<String>) -> String {
        var slug = ""
        for scalar in english.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        if slug.hasSuffix("-") { slug.removeLast() }
        // An XML name (the type of conceptEntry's id) starts with a letter.
        if !(slug.first?.isLetter ?? false) { slug = slug.isEmpty ? "entry" : "entry-" + slug }
        var id = slug
        var number = 2
        while used.contains(id) {
            id = "\(slug)-\(number)"
            number += 1
        }
        used.insert(id)
        return id
    }
}
