import BitextModel
/// Writes an `InterchangeFile` as CSV (RFC 4180): fields quoted when they hold a comma, a
/// quote or a line break, quotes doubled, records ended by CRLF.
enum CSVWriter {
    static func write(_ file: InterchangeFile) -> [UInt8] {
        let hasTerms = file.documents.contains { $0.units.contains { $0.segments.contains { !$0.terms.isEmpty } } }
        var out: [UInt8] = []
        append(CSVFormat.requiredColumns + (hasTerms ? [CSVFormat.termsColumn] : []), to: &out)
        for document in file.documents {
            for unit in document.units {
                let context = UnitContext.lines(kind: unit.kind, notes: unit.notes).joined(separator: "\n")
                for segment in unit.segments {
                    var record = [
                        SegmentKey(documentID: document.id, blockID: unit.id, segmentID: segment.id).description,
                        RawText.source(of: segment),
                        RawText.target(of: segment) ?? "",
                        context,
                    ]
                    if hasTerms { record.append(CSVTerms.format(segment.terms)) }
                    append(record, to: &out)
                }
            }
        }
        return out
    }

    private static func append(_ record: [String], to out: inout [UInt8]) {
        for (index, field) in record.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            if field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
                out.append(UInt8(ascii: "\""))
                for byte in field.utf8 {
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                    out.append(byte)
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(contentsOf: field.utf8)
            }
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }
}
