import BitextModel

/// Writes an `InterchangeFile` as a gettext PO file that `msgfmt -c` accepts: a header entry,
/// then one entry per segment keyed by `msgctxt "<document>/<unit>/<segment>"`.
enum POWriter {
    static func write(_ file: InterchangeFile) -> [UInt8] {
        var lines: [String] = []
        writeHeader(file, into: &lines)
        for document in file.documents {
            for unit in document.units {
                let context = UnitContext.lines(kind: unit.kind, notes: unit.notes)
                for segment in unit.segments {
                    lines.append("")
                    for line in context {
                        lines.append(comment(line))
                    }
                    for term in segment.terms {
                        lines.append(comment(POReader.glossaryPrefix + TermHintText.format(term)))
                    }
                    if segment.state == .needsReview { lines.append("#, fuzzy") }
                    lines += POString.lines(keyword: "msgctxt", value: SegmentKey(documentID: document.id, blockID: unit.id, segmentID: segment.id).description)
                    lines += POString.lines(keyword: "msgid", value: RawText.source(of: segment))
                    lines += POString.lines(keyword: "msgstr", value: RawText.target(of: segment) ?? "")
                }
            }
        }
        var bytes: [UInt8] = []
        for line in lines {
            bytes.append(contentsOf: line.utf8)
            bytes.append(0x0A)
        }
        return bytes
    }

    /// The header entry (`msgid ""`), with Bitext's document facts in `X-Bitext-*` fields; a
    /// file with several documents repeats the document fields, each group starting with
    /// `X-Bitext-Document`.
    private static func writeHeader(_ file: InterchangeFile, into lines: inout [String]) {
        // gettext's field order; the translator fields stay empty for the translator's tool to
        // fill in (empty, they draw no "missing header field" warning from msgfmt -c).
        var fields = [("Project-Id-Version", "Bitext"), ("PO-Revision-Date", ""), ("Last-Translator", ""), ("Language-Team", "")]
        if let target = file.targetLanguage { fields.append(("Language", target.value)) }
        fields += [("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=UTF-8"), ("Content-Transfer-Encoding", "8bit")]
        fields.append((POHeader.sourceLanguage, file.sourceLanguage.value))
        for document in file.documents {
            fields.append((POHeader.document, document.id))
            if let original = document.original { fields.append((POHeader.original, original)) }
            if let version = document.version { fields.append((POHeader.version, version)) }
            if let format = document.sourceFormat { fields.append((POHeader.sourceFormat, format)) }
        }
        let header = fields.map { "\($0.0): \(POHeader.singleLine($0.1))\n" }.joined()
        lines.append("msgid \"\"")
        lines += POString.lines(keyword: "msgstr", value: header)
    }

    /// An extracted comment; its text is one line (UnitContext and TermHintText escape breaks).
    private static func comment(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return "#. " + text }
        return "#. " + String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\n" && $0 != "\r" }))
    }
}
