import BitextModel
import BitextXML

/// Reads XLIFF 2.0/2.1 into an `InterchangeFile`: the structure is checked by `XLIFF2Schema`,
/// each unit by `XLIFF2UnitReader`, and the constraints that span a file here (unique file, group
/// and unit ids, `subFlows` targets, `trgLang` when there are targets).
struct XLIFF2Reader {
    let file: String
    let sourceLanguage: LanguageTag
    let targetLanguage: LanguageTag?

    static func read(_ bytes: [UInt8], file: String) throws -> InterchangeFile {
        let root = try XMLInput.parse(bytes, file: file, format: "XLIFF 2")
        if root.name == "xliff", root.namespace != XMLNamespace.xliff2 {
            let version = root.attribute("version") ?? "without a version"
            let advice = version.hasPrefix("1") ? "read it as XLIFF 1.2" : "export XLIFF 2.1 from your tool"
            throw InterchangeError(file: file, line: root.line, column: root.column, message:
                "this is XLIFF \(version) (namespace \(root.namespace.isEmpty ? "none" : root.namespace)), not XLIFF 2.0/2.1; \(advice)")
        }
        try XLIFF2Schema.validate(root, file: file)
        let version = root.attribute("version")!
        guard version == "2.0" || version == "2.1" else {
            throw InterchangeError(file: file, line: root.line, column: root.column, message:
                "XLIFF version \"\(version)\" is not supported; Bitext reads XLIFF 2.0 and 2.1 (version=\"2.1\")")
        }
        // The schema check guarantees srcLang is present and both languages are well formed.
        let reader = XLIFF2Reader(file: file, sourceLanguage: LanguageTag(root.attribute("srcLang")!)!,
                                  targetLanguage: root.attribute("trgLang").flatMap(LanguageTag.init))
        let inherited = Inherited(language: root.attribute("lang", namespace: XMLNamespace.xml), space: root.attribute("space", namespace: XMLNamespace.xml))
        var documents: [InterchangeDocument] = []
        var fileIDs: Set<String> = []
        for element in root.elements {
            let document = try reader.readFile(element, inherited: inherited)
            guard fileIDs.insert(document.id).inserted else {
                throw reader.error(at: element, "the file id \"\(document.id)\" is used twice; every <file> needs its own id")
            }
            documents.append(document)
        }
        return InterchangeFile(sourceLanguage: reader.sourceLanguage, targetLanguage: reader.targetLanguage, documents: documents)
    }

    func error(at element: XMLElement, unit: String? = nil, _ message: String) -> InterchangeError {
        InterchangeError(file: file, line: element.line, column: element.column, unit: unit, message: message)
    }

    /// Whether an effective `xml:lang` agrees with a declared language: equal or a more specific
    /// tag of it, case-insensitively, as XPath's `lang()` decides (Schematron F4S/F4T).
    static func language(_ value: String, matches declared: String) -> Bool {
        let value = value.lowercased()
        let declared = declared.lowercased()
        return value == declared || value.hasPrefix(declared + "-")
    }

    /// The `xml:lang` and `xml:space` an element inherits from its ancestors (XML 1.0 §2.10, §2.12).
    struct Inherited {
        var language: String?
        var space: String?

        /// The values in effect inside `element`.
        func within(_ element: XMLElement) -> Inherited {
            Inherited(language: element.attribute("lang", namespace: XMLNamespace.xml) ?? language,
                      space: element.attribute("space", namespace: XMLNamespace.xml) ?? space)
        }
    }

