import BitextModel
import BitextXML

/// Writes an `InterchangeFile` as XLIFF 1.2, valid against `xliff-core-1.2-strict.xsd`:
/// indented with two spaces outside `<source>`, `<target>` and `<note>`, and every
/// `<trans-unit>` marked `xml:space="preserve"` so tools keep the whitespace of its text.
struct XLIFF12Writer {
    private var out: XMLOutput

    static func write(_ file: InterchangeFile) -> [UInt8] {
        var writer = XLIFF12Writer(out: XMLOutput(capacity: 4096))
        writer.out.markup("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff")
        writer.out.attribute("xmlns", XMLNamespace.xliff12)
        writer.out.attribute("version", "1.2")
        writer.out.markup(">")
        for document in file.documents {
            writer.writeFile(document, source: file.sourceLanguage, target: file.targetLanguage)
        }
        writer.out.markup("\n</xliff>\n")
        return writer.out.bytes
    }

    private mutating func writeFile(_ document: InterchangeDocument, source: LanguageTag, target: LanguageTag?) {
        out.newline(indent: 1)
        out.markup("<file")
        out.attribute("original", document.original ?? document.id)
        out.attribute("source-language", source.value)
        if let target { out.attribute("target-language", target.value) }
        out.attribute("datatype", document.sourceFormat.map { "x-" + $0 } ?? "plaintext")
        out.attribute("tool-id", "bitext")
        out.markup(">")
        out.newline(indent: 2)
        out.markup("<header>")
        out.newline(indent: 3)
        out.markup("<tool tool-id=\"bitext\" tool-name=\"Bitext\"/>")
        for (from, value) in [(XLIFF12Reader.documentNote, document.id), (XLIFF12Reader.versionNote, document.version)] {
            guard let value else { continue }
            out.newline(indent: 3)
            out.textElement("note", attributes: [("from", from)], text: value)
        }
        out.newline(indent: 2)
        out.markup("</header>")
        out.newline(indent: 2)
        out.markup("<body>")
        for unit in document.units where !unit.segments.isEmpty {
            writeGroup(unit)
        }
        out.newline(indent: 2)
        out.markup("</body>")
        out.newline(indent: 1)
        out.markup("</file>")
    }

    private mutating func writeGroup(_ unit: InterchangeUnit) {
        out.newline(indent: 3)
        out.markup("<group")
        out.attribute("id", unit.id)
        if let kind = unit.kind, let restype = XLIFF12Writer.extensionValue(kind) { out.attribute("restype", restype) }
        out.markup(">")
        for note in unit.notes {
            out.newline(indent: 4)
            out.markup("<note>")
            out.text(note)
            out.markup("</note>")
        }
        let layout = InlineCodeLayout(segments: unit.segments)
        for segment in unit.segments {
            writeTransUnit(segment, unit: unit.id, layout: layout)
        }
        out.newline(indent: 3)
        out.markup("</group>")
    }

    private mutating func writeTransUnit(_ segment: InterchangeSegment, unit: String, layout: InlineCodeLayout) {
        out.newline(indent: 4)
        out.markup("<trans-unit")
        out.attribute("id", SegmentKey.unitAndSegment(unit: unit, segment: segment.id))
        if segment.target != nil, segment.state == .final { out.attribute("approved", "yes") }
        out.attribute("xml:space", "preserve")
        out.markup(">")
        out.newline(indent: 5)
        out.markup("<source>")
        writeContent(segment.source, layout: layout)
        out.markup("</source>")
        if let target = segment.target {
            out.newline(indent: 5)
            out.markup("<target")
            let state: String
            switch segment.state {
            case .new: state = "new"
            case .translated: state = "translated"
            case .needsReview: state = "needs-review-translation"
            case .final: state = "final"
            }
            out.attribute("state", state)
            out.markup(">")
            writeContent(target, layout: layout)
            out.markup("</target>")
        }
        for term in segment.terms {
            out.newline(indent: 5)
            out.markup("<note from=\"glossary\">")
            out.text(TermHintText.format(term))
            out.markup("</note>")
        }
        out.newline(indent: 4)
        out.markup("</trans-unit>")
    }

    private mutating func writeContent(_ content: [Inline], layout: InlineCodeLayout) {
        for element in content {
            switch element {
            case .text(let run):
                out.text(run.text)
            case .placeholder(let code):
                writeCode("x", code, ctype: true)
            case .open(let code) where layout.isSplit(code.id):
                writeCode("bx", code, ctype: true)
            case .open(let code):
                out.markup("<g")
                out.attribute("id", String(code.id))
                if let ctype = XLIFF12Writer.extensionValue(code.kind) { out.attribute("ctype", ctype) }
                out.markup(">")
            case .close(let code) where layout.isSplit(code.id):
                writeCode("ex", code, ctype: false)
            case .close:
                out.markup("</g>")
            }
        }
    }

    private mutating func writeCode(_ name: String, _ code: InlineCode, ctype: Bool) {
        out.markup("<" + name)
        out.attribute("id", String(code.id))
        if ctype, let value = XLIFF12Writer.extensionValue(code.kind) { out.attribute("ctype", value) }
        out.markup("/>")
    }

    /// `x-<value>`, the XLIFF 1.2 form of a user-defined `restype` or `ctype` (`XTend`: `x-[^\s]+`),
    /// or nil when the value has whitespace or is empty.
    static func extensionValue(_ value: String) -> String? {
        value.isEmpty || value.contains(where: \.isWhitespace) ? nil : "x-" + value
    }
}

extension SegmentKey {
    /// The XLIFF 1.2 `trans-unit` id: `<unit id>/<segment id>`.
    static func unitAndSegment(unit: String, segment: String) -> String {
        "\(unit)/\(segment)"
    }
}
