/// RFC 4180 CSV for spreadsheets: UTF-8, CRLF line ends, the header `id,source,target,context`
/// and, when any segment has glossary hints, a last column `terms`.
///
/// Each row is a segment: `id` is `<document>/<unit>/<segment>`, `source` and `target` are raw
/// like PO (markup as written in the document), `context` holds the unit's kind and notes (see
/// `UnitContext`), `terms` the hints as `term → translation; …`. CSV has no languages, document
/// facts or states: reading gives English as the source language, no target language, and a
/// segment is translated when its target is not empty, else new.
public enum CSVFormat {
    /// The columns every Bitext CSV file starts with.
    static let requiredColumns = ["id", "source", "target", "context"]
    /// The optional column of glossary hints.
    static let termsColumn = "terms"

    /// The file as CSV.
    public static func write(_ file: InterchangeFile) -> [UInt8] {
        CSVWriter.write(file)
    }

    /// Reads a Bitext CSV file (quoted fields may hold commas, quotes and line breaks); `file`
    /// names it in errors.
    public static func read(_ bytes: [UInt8], file: String) throws -> InterchangeFile {
        try CSVReader.read(bytes, file: file)
    }
}
