import BitextModel
import BitextXML

/// Writes an `InterchangeFile` as XLIFF 2.1: one `<file>` per document, one `<unit>` per block,
/// one `<segment>` per sentence, codes as `<pc>`/`<sc>`/`<ec>`/`<ph>` with their markup in
/// `<originalData>`, document facts in the Metadata module and glossary hints in the Glossary
/// module. Indented with two spaces, but never inside `<source>`, `<target>`, `<note>` or
/// `<data>`, whose whitespace is content.
struct XLIFF2Writer {
    private var out: XMLOutput

    /// The file's bytes (UTF-8, with an XML declaration).
    static func write(_ file: InterchangeFile) -> [UInt8] {
        var writer = XLIFF2Writer(out: XMLOutput(capacity: 4096))
        writer.writeDocument(file)
        return writer.out.bytes
    }

    private mutating func writeDocument(_ file: InterchangeFile) {
        out.markup("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff")
        out.attribute("xmlns", XMLNamespace.xliff2)
        if file.documents.contains(where: { $0.version != nil || $0.sourceFormat != nil }) {
            out.attribute("xmlns:mda", XMLNamespace.metadata)
        }
        if file.documents.contains(where: { $0.units.contains { $0.segments.contains { !$0.terms.isEmpty } } }) {
            out.attribute("xmlns:gls", XMLNamespace.glossary)
        }
        out.attribute("version", "2.1")
        out.attribute("srcLang", file.sourceLanguage.value)
        if let target = file.targetLanguage { out.attribute("trgLang", target.value) }
        out.markup(">")
        for document in file.documents {
            writeFile(document)
        }
        out.markup("\n</xliff>\n")
    }

    private mutating func writeFile(_ document: InterchangeDocument) {
        out.newline(indent: 1)
        out.markup("<file")
        out.attribute("id", document.id)
        if let original = document.original { out.attribute("original", original) }
        out.markup(">")
        if document.version != nil || document.sourceFormat != nil {
            // Module elements come before <notes> and the units (xliff_core_2.0.xsd, <file>).
            out.newline(indent: 2)
            out.markup("<mda:metadata>")
            out.newline(indent: 3)
            out.markup("<mda:metaGroup category=\"bitext\">")
            for (type, value) in [("version", document.version), ("source-format", document.sourceFormat)] {
                guard let value else { continue }
                out.newline(indent: 4)
                out.textElement("mda:meta", attributes: [("type", type)], text: value)
            }
            out.newline(indent: 3)
            out.markup("</mda:metaGroup>")
            out.newline(indent: 2)
            out.markup("</mda:metadata>")
        }
        let units = document.units.filter { !$0.segments.isEmpty }
        for unit in units {
            writeUnit(unit)
        }
        if units.isEmpty {
            // A <file> needs a <unit> or <group> (xliff_core_2.0.xsd); an empty group says "nothing
            // to translate" and reads back as no units.
            out.newline(indent: 2)
            out.markup("<group id=\"empty\"/>")
        }
        out.newline(indent: 1)
        out.markup("</file>")
    }

    private mutating func writeUnit(_ unit: InterchangeUnit) {
        out.newline(indent: 2)
        out.markup("<unit")
        out.attribute("id", unit.id)
        if let kind = unit.kind { out.attribute("name", kind) }
        out.markup(">")
        writeGlossary(unit.segments)
        if !unit.notes.isEmpty {
            out.newline(indent: 3)
            out.markup("<notes>")
            for note in unit.notes {
                out.newline(indent: 4)
                out.textElement("note", attributes: [("category", "context")], text: note)
            }
            out.newline(indent: 3)
            out.markup("</notes>")
        }
        let layout = InlineCodeLayout(segments: unit.segments)
        let data = OriginalData(segments: unit.segments, layout: layout)
        if !data.entries.isEmpty {
            out.newline(indent: 3)
            out.markup("<originalData>")
            for (id, original) in data.entries {
                out.newline(indent: 4)
                out.markup("<data")
                out.attribute("id", id)
                out.markup(">")
                out.text(original, invalid: .codePointElement)
                out.markup("</data>")
            }
            out.newline(indent: 3)
            out.markup("</originalData>")
        }
        for (index, segment) in unit.segments.enumerated() {
            writeSegment(segment, index: index, layout: layout, data: data)
        }
        out.newline(indent: 2)
        out.markup("</unit>")
    }

    private mutating func writeGlossary(_ segments: [InterchangeSegment]) {
        guard segments.contains(where: { !$0.terms.isEmpty }) else { return }
        out.newline(indent: 3)
        out.markup("<gls:glossary>")
        for segment in segments {
            for term in segment.terms {
                out.newline(indent: 4)
                out.markup("<gls:glossEntry")
                // A bare id in a unit points to the segment (XLIFF 2.1, "Fragment Identification").
                out.attribute("ref", "#" + segment.id)
                out.markup(">")
                out.newline(indent: 5)
                out.textElement("gls:term", text: term.source)
                out.newline(indent: 5)
                out.textElement("gls:translation", text: term.target)
                if let note = term.note {
                    out.newline(indent: 5)
                    out.textElement("gls:definition", text: note)
                }
                out.newline(indent: 4)
                out.markup("</gls:glossEntry>")
            }
        }
        out.newline(indent: 3)
        out.markup("</gls:glossary>")
    }

