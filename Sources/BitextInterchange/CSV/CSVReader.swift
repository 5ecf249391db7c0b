import BitextModel

/// Reads Bitext CSV: parses records per RFC 4180 (quoted fields with commas, doubled quotes and
/// line breaks; CRLF or LF), checks the header and the number of fields of every record, and
/// groups the rows into documents and units by their ids.
enum CSVReader {
    /// A record and the line it starts on.
    struct Record {
        var fields: [String]
        var line: Int
    }

    static func read(_ bytes: [UInt8], file: String) throws -> InterchangeFile {
        let content = try InputText.content(bytes, file: file, format: "CSV")
        try InputText.validateUTF8(content, file: file)
        let records = try parse(content, file: file)
        guard let header = records.first else {
            throw InterchangeError(file: file, message: "the file has no header; the first line must be \(CSVFormat.requiredColumns.joined(separator: ","))")
        }
        let hasTerms = try checkHeader(header, file: file)
        var documents: [InterchangeDocument] = []
        var documentIndex: [String: Int] = [:]
        var unitIndex: [String: Int] = [:]
        var seen: Set<SegmentKey> = []
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                throw InterchangeError(file: file, line: record.line, message:
                    "the row has \(record.fields.count) fields but the header has \(header.fields.count) (\(header.fields.joined(separator: ","))); quote fields that contain commas, quotes or line breaks")
            }
            let id = record.fields[0]
            guard let key = SegmentKey(id) else {
                throw InterchangeError(file: file, line: record.line, message: "the id \"\(id)\" is not <document>/<unit>/<segment>; keep the ids Bitext wrote")
            }
            guard seen.insert(key).inserted else {
                throw InterchangeError(file: file, line: record.line, unit: "\(key.blockID)/\(key.segmentID)", message: "the id \(id) appears in two rows; every segment has one row")
            }
            let target = record.fields[2]
            let terms = hasTerms ? CSVTerms.parse(record.fields[4]) : []
            let segment = RawText.segment(id: key.segmentID, source: record.fields[1], target: target,
                                          state: target.isEmpty ? .new : .translated, terms: terms, line: record.line)
            if documentIndex[key.documentID] == nil {
                documentIndex[key.documentID] = documents.count
                documents.append(InterchangeDocument(id: key.documentID, units: []))
            }
            let documentPosition = documentIndex[key.documentID]!
            let unitKey = key.documentID + "/" + key.blockID
            if let position = unitIndex[unitKey] {
                documents[documentPosition].units[position].segments.append(segment)
            } else {
                let context = UnitContext.parse(record.fields[3].split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 })
                unitIndex[unitKey] = documents[documentPosition].units.count
                documents[documentPosition].units.append(InterchangeUnit(id: key.blockID, kind: context.kind, notes: context.notes, segments: [segment]))
            }
        }
        return InterchangeFile(sourceLanguage: .english, targetLanguage: nil, documents: documents)
    }

    /// Whether the header has the `terms` column; throws naming what is missing or different.
    private static func checkHeader(_ header: Record, file: String) throws -> Bool {
        let expected = CSVFormat.requiredColumns.joined(separator: ",")
        if header.fields == CSVFormat.requiredColumns { return false }
        if header.fields == CSVFormat.requiredColumns + [CSVFormat.termsColumn] { return true }
        let missing = CSVFormat.requiredColumns.filter { !header.fields.contains($0) }
        if !missing.isEmpty {
            let names = missing.map { "\"\($0)\"" }.joined(separator: ", ")
            throw InterchangeError(file: file, line: header.line, message:
                "the header has no \(names) column\(missing.count > 1 ? "s" : ""); the first line must be \(expected) (optionally ,terms)")
        }
        throw InterchangeError(file: file, line: header.line, message:
            "the header is \(header.fields.joined(separator: ",")) but must be exactly \(expected) (optionally ,terms), in this order")
    }

    /// The records of the file; lines with nothing on them are skipped.
    static func parse(_ bytes: [UInt8], file: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var inQuotes = false
        var afterQuote = false
        var index = 0

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            afterQuote = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(fields: fields, line: recordLine))
            }
            fields.removeAll()
        }

        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if byte == 0x0A || (byte == 0x0D && (index >= bytes.count || bytes[index] != 0x0A)) { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                endField()
            case 0x0D, 0x0A:
                if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            case UInt8(ascii: "\""):
                guard field.isEmpty, !afterQuote else {
                    throw InterchangeError(file: file, line: line, message: "a double quote inside a field that does not start with one; quote the whole field and double the quote (\"\")")
                }
                inQuotes = true
                quoteLine = line
            default:
                guard !afterQuote else {
                    throw InterchangeError(file: file, line: line, message: "text after the closing quote of a field; a quote inside a quoted field must be doubled (\"\")")
                }
                field.append(byte)
            }
        }
        if inQuotes {
            throw InterchangeError(file: file, line: quoteLine, message: "the quoted field that starts here is never closed; add the closing double quote")
        }
        if !field.isEmpty || !fields.isEmpty || afterQuote { endRecord() }
        return records
    }
}
