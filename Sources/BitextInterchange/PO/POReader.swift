import BitextModel
import BitextXML

/// Turns PO entries into an `InterchangeFile`: an entry whose `msgctxt` is a segment key is that
/// segment; any other entry (a PO file from another tool) is a unit `entry-<n>` of its own with
/// one segment `1`, its `msgctxt` kept as a note.
///
/// Plural entries (`msgid_plural`) are read with their singular translation (`msgstr[0]`) as the
/// target and a note saying so, since news text has no plural messages; the count of forms is
/// checked against the header's `nplurals`, as `msgfmt -c` does.
enum POReader {
    /// The extracted-comment prefix of a glossary hint.
    static let glossaryPrefix = "Glossary: "

    static func read(_ bytes: [UInt8], file: String) throws -> InterchangeFile {
        var content = try InputText.content(bytes, file: file, format: "PO")
        let charset = POHeader.declaredCharset(content)
        if let charset, !XMLInput.isUTF8(charset), charset.uppercased() != "CHARSET" {
            content = try InputText.convertToUTF8(content, from: charset, file: file)
        } else {
            try InputText.validateUTF8(content, file: file)
        }
        var entries = try POParser.parse(content, file: file)
        let headerIndex = entries.firstIndex(where: \.isHeader)
        let fields = headerIndex.map { POHeader.fields(entries[$0].translations[0] ?? "") } ?? []
        if let headerIndex { entries.remove(at: headerIndex) }
        return try build(entries, fields: fields, file: file)
    }

    private static func build(_ entries: [POEntry], fields: [(name: String, value: String)], file: String) throws -> InterchangeFile {
        func field(_ name: String) -> String? {
            fields.first { $0.name.lowercased() == name.lowercased() }?.value
        }
        let sourceLanguage = field(POHeader.sourceLanguage).flatMap { LanguageTag($0.replacingUnderscores()) } ?? .english
        let targetLanguage = field("Language").flatMap { LanguageTag($0.replacingUnderscores()) }
        var documents = documentsDeclared(in: fields)
        let defaultDocument = documents.first?.id ?? fileStem(file)
        var documentIndex = Dictionary(documents.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        var unitIndex: [SegmentKey: Int] = [:]
        var seenMessages: Set<String> = []
        var seenKeys: Set<SegmentKey> = []
        let pluralCount = POHeader.pluralCount(fields)

        for (number, entry) in entries.enumerated() {
            let messageID = entry.messageID ?? ""
            let place = entry.context.map { "msgctxt \"\($0)\"" } ?? "msgid \"\(messageID.prefix(40))\""
            guard seenMessages.insert((entry.context ?? "") + "\u{4}" + messageID).inserted else {
                throw InterchangeError(file: file, line: entry.line, message: "the message with \(place) appears twice; each msgctxt and msgid pair must be unique")
            }
            var notes: [String] = []
            if let pluralID = entry.pluralID {
                if let pluralCount, entry.translations.count != pluralCount, entry.translations.count > 1 || !(entry.translations[0] ?? "").isEmpty {
                    throw InterchangeError(file: file, line: entry.line, message:
                        "the plural message \(place) has \(entry.translations.count) forms but the header says nplurals=\(pluralCount); add the missing msgstr[n]")
                }
                notes.append("Plural message (msgid_plural \"\(pluralID)\"): only the singular translation msgstr[0] is read.")
            }
            let key: SegmentKey
            if let context = entry.context, let parsed = SegmentKey(context) {
                key = parsed
            } else {
                key = SegmentKey(documentID: defaultDocument, blockID: "entry-\(number + 1)", segmentID: "1")
                if let context = entry.context { notes.insert("Context: " + context, at: 0) }
            }
            guard seenKeys.insert(key).inserted else {
                throw InterchangeError(file: file, line: entry.line, unit: "\(key.blockID)/\(key.segmentID)", message: "the segment \(key) appears twice; every msgctxt must be unique")
            }
            var terms: [TermHint] = []
            var contextLines: [Substring] = []
            for comment in entry.extractedComments {
                if comment.hasPrefix(glossaryPrefix), let hint = TermHintText.parse(comment.dropFirst(glossaryPrefix.count)) {
                    terms.append(hint)
                } else {
                    contextLines.append(Substring(comment))
                }
            }
            let translation = entry.translations[0] ?? ""
            let state: TranslationState = entry.flags.contains("fuzzy") ? .needsReview : translation.isEmpty ? .new : .translated
            let segment = RawText.segment(id: key.segmentID, source: messageID, target: translation, state: state, terms: terms, line: entry.line)

            if documentIndex[key.documentID] == nil {
                documentIndex[key.documentID] = documents.count
                documents.append(InterchangeDocument(id: key.documentID, units: []))
            }
            let documentPosition = documentIndex[key.documentID]!
            let unitKey = SegmentKey(documentID: key.documentID, blockID: key.blockID, segmentID: "")
            if let position = unitIndex[unitKey] {
                documents[documentPosition].units[position].segments.append(segment)
            } else {
                let context = UnitContext.parse(contextLines)
                unitIndex[unitKey] = documents[documentPosition].units.count
                documents[documentPosition].units.append(InterchangeUnit(id: key.blockID, kind: context.kind, notes: notes + context.notes, segments: [segment]))
            }
        }
        return InterchangeFile(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, documents: documents)
    }

    /// The documents the header lists: each `X-Bitext-Document` starts one, the fields after it
    /// belong to it.
    private static func documentsDeclared(in fields: [(name: String, value: String)]) -> [InterchangeDocument] {
        var documents: [InterchangeDocument] = []
        for (name, value) in fields {
            if name == POHeader.document {
                documents.append(InterchangeDocument(id: value, units: []))
                continue
            }
            guard !documents.isEmpty else { continue }
            switch name {
            case POHeader.original: documents[documents.count - 1].original = value
            case POHeader.version: documents[documents.count - 1].version = value
            case POHeader.sourceFormat: documents[documents.count - 1].sourceFormat = value
            default: break
            }
        }
        return documents
    }

    /// The file name without folders and extension, the document id of a PO file that names none.
    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