    private mutating func writeSegment(_ segment: InterchangeSegment, index: Int, layout: InlineCodeLayout, data: OriginalData) {
        out.newline(indent: 3)
        out.markup("<segment")
        out.attribute("id", segment.id)
        // A segment without a target cannot be translated, reviewed or final (Schematron F29).
        let state = segment.target == nil ? .new : segment.state
        switch state {
        case .new: out.attribute("state", "initial")
        case .translated: out.attribute("state", "translated")
        case .needsReview:
            out.attribute("state", "translated")
            out.attribute("subState", XLIFF2Format.needsReviewSubState)
        case .final: out.attribute("state", "final")
        }
        out.markup(">")
        out.newline(indent: 4)
        out.markup("<source>")
        writeContent(segment.source, isTarget: false, segment: index, layout: layout, data: data)
        out.markup("</source>")
        if let target = segment.target {
            out.newline(indent: 4)
            out.markup("<target>")
            writeContent(target, isTarget: true, segment: index, layout: layout, data: data)
            out.markup("</target>")
        }
        out.newline(indent: 3)
        out.markup("</segment>")
    }

    private mutating func writeContent(_ content: [Inline], isTarget: Bool, segment: Int, layout: InlineCodeLayout, data: OriginalData) {
        let closes = OriginalData.pairedCloses(content, layout: layout)
        for (index, element) in content.enumerated() {
            switch element {
            case .text(let run):
                out.text(run.text, invalid: .codePointElement)
            case .placeholder(let code):
                out.markup("<ph")
                out.attribute("id", String(code.id))
                if let ref = data.reference(code.original) { out.attribute("dataRef", ref) }
                writeKind(code.kind)
                out.markup("/>")
            case .open(let code) where layout.isSplit(code.id):
                out.markup("<sc")
                out.attribute("id", String(code.id))
                if let ref = data.reference(code.original) { out.attribute("dataRef", ref) }
                if layout.isIsolated(.init(isTarget: isTarget, segment: segment, index: index)) { out.attribute("isolated", "yes") }
                writeKind(code.kind)
                out.markup("/>")
            case .open(let code):
                out.markup("<pc")
                out.attribute("id", String(code.id))
                let end = closes[code.id] ?? ""
                if !code.original.isEmpty || !end.isEmpty {
                    // dataRefStart and dataRefEnd go together (Schematron F16, F17).
                    out.attribute("dataRefStart", data.reference(code.original, evenIfEmpty: true)!)
                    out.attribute("dataRefEnd", data.reference(end, evenIfEmpty: true)!)
                }
                writeKind(code.kind)
                out.markup(">")
            case .close(let code) where layout.isSplit(code.id):
                out.markup("<ec")
                if layout.isIsolated(.init(isTarget: isTarget, segment: segment, index: index)) {
                    out.attribute("id", String(code.id))
                    out.attribute("isolated", "yes")
                } else {
                    out.attribute("startRef", String(code.id))
                }
                if let ref = data.reference(code.original) { out.attribute("dataRef", ref) }
                writeKind(code.kind)
                out.markup("/>")
            case .close:
                out.markup("</pc>")
            }
        }
    }

    private mutating func writeKind(_ kind: String) {
        let (type, subType) = XLIFF2CodeKind.attributes(for: kind)
        out.attribute("type", type)
        if let subType { out.attribute("subType", subType) }
    }
}

/// The `<data>` elements of a unit: one per distinct original markup, numbered `d1`, `d2`… in
/// order of first use, so a tag that occurs twice is stored once.
private struct OriginalData {
    private(set) var entries: [(id: String, original: String)] = []
    private var ids: [String: String] = [:]

    init(segments: [InterchangeSegment], layout: InlineCodeLayout) {
        for segment in segments {
            add(segment.source, layout: layout)
            if let target = segment.target { add(target, layout: layout) }
        }
    }

    /// The data id for an original; nil for empty markup unless a `<pc>` needs both references.
    func reference(_ original: String, evenIfEmpty: Bool = false) -> String? {
        if original.isEmpty && !evenIfEmpty { return nil }
        return ids[original]
    }

    /// For each code written as `<pc>` in this content, the original of its end.
    static func pairedCloses(_ content: [Inline], layout: InlineCodeLayout) -> [Int: String] {
        var closes: [Int: String] = [:]
        for case .close(let code) in content where !layout.isSplit(code.id) && closes[code.id] == nil {
            closes[code.id] = code.original
        }
        return closes
    }

    private mutating func add(_ content: [Inline], layout: InlineCodeLayout) {
        let closes = Self.pairedCloses(content, layout: layout)
        for element in content {
            guard let code = element.code else { continue }
            if case .open = element, !layout.isSplit(code.id), let end = closes[code.id], !code.original.isEmpty || !end.isEmpty {
                add(code.original)
                add(end)
            } else if !code.original.isEmpty {
                add(code.original)
            }
        }
    }

    private mutating func add(_ original: String) {
        guard ids[original] == nil else { return }
        let id = "d\(entries.count + 1)"
        ids[original] = id
        entries.append((id, original))
    }
}
