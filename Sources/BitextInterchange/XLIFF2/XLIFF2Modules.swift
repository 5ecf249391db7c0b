import BitextModel
import BitextXML

/// Notes and the module content Bitext reads from XLIFF 2: Metadata (document facts) and Glossary
/// (term hints), with the constraints their specifications state beyond the schemas.
enum XLIFF2Modules {
    /// The texts of a `<notes>` element, in order, and the ids of its notes; note ids must be
    /// unique within it (Schematron K4).
    static func readNotes(_ element: XMLElement, reader: XLIFF2Reader, unit: String?) throws -> (texts: [String], ids: Set<String>) {
        var texts: [String] = []
        var ids: Set<String> = []
        for note in element.elements {
            if let id = note.attribute("id"), !ids.insert(id).inserted {
                throw reader.error(at: note, unit: unit, "the note id \"\(id)\" is used twice in one <notes>; note ids must be unique")
            }
            texts.append(note.textContent)
        }
        return (texts, ids)
    }

    /// Checks that the ids inside one `<mda:metadata>` are unique (XLIFF 2.1 Metadata module, `id`).
    static func checkMetadata(_ element: XMLElement, reader: XLIFF2Reader, unit: String? = nil) throws {
        var ids: Set<String> = []
        var pending = [element]
        while let current = pending.popLast() {
            if let id = current.attribute("id"), !ids.insert(id).inserted {
                throw reader.error(at: current, unit: unit, "the metadata id \"\(id)\" is used twice in one <mda:metadata>")
            }
            pending += current.elements
        }
    }

    /// The document version and source format Bitext keeps in `<mda:metaGroup category="bitext">`.
    static func bitextFacts(_ metadata: XMLElement) -> (version: String?, sourceFormat: String?) {
        var version: String?
        var sourceFormat: String?
        for group in metadata.elements(where: "metaGroup") where group.attribute("category") == "bitext" {
            for meta in group.elements(where: "meta") {
                switch meta.attribute("type") {
                case "version": version = meta.textContent
                case "source-format": sourceFormat = meta.textContent
                default: break
                }
            }
        }
        return (version, sourceFormat)
    }

    /// One glossary entry and the `ref` that ties it to a span of the unit.
    struct GlossaryEntry {
        var hint: TermHint
        var reference: String?
    }

    /// The entries of a `<gls:glossary>`, checked: every entry has a translation or a definition,
    /// and ids are unique among its entries and translations (XLIFF 2.1 Glossary module, `glossEntry` and `id`).
    static func readGlossary(_ element: XMLElement, reader: XLIFF2Reader, unit: String) throws -> [GlossaryEntry] {
        var ids: Set<String> = []
        var entries: [GlossaryEntry] = []
        for entry in element.elements {
            for item in [entry] + entry.elements(where: "translation") {
                if let id = item.attribute("id"), !ids.insert(id).inserted {
                    throw reader.error(at: item, unit: unit, "the glossary id \"\(id)\" is used twice in one <gls:glossary>")
                }
                if let reference = item.attribute("ref"), let problem = FragmentIdentifier.problem(with: reference) {
                    throw reader.error(at: item, unit: unit, "ref=\"\(reference)\" is not a valid XLIFF fragment identifier: \(problem)")
                }
            }
            let translations = entry.elements(where: "translation")
            let definition = entry.elements(where: "definition").first
            guard !translations.isEmpty || definition != nil else {
                throw reader.error(at: entry, unit: unit, "a <gls:glossEntry> needs a <gls:translation> or a <gls:definition>")
            }
            let term = entry.elements(where: "term").first?.textContent ?? ""
            entries.append(GlossaryEntry(hint: TermHint(source: term, target: translations.first?.textContent ?? "", note: definition?.textContent),
                                         reference: entry.attribute("ref")))
        }
        return entries
    }
}

extension XMLElement {
    /// Child elements with this local name in the element's own namespace.
    func elements(where name: String) -> [XMLElement] {
        elements(name, namespace: namespace)
    }
}
