import BitextXML

/// Writes glossary entries as TBX-Basic (ISO 30042:2019, DCA style), with only the data
/// categories and values the TBX-Basic dialect allows (TBX-Basic_DCA.sch), in the layout
/// `GlossaryTBX` describes.
struct TBXWriter {
    /// The values TBX-Basic allows for `partOfSpeech`.
    private static let basicPartsOfSpeech: Set<String> = ["noun", "verb", "adjective", "adverb", "other"]

    private var out: XMLOutput

    static func write(_ entries: [GlossaryEntry]) -> [UInt8] {
        var writer = TBXWriter(out: XMLOutput(capacity: 1024 + entries.count * 1500))
        writer.out.markup("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx")
        writer.out.attribute("type", "TBX-Basic")
        writer.out.attribute("style", "dca")
        writer.out.attribute("xml:lang", "en")
        writer.out.attribute("xmlns", GlossaryTBX.namespace)
        writer.out.markup(">")
        writer.open("tbxHeader", level: 1)
        writer.open("fileDesc", level: 2)
        writer.open("sourceDesc", level: 3)
        writer.element("p", "English–Persian glossary of Bitext: names and terms of the news, with their Persian renderings.", level: 4)
        writer.element("p", "Notes of the English language section say how Bitext matches the English terms: \"\(GlossaryTBX.caseSensitiveNote)\" "
            + "when letter case must match, \"\(GlossaryTBX.partOfSpeechNotePrefix)…\" for a part of speech TBX-Basic has no value for.", level: 4)
        writer.close("sourceDesc", level: 3)
        writer.close("fileDesc", level: 2)
        writer.close("tbxHeader", level: 1)
        writer.open("text", level: 1)
        writer.open("body", level: 2)
        for entry in entries {
            writer.write(entry)
        }
        writer.close("body", level: 2)
        writer.close("text", level: 1)
        writer.out.markup("\n</tbx>\n")
        return writer.out.bytes
    }

    private mutating func write(_ entry: GlossaryEntry) {
        out.newline(indent: 3)
        out.markup("<conceptEntry")
        out.attribute("id", entry.id)
        out.markup(">")
        if !entry.category.isEmpty { element("descrip", entry.category, type: "subjectField", level: 4) }
        if !entry.note.isEmpty { element("note", entry.note, level: 4) }
        let (partOfSpeech, termType, partOfSpeechNote) = Self.partOfSpeech(entry.partOfSpeech)

        open("langSec", language: "en", level: 4)
        if entry.isCaseSensitive { element("note", GlossaryTBX.caseSensitiveNote, level: 5) }
        if let partOfSpeechNote { element("note", partOfSpeechNote, level: 5) }
        term(entry.english, status: "preferredTerm-admn-sts", partOfSpeech: partOfSpeech, termType: termType)
        for variant in entry.englishVariants {
            term(variant, status: "admittedTerm-admn-sts", partOfSpeech: partOfSpeech, termType: termType)
        }
        close("langSec", level: 4)

        open("langSec", language: "fa", level: 4)
        term(entry.persian, status: "preferredTerm-admn-sts", partOfSpeech: partOfSpeech, termType: termType)
        for allowed in entry.persianAllowed {
            term(allowed, status: "admittedTerm-admn-sts", partOfSpeech: partOfSpeech, termType: termType)
        }
        for forbidden in entry.persianForbidden {
            term(forbidden, status: "deprecatedTerm-admn-sts", partOfSpeech: partOfSpeech, termType: termType)
        }
        close("langSec", level: 4)
        close("conceptEntry", level: 3)
    }

    /// The `partOfSpeech` and `termType` values TBX-Basic allows for a part of speech, and the
    /// note that keeps one it has no value for.
    private static func partOfSpeech(_ value: String) -> (partOfSpeech: String?, termType: String?, note: String?) {
        switch value {
        case "": return (nil, nil, nil)
        case _ where basicPartsOfSpeech.contains(value): return (value, nil, nil)
        case "phrase": return ("other", "phrase", nil)
        case "proper-noun": return ("noun", nil, GlossaryTBX.partOfSpeechNotePrefix + value)
        default: return ("other", nil, GlossaryTBX.partOfSpeechNotePrefix + value)
        }
    }

    private mutating func term(_ text: String, status: String, partOfSpeech: String?, termType: String?) {
        open("termSec", level: 5)
        element("term", text, level: 6)
        if let partOfSpeech { element("termNote", partOfSpeech, type: "partOfSpeech", level: 6) }
        if let termType { element("termNote", termType, type: "termType", level: 6) }
        element("termNote", status, type: "administrativeStatus", level: 6)
        close("termSec", level: 5)
    }

    private mutating func open(_ name: String, language: String? = nil, level: Int) {
        out.newline(indent: level)
        out.markup("<" + name)
        if let language { out.attribute("xml:lang", language) }
        out.markup(">")
    }

    private mutating func close(_ name: String, level: Int) {
        out.newline(indent: level)
        out.markup("</" + name + ">")
    }

    private mutating func element(_ name: String, _ text: String, type: String? = nil, level: Int) {
        out.newline(indent: level)
        out.markup("<" + name)
        if let type { out.attribute("type", type) }
        out.markup(">")
        out.text(text)
        out.markup("</" + name + ">")
    }
}
