import Foundation

/// The glossary as tab-separated values, the human-readable view of `glossary/en-fa.tsv`:
/// a header line, then one entry a line; lists inside a field are separated by " | ".
public enum GlossaryTSV {
    /// The header, exactly.
    public static let header = ["id", "en", "en_variants", "fa", "fa_allowed", "fa_forbidden", "pos", "category", "case_sensitive", "note"]

    /// Reads entries; `file` names the file in errors. Lines may end in LF or CR LF.
    ///
    /// The split is done on bytes (tab, LF, `|` are ASCII, so they never occur inside a
    /// multi-byte character), which keeps a 100,000-entry glossary quick to load.
    public static func read(_ text: String, file: String) throws -> [GlossaryEntry] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line -> ArraySlice<UInt8> in
            line.last == 0x0D ? line.dropLast() : line
        }
        while let last = lines.last, last.isEmpty, lines.count > 1 { lines.removeLast() }
        guard let headerLine = lines.first, !headerLine.isEmpty else {
            throw GlossaryError(file: file, line: 1, message: "the file is empty; it needs the header line \(header.joined(separator: "\\t"))")
        }
        let columns = headerLine.split(separator: 0x09, omittingEmptySubsequences: false).map(field)
        guard columns == header else {
            let missing = header.filter { !columns.contains($0) }
            throw GlossaryError(file: file, line: 1, message: "the header must be the tab-separated columns \(header.joined(separator: ", "))"
                + (missing.isEmpty ? " in that order" : "; missing: \(missing.joined(separator: ", "))"))
        }
        var entries: [GlossaryEntry] = []
        entries.reserveCapacity(lines.count)
        var ids: [String: Int] = [:]
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let number = index + 1
            let raw = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard raw.count == header.count else {
                throw GlossaryError(file: file, line: number, message: "has \(raw.count) fields, not \(header.count); separate the columns with tabs")
            }
            let fields = raw.map(field)
            let list = { (column: Int) in raw[column].split(separator: UInt8(ascii: "|")).map(field).filter { !$0.isEmpty } }
            guard !fields[0].isEmpty else { throw GlossaryError(file: file, line: number, message: "the id is empty") }
            for (column, name) in [(1, "en"), (3, "fa")] {
                guard !fields[column].isEmpty else { throw GlossaryError(file: file, line: number, message: "the \(name) term is empty") }
                guard fields[column].unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
                    throw GlossaryError(file: file, line: number, message: "the \(name) term '\(fields[column])' has no letters or digits")
                }
            }
            guard fields[8] == "yes" || fields[8] == "no" else {
                throw GlossaryError(file: file, line: number, message: "case_sensitive must be yes or no, not '\(fields[8])'")
            }
            if let earlier = ids[fields[0]] {
                throw GlossaryError(file: file, line: number, message: "the id '\(fields[0])' is already used on line \(earlier)")
            }
            ids[fields[0]] = number
            entries.append(GlossaryEntry(id: fields[0], english: fields[1], englishVariants: list(2), persian: fields[3],
                                         persianAllowed: list(4), persianForbidden: list(5), partOfSpeech: fields[6],
                                         category: fields[7], isCaseSensitive: fields[8] == "yes", note: fields[9]))
        }
        return entries
    }

    /// A field without the spaces and tabs around it.
    private static func field(_ bytes: ArraySlice<UInt8>) -> String {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }

    /// Writes entries in the same form.
    public static func write(_ entries: [GlossaryEntry]) -> String {
        var output = header.joined(separator: "\t") + "\n"
        for entry in entries {
            let fields = [entry.id, entry.english, entry.englishVariants.joined(separator: " | "), entry.persian,
                          entry.persianAllowed.joined(separator: " | "), entry.persianForbidden.joined(separator: " | "), entry.partOfSpeech,
                          entry.category, entry.isCaseSensitive ? "yes" : "no", entry.note]
            output += fields.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\t") + "\n"
        }
        return output
    }

    /// A CSV glossary with the TSV's columns, as TSV (RFC 4180 quoting).
    public static func fromCSV(_ text: String, file: String) throws -> String {
        var rows: [[String]] = [[]]
        var field = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar == "\t" || scalar == "\n" ? " " : scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else if scalar == "," {
                rows[rows.count - 1].append(field)
                field = ""
            } else if scalar == "\n" {
                rows[rows.count - 1].append(field.hasSuffix("\r") ? String(field.dropLast()) : field)
                field = ""
                rows.append([])
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw GlossaryError(file: file, message: "a quoted field is not closed") }
        if !field.isEmpty || !(rows.last?.isEmpty ?? true) { rows[rows.count - 1].append(field) }
        return rows.filter { !$0.isEmpty }.map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n"
    }
}
