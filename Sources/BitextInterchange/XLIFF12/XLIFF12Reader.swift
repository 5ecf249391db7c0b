import BitextModel
import BitextXML

/// Reads XLIFF 1.2 (and 1.0/1.1) into an `InterchangeFile`, from Bitext or from other tools.
///
/// A `trans-unit` id of the form `<unit>/<segment>` gives both ids; any other id is a segment of
/// the enclosing `<group>`'s unit, or its own unit when there is no group. Files from tools are
/// read leniently (extension elements and attributes are skipped), but a translation that cannot
/// be placed (a `trans-unit` with a target and no id, one without a source) is an error.
struct XLIFF12Reader {
    static let documentNote = "bitext-document"
    static let versionNote = "bitext-version"

    private let file: String
    private let namespace: String

    static func read(_ bytes: [UInt8], file: String) throws -> InterchangeFile {
        let root = try XMLInput.parse(bytes, file: file, format: "XLIFF 1.2")
        let namespaces = [XMLNamespace.xliff12, "urn:oasis:names:tc:xliff:document:1.1", ""]
        guard root.name == "xliff", namespaces.contains(root.namespace) else {
            let hint = root.namespace == XMLNamespace.xliff2 ? "this is XLIFF 2; read it as XLIFF 2" : "expected <xliff version=\"1.2\">"
            throw InterchangeError(file: file, line: root.line, column: root.column, message: "the root element <\(root.name)> is not XLIFF 1.2: \(hint)")
        }
        let reader = XLIFF12Reader(file: file, namespace: root.namespace)
        let files = root.elements("file", namespace: root.namespace)
        guard let first = files.first else {
            throw reader.error(at: root, "the file has no <file> element, so there is nothing to translate")
        }
        let sourceLanguage = try reader.language(first, "source-language")
        guard let sourceLanguage else {
            throw reader.error(at: first, "<file> has no source-language; add source-language=\"en\"")
        }
        var targetLanguage: LanguageTag?
        for element in files where targetLanguage == nil {
            targetLanguage = try reader.language(element, "target-language")
        }
        var documents: [InterchangeDocument] = []
        for (index, element) in files.enumerated() {
            documents.append(try reader.readFile(element, number: index + 1))
        }
        return InterchangeFile(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, documents: documents)
    }

    private func error(at element: XMLElement, unit: String? = nil, _ message: String) -> InterchangeError {
        InterchangeError(file: file, line: element.line, column: element.column, unit: unit, message: message)
    }

    /// A language attribute as a tag; tools write `en_US` as often as `en-US`.
    private func language(_ element: XMLElement, _ attribute: String) throws -> LanguageTag? {
        guard let value = element.attribute(attribute), !value.isEmpty else { return nil }
        guard let tag = LanguageTag(value.replacingUnderscores()) else {
            throw error(at: element, "\(attribute)=\"\(value)\" is not a language tag; write one like en or fa-IR")
        }
        return tag
    }

    private func readFile(_ element: XMLElement, number: Int) throws -> InterchangeDocument {
        let header = element.element("header", namespace: namespace)
        let notes = header?.elements("note", namespace: namespace) ?? []
        let documentID = notes.first { $0.attribute("from") == Self.documentNote }?.textContent
        let original = element.attribute("original")
        let datatype = element.attribute("datatype") ?? ""
        var document = InterchangeDocument(
            id: documentID ?? original ?? "file-\(number)",
            original: documentID != nil && original == documentID ? nil : original,
            version: notes.first { $0.attribute("from") == Self.versionNote }?.textContent,
            sourceFormat: datatype.hasPrefix("x-") ? String(datatype.dropFirst(2)) : nil,
            units: [])
        guard let body = element.element("body", namespace: namespace) else {
            throw error(at: element, "<file> has no <body>")
        }
        var units = UnitCollector()
        var transUnitNumber = 0
        try readContainer(body, group: nil, units: &units, transUnitNumber: &transUnitNumber)
        document.units = units.units
        return document
    }

    private func readContainer(_ container: XMLElement, group: XMLElement?, units: inout UnitCollector, transUnitNumber: inout Int) throws {
        for child in container.elements where child.namespace == namespace {
            switch child.name {
            case "group":
                let enclosing = child.attribute("id") == nil ? group : child
                if let id = child.attribute("id") {
                    let kind = child.attribute("restype").flatMap { $0.hasPrefix("x-") ? String($0.dropFirst(2)) : nil }
                    units.declare(id: id, kind: kind, notes: child.elements("note", namespace: namespace).map(\.textContent))
                }
                try readContainer(child, group: enclosing, units: &units, transUnitNumber: &transUnitNumber)
            case "trans-unit":
                transUnitNumber += 1
                try readTransUnit(child, group: group, number: transUnitNumber, units: &units)
            default:
                break
            }
        }
    }

