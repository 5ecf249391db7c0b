import BitextXML

/// Reads the concepts of a TBX file: TBX 2019 (`<tbx>` in the ISO 30042:2019 namespace, or in
/// none, any dialect) and TBX 2008 (`<martif>`, no namespace), data categories in DCA style
/// (`<termNote type="partOfSpeech">`) or DCT style (`<min:partOfSpeech>`).
///
/// The two versions have the same levels under other names: `conceptEntry`/`termEntry`,
/// `langSec`/`langSet`, `termSec`/`tig` (term and term notes side by side) or `ntig` (them inside
/// a `termGrp`). A `…Grp` element groups one data category with notes about it; its first data
/// category counts as one of the level it is on.
struct TBXReader {
    /// The element names of one TBX version.
    private struct Names {
        var entry: String
        var languageSection: String
        var termSections: Set<String>
    }

    private let file: String
    /// The namespace of the core structure elements: ISO 30042:2019's, or none in TBX 2008.
    private let core: String
    private let names: Names

    /// The concepts of the file in document order, or a `GlossaryError` naming the line.
    static func concepts(_ bytes: [UInt8], file: String) throws -> [TBXConcept] {
        let root: XMLElement
        do {
            // TBX 2008 tools write <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">; it is skipped
            // unread, and one that declares anything is refused.
            root = try XMLInput.parse(bytes, documentTypes: .skippedWithoutInternalSubset)
        } catch let error as XMLInputError {
            switch error.kind {
            case .empty:
                throw GlossaryError(file: file, message: "the file is empty; expected a TBX glossary")
            case .encoding:
                throw GlossaryError(file: file, line: error.line, message: error.message)
            case .notWellFormed:
                throw GlossaryError(file: file, line: error.line, message: "not well-formed XML at column \(error.column ?? 1): \(error.message)")
            }
        }
        let reader: TBXReader
        switch (root.namespace, root.name) {
        case (GlossaryTBX.namespace, "tbx"), ("", "tbx"):
            reader = TBXReader(file: file, core: root.namespace, names: Names(entry: "conceptEntry", languageSection: "langSec", termSections: ["termSec"]))
        case ("", "martif"):
            reader = TBXReader(file: file, core: "", names: Names(entry: "termEntry", languageSection: "langSet", termSections: ["tig", "ntig"]))
        default:
            throw GlossaryError(file: file, line: root.line, message: "the root element is <\(root.name)>"
                + (root.namespace.isEmpty ? "" : " in the namespace \(root.namespace)")
                + "; a TBX glossary starts with <tbx xmlns=\"\(GlossaryTBX.namespace)\"> (TBX 2019) or <martif> (TBX 2008)")
        }
        return try reader.concepts(root)
    }

    private func concepts(_ root: XMLElement) throws -> [TBXConcept] {
        guard let body = root.element("text", namespace: core)?.element("body", namespace: core) else {
            throw GlossaryError(file: file, line: root.line, message: "<\(root.name)> has no <text><body> with the entries")
        }
        var concepts: [TBXConcept] = []
        var lines: [String: Int] = [:]
        for entry in body.elements(names.entry, namespace: core) {
            let id = entry.attribute("id").map(normalizedSpace)
            if let id {
                if let earlier = lines[id] {
                    throw GlossaryError(file: file, line: entry.line, message: "the id '\(id)' is already used by the entry on line \(earlier); give each <\(names.entry)> its own id")
                }
                lines[id] = entry.line
            }
            let categories = dataCategories(of: entry)
            let sections = try entry.elements(names.languageSection, namespace: core).map(languageSection)
            guard sections.contains(where: { !$0.terms.isEmpty }) else {
                throw GlossaryError(file: file, line: entry.line, message: "the entry\(id.map { " '\($0)'" } ?? "") has no term; give it a <\(names.languageSection) xml:lang=\"…\"> with a term, or remove it")
            }
            concepts.append(TBXConcept(id: id, subjectFields: values("subjectField", in: categories), notes: notes(of: entry),
                                       definitions: values("definition", in: categories), languageSections: sections))
        }
        return concepts
    }

    private func languageSection(_ element: XMLElement) throws -> TBXLanguageSection {
        guard let language = element.attribute("lang", namespace: XMLNamespace.xml).map(normalizedSpace), !language.isEmpty else {
            throw GlossaryError(file: file, line: element.line, message: "<\(element.name)> has no xml:lang; say which language its terms are in (xml:lang=\"en\", xml:lang=\"fa\")")
        }
        var terms: [TBXTerm] = []
        for child in element.elements where child.namespace == core && names.termSections.contains(child.name) {
            terms.append(try term(child))
        }
        return TBXLanguageSection(language: language, notes: notes(of: element),
                                  definitions: values("definition", in: dataCategories(of: element)), terms: terms)
    }

    private func term(_ section: XMLElement) throws -> TBXTerm {
        // <ntig> keeps the term and its term notes in a <termGrp>.
        let group = section.name == "ntig" ? section.element("termGrp", namespace: core) : section
        let text = group?.element("term", namespace: core).map { normalizedSpace($0.textContent) } ?? ""
        guard let group, !text.isEmpty else {
            throw GlossaryError(file: file, line: section.line, message: "<\(section.name)> has no term; write the term in its <term>, or remove it")
        }
        var categories = dataCategories(of: group)
        if group !== section { categories += dataCategories(of: section) }
        return TBXTerm(text: text, partOfSpeech: values("partOfSpeech", in: categories).first,
                       administrativeStatus: values("administrativeStatus", in: categories).first,
                       termType: values("termType", in: categories).first)
    }

    /// The data categories directly on an element, as (name, value): DCA elements name theirs in
    /// `type`, DCT elements are named after theirs (in a dialect's namespace).
    private func dataCategories(of element: XMLElement) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        for child in element.elements {
            guard child.namespace == core else {
                result.append((child.name, normalizedSpace(child.textContent)))
                continue
            }
            switch child.name {
            case "descrip", "termNote", "admin":
                if let type = child.attribute("type") { result.append((type, normalizedSpace(child.textContent))) }
            case "descripGrp", "termNoteGrp", "adminGrp":
                result += dataCategories(of: child).prefix(1)
            default:
                break
            }
        }
        return result
    }

    private func values(_ name: String, in categories: [(name: String, value: String)]) -> [String] {
        categories.filter { $0.name == name && !$0.value.isEmpty }.map(\.value)
    }

    private func notes(of element: XMLElement) -> [String] {
        element.elements("note", namespace: core).map { normalizedSpace($0.textContent) }.filter { !$0.isEmpty }
    }

    /// The text without whitespace at its ends, and each line break with the whitespace around
    /// it as one space: tools wrap long terms and notes over indented lines. Other runs of spaces
    /// and tabs are kept, so what `TBXWriter` writes reads back exactly.
    private func normalizedSpace(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                run.append(scalar)
                continue
            }
            if !run.isEmpty && !result.isEmpty {
                if run.contains("\n") || run.contains("\r") { result.append(" ") } else { result.append(contentsOf: run) }
            }
            run.removeAll()
            result.append(scalar)
        }
        return String(result)
    }
}
