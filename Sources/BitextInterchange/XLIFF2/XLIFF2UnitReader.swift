import BitextModel
import BitextXML

/// Reads one XLIFF 2 `<unit>`: notes, original data, segments with their inline content and
/// glossary hints, checking the constraints the XLIFF 2.1 specification puts on a unit. The
/// pattern ids cited (K5, F15…) are those of the OASIS XLIFF 2.1 Schematron, which states the
/// specification's constraints one by one.
struct XLIFF2UnitReader {
    private let reader: XLIFF2Reader
    private let element: XMLElement
    private let unitID: String
    private let inherited: XLIFF2Reader.Inherited
    /// `subFlows` references of the unit's codes, for the file to check.
    private(set) var subFlows: [(id: String, element: XMLElement)] = []

    private var data: [String: String] = [:]
    private var noteIDs: Set<String> = []
    private var numbering = CodeNumbering(decimalCandidates: [String]())
    /// Elements with an id anywhere in the unit's segments and ignorables, for `copyOf`.
    private var elementsByID: [String: XMLElement] = [:]
    private var sourceIDCounts: [String: Int] = [:]
    private var targetIDCounts: [String: Int] = [:]
    private var source = MarkerPairing(stream: "source")
    private var target = MarkerPairing(stream: "target")
    private var openAnnotations: [String: XMLElement] = [:]
    private var closedAnnotations: Set<String> = []
    private var segmentID = ""

    /// `inherited` holds the `xml:lang` and `xml:space` in effect inside the unit.
    init(reader: XLIFF2Reader, element: XMLElement, inherited: XLIFF2Reader.Inherited) {
        self.reader = reader
        self.element = element
        unitID = element.attribute("id")!
        self.inherited = inherited
    }

    mutating func read() throws -> InterchangeUnit {
        var unit = InterchangeUnit(id: unitID, kind: element.attribute("name"), segments: [])
        var containers: [XMLElement] = []
        var glossaries: [XMLElement] = []
        for child in element.elements {
            switch (child.namespace, child.name) {
            case (XMLNamespace.xliff2, "notes"):
                let notes = try XLIFF2Modules.readNotes(child, reader: reader, unit: unitID)
                unit.notes = notes.texts
                noteIDs = notes.ids
            case (XMLNamespace.xliff2, "originalData"):
                for item in child.elements {
                    let id = item.attribute("id")!
                    guard data[id] == nil else {
                        throw error(at: item, "the data id \"\(id)\" is used twice in <originalData> (K5); give each <data> its own id")
                    }
                    data[id] = try dataText(item)
                }
            case (XMLNamespace.xliff2, "segment"), (XMLNamespace.xliff2, "ignorable"):
                containers.append(child)
            case (XMLNamespace.glossary, "glossary"):
                glossaries.append(child)
            case (XMLNamespace.metadata, "metadata"):
                try XLIFF2Modules.checkMetadata(child, reader: reader, unit: unitID)
            default:
                break
            }
        }
        guard containers.contains(where: { $0.name == "segment" }) else {
            throw error(at: element, "the unit has no <segment> (F3); a unit needs at least one segment to translate")
        }
        try collectIDs(containers)
        var orders: Set<String> = []
        var position = 0
        for container in containers {
            position += 1
            let segment = try readContainer(container, position: position, orders: &orders)
            if let segment { unit.segments.append(segment) }
        }
        segmentID = ""
        try source.finish(reader: reader, unit: unitID)
        try target.finish(reader: reader, unit: unitID)
        if let (id, marker) = openAnnotations.first(where: { !closedAnnotations.contains($0.key) }) {
            throw error(at: marker, "<sm id=\"\(id)\"> has no <em startRef=\"\(id)\"/> after it in this unit (F27)")
        }
        for glossary in glossaries {
            for entry in try XLIFF2Modules.readGlossary(glossary, reader: reader, unit: unitID) {
                attach(entry, to: &unit.segments, containers: containers)
            }
        }
        return unit
    }

    // MARK: Ids