    private func readTransUnit(_ element: XMLElement, group: XMLElement?, number: Int, units: inout UnitCollector) throws {
        let sourceElement = element.element("source", namespace: namespace)
        let targetElement = element.element("target", namespace: namespace)
        let unitID: String
        let segmentID: String
        if let id = element.attribute("id") {
            if let slash = id.lastIndex(of: "/") {
                unitID = String(id[..<slash])
                segmentID = String(id[id.index(after: slash)...])
            } else {
                unitID = group?.attribute("id") ?? id
                segmentID = id
            }
        } else {
            guard targetElement.map({ $0.children.isEmpty }) ?? true else {
                throw error(at: element, "a <trans-unit> with a translation has no id, so the translation cannot be matched to its sentence; give it the id it was exported with")
            }
            unitID = group?.attribute("id") ?? "trans-unit-\(number)"
            segmentID = "trans-unit-\(number)"
        }
        let place = "\(unitID)/\(segmentID)"
        guard let sourceElement else {
            throw error(at: element, unit: place, "the <trans-unit> has no <source>")
        }
        var inline = XLIFF12InlineReader(namespace: namespace, transUnit: element, knownKinds: units.codeKinds(unit: unitID))
        let source = inline.read(sourceElement)
        let target = targetElement.map { inline.read($0) }
        units.recordCodeKinds(inline.kinds, unit: unitID)
        var terms: [TermHint] = []
        var notes: [String] = []
        for note in element.elements("note", namespace: namespace) {
            if note.attribute("from") == "glossary", let hint = TermHintText.parse(Substring(note.textContent)) {
                terms.append(hint)
            } else {
                notes.append(note.textContent)
            }
        }
        let segment = InterchangeSegment(id: segmentID, source: source, target: target,
                                         state: state(target: targetElement, content: target, approved: element.attribute("approved") == "yes"),
                                         terms: terms, line: element.line)
        units.add(segment, unit: unitID, notes: notes)
    }

    /// XLIFF 1.2 target states (the `state` attribute's value list) mapped to Bitext's four: `needs-*` except
    /// `needs-translation` need review, `final` and `signed-off` (or `approved="yes"`) are final,
    /// and a target without a state is translated when it has content.
    private func state(target: XMLElement?, content: [Inline]?, approved: Bool) -> TranslationState {
        let hasContent = content.map { !$0.isEmpty } ?? false
        guard hasContent else { return .new }
        if approved { return .final }
        switch target?.attribute("state") {
        case "final", "signed-off": return .final
        case "needs-translation": return .new
        case let state? where state.hasPrefix("needs-"): return .needsReview
        default: return .translated
        }
    }
}

/// Gathers trans-units into units in order of first appearance, with the kind and notes of the
/// group that declared each unit and the notes of its trans-units (each once).
private struct UnitCollector {
    private(set) var units: [InterchangeUnit] = []
    private var indexByID: [String: Int] = [:]
    private var declared: [String: (kind: String?, notes: [String])] = [:]
    private var kinds: [String: [Int: String]] = [:]

    mutating func declare(id: String, kind: String?, notes: [String]) {
        declared[id] = (kind, notes)
    }

    mutating func add(_ segment: InterchangeSegment, unit id: String, notes: [String]) {
        let index: Int
        if let existing = indexByID[id] {
            index = existing
        } else {
            index = units.count
            indexByID[id] = index
            let group = declared[id]
            units.append(InterchangeUnit(id: id, kind: group?.kind, notes: group?.notes ?? [], segments: []))
        }
        units[index].segments.append(segment)
        for note in notes where !units[index].notes.contains(note) {
            units[index].notes.append(note)
        }
    }

    func codeKinds(unit: String) -> [Int: String] {
        kinds[unit] ?? [:]
    }

    mutating func recordCodeKinds(_ codeKinds: [Int: String], unit: String) {
        kinds[unit, default: [:]].merge(codeKinds) { $1 }
    }
}

extension String {
    /// `en_US` as `en-US`.
    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