    private func readFile(_ element: XMLElement, inherited: Inherited) throws -> InterchangeDocument {
        var document = InterchangeDocument(id: element.attribute("id")!, original: element.attribute("original"), units: [])
        let inherited = inherited.within(element)
        try checkExtensionIDs(element)
        var scope = FileScope()
        for child in element.elements {
            switch (child.namespace, child.name) {
            case (XMLNamespace.xliff2, "skeleton"):
                // XLIFF 2.1 <skeleton> (Schematron F2): external (href, empty) or embedded, not both.
                let hasContent = !child.children.isEmpty
                if (child.attribute("href") != nil) == hasContent {
                    throw error(at: child, hasContent
                        ? "<skeleton> has both an href and content; keep one of them"
                        : "<skeleton> is empty and has no href; point href to the skeleton file or embed it")
                }
            case (XMLNamespace.metadata, "metadata"):
                try XLIFF2Modules.checkMetadata(child, reader: self)
                let facts = XLIFF2Modules.bitextFacts(child)
                document.version = facts.version ?? document.version
                document.sourceFormat = facts.sourceFormat ?? document.sourceFormat
            case (XMLNamespace.xliff2, "notes"):
                _ = try XLIFF2Modules.readNotes(child, reader: self, unit: nil)
            case (XMLNamespace.xliff2, "unit"), (XMLNamespace.xliff2, "group"):
                try readContainer(child, inherited: inherited, scope: &scope, into: &document.units)
            default:
                break
            }
        }
        for reference in scope.subFlows where !scope.unitIDs.contains(reference.id) {
            throw error(at: reference.element, unit: reference.unit,
                        "subFlows points to the unit \"\(reference.id)\", which is not in this <file>")
        }
        return document
    }

    /// What the units and groups of one `<file>` share.
    struct FileScope {
        var unitIDs: Set<String> = []
        var groupIDs: Set<String> = []
        /// `subFlows` references, checked when all unit ids of the file are known (Schematron F21–F23).
        var subFlows: [(id: String, element: XMLElement, unit: String)] = []
    }

    private func readContainer(_ element: XMLElement, inherited: Inherited, scope: inout FileScope, into units: inout [InterchangeUnit]) throws {
        let id = element.attribute("id")!
        try checkExtensionIDs(element)
        if element.name == "unit" {
            guard scope.unitIDs.insert(id).inserted else {
                throw error(at: element, unit: id, "the unit id \"\(id)\" is used twice in this <file>; unit ids must be unique")
            }
            var unitReader = XLIFF2UnitReader(reader: self, element: element, inherited: inherited.within(element))
            units.append(try unitReader.read())
            scope.subFlows += unitReader.subFlows.map { ($0.id, $0.element, id) }
            return
        }
        guard scope.groupIDs.insert(id).inserted else {
            throw error(at: element, "the group id \"\(id)\" is used twice in this <file>; group ids must be unique")
        }
        for child in element.elements {
            switch (child.namespace, child.name) {
            case (XMLNamespace.xliff2, "unit"), (XMLNamespace.xliff2, "group"):
                try readContainer(child, inherited: inherited.within(element), scope: &scope, into: &units)
            case (XMLNamespace.xliff2, "notes"):
                _ = try XLIFF2Modules.readNotes(child, reader: self, unit: nil)
            case (XMLNamespace.metadata, "metadata"):
                try XLIFF2Modules.checkMetadata(child, reader: self)
            default:
                break
            }
        }
    }

    /// Extension elements of one file, group or unit (and their descendants) need unique ids
    /// (XLIFF 2.1, "Extension Mechanisms"); XLIFF modules have their own id rules.
    private func checkExtensionIDs(_ element: XMLElement) throws {
        var ids: Set<String> = []
        for child in element.elements where child.namespace != XMLNamespace.xliff2 && !child.namespace.hasPrefix("urn:oasis:names:tc:xliff:") {
            var duplicate: XMLElement?
            var visit = [child]
            while let current = visit.popLast(), duplicate == nil {
                for id in [current.attribute("id"), current.attribute("id", namespace: XMLNamespace.xml)].compactMap({ $0 }) where !ids.insert(id).inserted {
                    duplicate = current
                }
                visit += current.elements
            }
            if let duplicate {
                throw error(at: duplicate, "an extension element id is used twice in this <\(element.name)>; extension ids (id and xml:id) must be unique")
            }
        }
    }
}