    /// Segment, ignorable and source inline ids share one scope per unit (K6S); a target inline
    /// id either repeats the same element of its own source or is unique in the unit (K6T).
    private mutating func collectIDs(_ containers: [XMLElement]) throws {
        var codeIDs: [String] = []
        for container in containers {
            if let id = container.attribute("id") {
                sourceIDCounts[id, default: 0] += 1
            }
            for part in container.elements {
                let isTarget = part.name == "target"
                part.forEachDescendant { descendant in
                    if let id = descendant.attribute("id") {
                        if isTarget { targetIDCounts[id, default: 0] += 1 } else { sourceIDCounts[id, default: 0] += 1 }
                        if elementsByID[id] == nil { elementsByID[id] = descendant }
                    }
                    if ["ph", "pc", "sc", "ec"].contains(descendant.name) {
                        codeIDs += [descendant.attribute("id"), descendant.attribute("startRef")].compactMap { $0 }
                    }
                }
            }
        }
        if let (id, _) = sourceIDCounts.first(where: { $0.value > 1 }) {
            throw error(at: element, "the id \"\(id)\" is used more than once among the unit's segments, ignorables and source codes (K6S); each needs its own id")
        }
        numbering = CodeNumbering(decimalCandidates: codeIDs)
        for container in containers {
            let sourcePart = container.element("source", namespace: XMLNamespace.xliff2)!
            guard let targetPart = container.element("target", namespace: XMLNamespace.xliff2) else { continue }
            var problem: (XMLElement, String)?
            targetPart.forEachDescendant { descendant in
                guard problem == nil, let id = descendant.attribute("id") else { return }
                let total = (sourceIDCounts[id] ?? 0) + (targetIDCounts[id] ?? 0)
                if total == 1 { return }
                var sameInSource = false
                sourcePart.forEachDescendant { if $0.attribute("id") == id && $0.name == descendant.name { sameInSource = true } }
                if total != 2 || !sameInSource {
                    problem = (descendant, "the target's <\(descendant.name) id=\"\(id)\"> must repeat the same element of its own source or use an id unused in the unit (K6T)")
                }
            }
            if let (at, message) = problem { throw error(at: at, message) }
        }
    }

    // MARK: Segments

    private mutating func readContainer(_ container: XMLElement, position: Int, orders: inout Set<String>) throws -> InterchangeSegment? {
        let isSegment = container.name == "segment"
        segmentID = container.attribute("id") ?? String(position)
        let sourcePart = container.element("source", namespace: XMLNamespace.xliff2)!
        let targetPart = container.element("target", namespace: XMLNamespace.xliff2)
        try checkLanguage(of: sourcePart, declared: reader.sourceLanguage.value, attribute: "srcLang")
        var sourceContent: [Inline] = []
        var sourcePairing = source
        try readInline(sourcePart, into: &sourceContent, pairing: &sourcePairing)
        source = sourcePairing
        var targetContent: [Inline]?
        if let targetPart {
            guard let declared = reader.targetLanguage else {
                throw error(at: targetPart, "the file has targets but <xliff> has no trgLang (F1); add trgLang=\"…\" with the target language")
            }
            try checkLanguage(of: targetPart, declared: declared.value, attribute: "trgLang")
            // A target without order is in its container's position (XLIFF 2.1 "order").
            let order = targetPart.attribute("order") ?? String(position)
            guard orders.insert(order).inserted else {
                throw error(at: targetPart, "two targets of this unit are in position \(order) (K7); give each target its own order")
            }
            if (inherited.within(sourcePart).space ?? "default") != (inherited.within(targetPart).space ?? "default") {
                throw error(at: targetPart, "the source and target have different xml:space; whitespace must be handled the same in both")
            }
            var content: [Inline] = []
            var targetPairing = target
            try readInline(targetPart, into: &content, pairing: &targetPairing)
            target = targetPairing
            targetContent = content
        }
        if let targetPart { try checkKeptCodes(source: sourcePart, target: targetPart) }
        guard isSegment else { return nil }
        let state = container.attribute("state")
        let subState = container.attribute("subState")
        if subState != nil && state == nil {
            throw error(at: container, "subState needs a state on the same segment (F7)")
        }
        if let state, state != "initial", targetPart == nil {
            throw error(at: container, "a segment in state \"\(state)\" must have a <target> (F29)")
        }
        return InterchangeSegment(id: segmentID, source: sourceContent, target: targetContent,
                                  state: translationState(state: state, subState: subState, target: targetContent),
                                  line: container.line)
    }

