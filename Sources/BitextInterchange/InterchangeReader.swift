import BitextXML

/// Reads a translation file whatever its format, telling the format from the content (a
/// translator's tool may have renamed the file or given it any extension).
public enum InterchangeReader {
    /// The format of a file's content: XLIFF by its root element's `version` (or namespace), CSV
    /// by its exact header, PO by its first line being a comment, `msgid` or `msgctxt`; nil when
    /// it is none of them.
    public static func detectFormat(_ bytes: [UInt8]) -> InterchangeFormat? {
        var content = bytes.starts(with: XMLInput.byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
        if content.starts(with: [0xFF, 0xFE]) || content.starts(with: [0xFE, 0xFF]) {
            guard let converted = try? XMLInput.convertToUTF8(Array(content), from: "UTF-16") else { return nil }
            return detectFormat(converted)
        }
        content = content.drop { XMLSyntax.isWhitespace($0) }
        guard let first = content.first else { return nil }
        if first == UInt8(ascii: "<") { return xliffVersion(Array(content.prefix(8192))) }
        let firstLine = String(decoding: content.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        let header = CSVFormat.requiredColumns.joined(separator: ",")
        if firstLine == header || firstLine == header + "," + CSVFormat.termsColumn { return .csv }
        let keyword = firstLine.drop { $0 == " " || $0 == "\t" }
        if keyword.hasPrefix("#") || keyword.hasPrefix("msgid ") || keyword.hasPrefix("msgctxt ") || keyword.hasPrefix("msgid\t") || keyword.hasPrefix("msgctxt\t") {
            return .po
        }
        return nil
    }

    /// The file's format and its content, or an `InterchangeError` saying why it cannot be read.
    public static func read(_ bytes: [UInt8], file: String) throws -> (InterchangeFormat, InterchangeFile) {
        let content = bytes.starts(with: XMLInput.byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
        guard content.contains(where: { !XMLSyntax.isWhitespace($0) }) else {
            throw InterchangeError(file: file, message: "the file is empty; expected XLIFF, PO or CSV content")
        }
        guard let format = detectFormat(bytes) else {
            throw InterchangeError(file: file, line: 1, message:
                "cannot tell the format: expected XLIFF (an <xliff> root element), PO (msgid/msgctxt entries) or CSV (the header \(CSVFormat.requiredColumns.joined(separator: ",")))")
        }
        switch format {
        case .xliff2: return (format, try XLIFF2Format.read(bytes, file: file))
        case .xliff12: return (format, try XLIFF12Format.read(bytes, file: file))
        case .po: return (format, try POFormat.read(bytes, file: file))
        case .csv: return (format, try CSVFormat.read(bytes, file: file))
        }
    }

    /// XLIFF 2 or 1.x from the root start tag's `version` (`2.x` or `1.x`), else its namespace.
    private static func xliffVersion(_ head: [UInt8]) -> InterchangeFormat? {
        var index = 0
        while let open = head[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = open + 1
            guard index < head.count else { return nil }
            let next = head[index]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") { continue }
            let end = head[index...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            let tag = String(decoding: head[index..<end], as: UTF8.self)
            let name = tag.prefix { !$0.isWhitespace && $0 != "/" }
            guard name == "xliff" || name.hasSuffix(":xliff") else { return nil }
            if let version = attribute("version", in: tag) {
                if version.hasPrefix("2") { return .xliff2 }
                if version.hasPrefix("1") { return .xliff12 }
            }
            if tag.contains("urn:oasis:names:tc:xliff:document:2") { return .xliff2 }
            if tag.contains("urn:oasis:names:tc:xliff:document:1") { return .xliff12 }
            return nil
        }
        return nil
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        var rest = Substring(tag)
        while let range = rest.firstRange(of: name) {
            let before = rest[..<range.lowerBound].last
            var after = rest[range.upperBound...].drop { $0.isWhitespace }
            rest = rest[range.upperBound...]
            guard before?.isWhitespace == true, after.first == "=" else { continue }
            after = after.dropFirst().drop { $0.isWhitespace }
            guard let quote = after.first, quote == "\"" || quote == "'" else { return nil }
            return String(after.dropFirst().prefix { $0 != quote })
        }
        return nil
    }
}