    /// Codes marked `canDelete="no"` in the source are in the target too (F20, F20ec).
    private func checkKeptCodes(source: XMLElement, target: XMLElement) throws {
        var kept: [(name: String, key: String, element: XMLElement)] = []
        source.forEachDescendant { code in
            guard code.attribute("canDelete") == "no" else { return }
            if code.name == "ec", let reference = code.attribute("startRef") {
                kept.append(("ec", "startRef=" + reference, code))
            } else if let id = code.attribute("id") {
                kept.append((code.name, "id=" + id, code))
            }
        }
        for (name, key, code) in kept {
            var found = false
            target.forEachDescendant { candidate in
                if candidate.name == name, (name == "ec" ? "startRef=" + (candidate.attribute("startRef") ?? "") : "id=" + (candidate.attribute("id") ?? "")) == key {
                    found = true
                }
            }
            if !found {
                throw error(at: code, "<\(name) \(key.replacingFirstEquals())> has canDelete=\"no\" but is missing from the target (F20); put it back")
            }
        }
    }

    private func translationState(state: String?, subState: String?, target: [Inline]?) -> TranslationState {
        switch state {
        case "translated": return subState == XLIFF2Format.needsReviewSubState ? .needsReview : .translated
        case "reviewed", "final": return .final
        default:
            let hasTarget = target?.contains { element in
                if case .text(let run) = element { return !run.text.isEmpty }
                return true
            } ?? false
            return hasTarget ? .translated : .new
        }
    }

    /// The effective `xml:lang` of a source or target, its own or inherited from unit, group,
    /// file or `<xliff>`, must be the declared language or a more specific tag (F4S, F4T).
    private func checkLanguage(of part: XMLElement, declared: String, attribute: String) throws {
        guard let effective = inherited.within(part).language else { return }
        guard XLIFF2Reader.language(effective, matches: declared) else {
            throw error(at: part, "the <\(part.name)> is in xml:lang \"\(effective)\" but the file declares \(attribute)=\"\(declared)\"; make them agree")
        }
    }

    // MARK: Inline content

    private mutating func readInline(_ parent: XMLElement, into content: inout [Inline], pairing: inout MarkerPairing) throws {
        for child in parent.children {
            switch child {
            case .text(let text):
                appendText(text, to: &content)
            case .element(let element):
                try readInlineElement(element, into: &content, pairing: &pairing)
            }
        }
    }

    private mutating func readInlineElement(_ element: XMLElement, into content: inout [Inline], pairing: inout MarkerPairing) throws {
        switch element.name {
        case "cp":
            appendText(try codePoint(element), to: &content)
        case "ph":
            try checkCode(element)
            content.append(.placeholder(code(element, id: element.attribute("id")!, dataRef: element.attribute("dataRef"))))
        case "pc":
            try checkCode(element)
            if (element.attribute("dataRefStart") == nil) != (element.attribute("dataRefEnd") == nil) {
                throw error(at: element, "<pc> needs both dataRefStart and dataRefEnd or neither (F16, F17)")
            }
            if (element.attribute("equivStart") == nil) != (element.attribute("equivEnd") == nil) {
                throw error(at: element, "<pc> needs both equivStart and equivEnd or neither (F26)")
            }
            let id = element.attribute("id")!
            content.append(.open(code(element, id: id, dataRef: element.attribute("dataRefStart"))))
            try readInline(element, into: &content, pairing: &pairing)
            content.append(.close(code(element, id: id, dataRef: element.attribute("dataRefEnd"))))
        case "sc":
            try checkCode(element)
            let id = element.attribute("id")!
            let open = code(element, id: id, dataRef: element.attribute("dataRef"))
            try pairing.start(element, id: id, kind: open.kind, reader: reader, unit: place)
            content.append(.open(open))
        case "ec":
            try checkCode(element)
            let startKind = try pairing.end(element, reader: reader, unit: place)
            let isolated = element.attribute("isolated") == "yes"
            var close = code(element, id: isolated ? element.attribute("id")! : element.attribute("startRef")!, dataRef: element.attribute("dataRef"))
            if element.attribute("subType") == nil, let startKind { close.kind = startKind }
            content.append(.close(close))
        case "mrk":
            try checkAnnotation(element)
            try readInline(element, into: &content, pairing: &pairing)
        case "sm":
            try checkAnnotation(element)
            let id = element.attribute("id")!
            if openAnnotations[id] == nil { openAnnotations[id] = element }
        case "em":
            let id = element.attribute("startRef")!
            guard openAnnotations[id] != nil else {
                throw error(at: element, "<em startRef=\"\(id)\"/> has no <sm id=\"\(id)\"/> before it in this unit (F28)")
            }
            closedAnnotations.insert(id)
        default:
            break
        }
    }

    private func appendText(_ text: String, to content: inout [Inline]) {
        if case .text(let run)? = content.last {
            content[content.count - 1] = .text(TextRun(run.text + text))
        } else if !text.isEmpty {
            content.append(.text(TextRun(text)))
        }
    }

    private mutating func code(_ element: XMLElement, id: String, dataRef: String?) -> InlineCode {
        InlineCode(id: numbering.number(for: id), kind: XLIFF2CodeKind.kind(subType: element.attribute("subType")),
                   original: dataRef.flatMap { data[$0] } ?? "", source: nil)
    }

    /// The constraints every code element (`ph`, `pc`, `sc`, `ec`) shares.
    private mutating func checkCode(_ element: XMLElement) throws {
        for name in ["dataRef", "dataRefStart", "dataRefEnd"] {
            if let ref = element.attribute(name), data[ref] == nil {
                throw error(at: element, "\(name)=\"\(ref)\" points to no <data id=\"\(ref)\"> in this unit's <originalData> (F15–F17)")
            }
        }
        if let subType = element.attribute("subType") {
            guard let type = element.attribute("type") else {
                throw error(at: element, "subType=\"\(subType)\" needs a type on the same element (F8)")
            }
            if subType.hasPrefix("xlf:") {
                let expected = ["xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt", "xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:var": "ui"][subType]
                guard let expected, expected == type else {
                    throw error(at: element, expected.map { "subType=\"\(subType)\" requires type=\"\($0)\" (F8)" } ?? "subType=\"\(subType)\" is not a value XLIFF defines (F8)")
                }
            }
        }
        if let copyOf = element.attribute("copyOf") {
            if ["dataRef", "dataRefStart", "dataRefEnd"].contains(where: { element.attribute($0) != nil }) {
                throw error(at: element, "a code with copyOf takes its original data from the base code and may not have a dataRef (F9)")
            }
            guard let base = elementsByID[copyOf] else {
                throw error(at: element, "copyOf=\"\(copyOf)\" points to no code in this unit (F14)")
            }
            if ["dataRef", "dataRefStart", "dataRefEnd"].contains(where: { base.attribute($0) != nil }) || base.attribute("canCopy") == "no" {
                throw error(at: element, "copyOf=\"\(copyOf)\" copies a code that has original data or canCopy=\"no\" (F14)")
            }
        }
        if let reorder = element.attribute("canReorder"), reorder != "yes",
           element.attribute("canCopy") != "no" || element.attribute("canDelete") != "no" {
            throw error(at: element, "canReorder=\"\(reorder)\" requires canCopy=\"no\" and canDelete=\"no\" (F10)")
        }
        for name in ["subFlows", "subFlowsStart", "subFlowsEnd"] {
            for id in element.attribute(name)?.split(separator: " ") ?? [] {
                subFlows.append((String(id), element))
            }
        }
    }

    /// Annotations: a comment has exactly one of `value` and `ref`, and a `ref` points to a note
    /// of the unit (F12, F13); a translation-candidate annotation has no `ref` (F24); a `ref`
    /// that is a fragment identifier must be well formed (XLIFF 2.1, "Fragment Identification").
    private func checkAnnotation(_ element: XMLElement) throws {
        let reference = element.attribute("ref")
        if let reference, let problem = FragmentIdentifier.problem(with: reference) {
            throw error(at: element, "ref=\"\(reference)\" is not a valid XLIFF fragment identifier: \(problem)")
        }
        switch element.attribute("type") {
        case "comment":
            guard (element.attribute("value") == nil) != (reference == nil) else {
                throw error(at: element, "a comment annotation needs exactly one of value and ref (F12)")
            }
            if let reference, reference.hasPrefix("#"), !pointsToUnitNote(reference) {
                throw error(at: element, "ref=\"\(reference)\" must point to a note of a unit, as #n=<note id of this unit> (F13)")
            }
        case "mtc:match":
            if reference != nil {
                throw error(at: element, "a translation-candidate annotation (type=\"mtc:match\") may not have a ref (F24)")
            }
        default:
            break
        }
    }

    /// Whether a comment's fragment reference names a unit-level note: `#n=<id>` of this unit,
    /// or a path through `u=` to another unit's note (which this reader cannot see).
    private func pointsToUnitNote(_ reference: String) -> Bool {
        let selectors = reference.dropFirst().split(separator: "/")
        guard let last = selectors.last, last.hasPrefix("n=") else { return false }
        if selectors.contains(where: { $0.hasPrefix("u=") }) { return true }
        return selectors.count == 1 && noteIDs.contains(String(last.dropFirst(2)))
    }

    /// The text a `<data>` holds, with `<cp>` code points in place.
    private func dataText(_ item: XMLElement) throws -> String {
        var text = ""
        for child in item.children {
            switch child {
            case .text(let value): text += value
            case .element(let element): text += try codePoint(element)
            }
        }
        return text
    }

    /// `<cp hex="…"/>` stands for a character XML cannot carry (XLIFF 2.1, "Code Point"; F25); for
    /// anything else the character itself must be used. Surrogate code points become U+FFFD.
    private func codePoint(_ element: XMLElement) throws -> String {
        let hex = element.attribute("hex")!
        guard let value = UInt32(hex, radix: 16), value <= 0x10FFFF else {
            throw error(at: element, "<cp hex=\"\(hex)\"/> is not a Unicode code point")
        }
        let discouraged = (0x7F...0x84).contains(value) || (0x86...0x9F).contains(value)
        guard !XMLSyntax.isCharacter(value) || discouraged else {
            throw error(at: element, "<cp hex=\"\(hex)\"/> is only for characters XML cannot contain; write \(XMLSyntax.codePointName(value)) as text")
        }
        return String(Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}")
    }

    // MARK: Glossary

    /// Attaches a glossary entry to the segment its `ref` points to (the segment itself, or a
    /// span inside it); an entry without a usable `ref` goes to the segments whose source has the
    /// term, or else the first segment.
    private func attach(_ entry: XLIFF2Modules.GlossaryEntry, to segments: inout [InterchangeSegment], containers: [XMLElement]) {
        if let reference = entry.reference, reference.hasPrefix("#") {
            var id = Substring(reference.dropFirst())
            if id.hasPrefix("t=") { id = id.dropFirst(2) }
            if let index = segments.firstIndex(where: { $0.id == id }) {
                segments[index].terms.append(entry.hint)
                return
            }
            let segmentContainers = containers.filter { $0.name == "segment" }
            for (index, container) in segmentContainers.enumerated() {
                var contains = false
                container.forEachDescendant { if $0.attribute("id") == String(id) { contains = true } }
                if contains {
                    segments[index].terms.append(entry.hint)
                    return
                }
            }
        }
        let matching = segments.indices.filter { segments[$0].source.plainText.contains(entry.hint.source) && !entry.hint.source.isEmpty }
        for index in matching.isEmpty ? [0] : matching {
            segments[index].terms.append(entry.hint)
        }
    }

    /// The unit, and the segment while one is read, as errors name them.
    private var place: String {
        segmentID.isEmpty ? unitID : "\(unitID)/\(segmentID)"
    }

    private func error(at element: XMLElement, _ message: String) -> InterchangeError {
        reader.error(at: element, unit: place, message)
    }
}

extension XMLElement {
    /// Calls `body` for every element below this one, in document order.
    func forEachDescendant(_ body: (XMLElement) -> Void) {
        for case .element(let child) in children {
            body(child)
            child.forEachDescendant(body)
        }
    }
}

extension String {
    /// `id=x` as `id="x"`, for messages.
    fileprivate func replacingFirstEquals() -> String {
        guard let equals = firstIndex(of: "=") else { return self }
        return self[..<equals] + "=\"" + self[index(after: equals)...] + "\""
    }
}
